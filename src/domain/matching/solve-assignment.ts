// This file picks the assignment method for a problem: the dense Jonker–Volgenant solver when nearly every pair is
// allowed and each column takes one row, otherwise the sparse shortest-augmenting-path solver. Both are exact.
import { solveDenseAssignment } from './dense-assignment';
import { AssignmentProblem, AssignmentSolution, solveSparseAssignment } from './sparse-assignment';

/** Above this share of allowed pairs (with unit capacities) the dense method is faster. */
const DENSE_SHARE = 0.6;
/** The dense method holds a rows × columns matrix; past this many cells the sparse one is used regardless. */
const DENSE_MAX_CELLS = 16_000_000;

export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const { rows, columns, capacity } = problem;
  const edges = problem.edgeColumn.length;
  let unitCapacity = true;
  for (let c = 0; c < columns && unitCapacity; c++) if (capacity[c] !== 1) unitCapacity = false;
  const cells = rows * columns;
  if (!unitCapacity || cells === 0 || cells > DENSE_MAX_CELLS || edges < DENSE_SHARE * cells) return solveSparseAssignment(problem);
  const weights = new Float64Array(cells);
  for (let r = 0; r < rows; r++) {
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) weights[r * columns + problem.edgeColumn[e]!] = Math.max(0, problem.edgeWeight[e]!);
  }
  return solveDenseAssignment(weights, rows, columns);
}

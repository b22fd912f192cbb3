import fc from 'fast-check';
import { munkres } from 'munkres';
import { solveDenseAssignment } from '../../../src/domain/matching/dense-assignment';
import { AssignmentProblem, solveByShortestPaths, solveSparseAssignment } from '../../../src/domain/matching/sparse-assignment';
import { solveAssignment } from '../../../src/domain/matching/solve-assignment';

interface Instance {
  rows: number;
  columns: number;
  capacity: number[];
  /** weights[r][c], 0 meaning the pair is not allowed. */
  weights: number[][];
}

const instance = (maxRows: number, maxColumns: number, maxCapacity: number, maxWeight: number) =>
  fc
    .record({ rows: fc.integer({ min: 0, max: maxRows }), columns: fc.integer({ min: 0, max: maxColumns }) })
    .chain(({ rows, columns }) =>
      fc.record({
        rows: fc.constant(rows),
        columns: fc.constant(columns),
        capacity: fc.array(fc.integer({ min: 0, max: maxCapacity }), { minLength: columns, maxLength: columns }),
        weights: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: maxWeight })), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      }),
    );

function toProblem({ rows, columns, capacity, weights }: Instance): AssignmentProblem {
  const rowStart = [0];
  const edgeColumn: number[] = [];
  const edgeWeight: number[] = [];
  for (const row of weights) {
    row.forEach((w, c) => {
      if (w > 0) {
        edgeColumn.push(c);
        edgeWeight.push(w);
      }
    });
    rowStart.push(edgeColumn.length);
  }
  return { rows, columns, capacity, rowStart, edgeColumn, edgeWeight };
}

/** Tries every way to give each row a column with room, or none. */
function bruteForce({ rows, capacity, weights }: Instance): number {
  const left = [...capacity];
  const go = (r: number): number => {
    if (r === rows) return 0;
    let best = go(r + 1);
    weights[r]!.forEach((w, c) => {
      if (w > 0 && left[c]! > 0) {
        left[c]!--;
        best = Math.max(best, w + go(r + 1));
        left[c]!++;
      }
    });
    return best;
  };
  return go(0);
}

function checkFeasible(inst: Instance, columnOfRow: Int32Array): number {
  const used = new Array(inst.columns).fill(0);
  let total = 0;
  columnOfRow.forEach((c, r) => {
    if (c < 0) return;
    expect(inst.weights[r]![c]).toBeGreaterThan(0); // only allowed pairs
    used[c]++;
    total += inst.weights[r]![c]!;
  });
  used.forEach((n, c) => expect(n).toBeLessThanOrEqual(inst.capacity[c]!));
  return total;
}

describe('assignment solvers', () => {
  it('find the brute-force optimum on small random programs, within capacities and allowed pairs only', () => {
    fc.assert(
      fc.property(instance(6, 5, 3, 50), (inst) => {
        const expected = bruteForce(inst);
        for (const solution of [solveSparseAssignment(toProblem(inst)), solveAssignment(toProblem(inst))]) {
          expect(solution.total).toBe(expected);
          expect(checkFeasible(inst, solution.columnOfRow)).toBe(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('dense method finds the brute-force optimum on small matrices, ties and zeros included', () => {
    fc.assert(
      fc.property(instance(6, 6, 1, 4), (inst) => {
        const unit = { ...inst, capacity: inst.capacity.map(() => 1) };
        const solution = solveDenseAssignment(unit.weights.flat(), unit.rows, unit.columns);
        expect(solution.total).toBe(bruteForce(unit));
        expect(checkFeasible(unit, solution.columnOfRow)).toBe(solution.total);
      }),
      { numRuns: 400 },
    );
  });

  it('agree with munkres on larger sparse programs with capacities (slots expanded for munkres)', () => {
    fc.assert(
      fc.property(instance(40, 25, 3, 1000), (inst) => {
        const slots = inst.capacity.flatMap((k, c) => new Array<number>(k).fill(c));
        fc.pre(slots.length > 0 && inst.rows > 0);
        const cost = inst.weights.map((row) => slots.map((c) => 1000 - row[c]!));
        const theirs = munkres(cost).reduce((sum, [r, s]) => sum + inst.weights[r]![slots[s]!]!, 0);
        expect(solveSparseAssignment(toProblem(inst)).total).toBe(theirs);
      }),
      { numRuns: 60 },
    );
  });

  it('dense method agrees with munkres on float matrices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 1e6 }), (n, seed) => {
        let s = seed;
        const next = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 100;
        const weights = Array.from({ length: n }, () => Array.from({ length: n }, next));
        const theirs = munkres(weights.map((row) => row.map((w) => 100 - w))).reduce((sum, [r, c]) => sum + weights[r]![c]!, 0);
        expect(solveDenseAssignment(weights.flat(), n, n).total).toBeCloseTo(theirs, 6);
      }),
      { numRuns: 60 },
    );
  });

  it('solve on each row\'s best pairs in rounds to the same optimum as one pass over every pair, ties included, the same way every time', () => {
    // Weights 1..3 make many plans tie; one or two candidates per row make the rounds and the certificate do the work.
    fc.assert(
      fc.property(instance(40, 12, 3, 3), fc.integer({ min: 1, max: 3 }), (inst, perRow) => {
        const problem = toProblem(inst);
        const onePass = solveByShortestPaths(problem);
        const rounds = solveSparseAssignment(problem, perRow);
        expect(rounds.total).toBe(onePass.total);
        expect(checkFeasible(inst, rounds.columnOfRow)).toBe(onePass.total);
        expect(solveSparseAssignment(toProblem(inst), perRow).columnOfRow).toEqual(rounds.columnOfRow);
      }),
      { numRuns: 300, seed: 1818 },
    );
  });

  it('solve a large seeded sparse program with planner-like weights in rounds to the one-pass optimum', () => {
    // 600 consumers × 150 mentors, each consumer allowed about a third of them, 200 places: scores in tenths with the
    // wait rank as the tie-break, as solve-planning.ts builds them, so equal scores are common.
    let seed = 20261201;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const rows = 600;
    const columns = 150;
    const tieScale = (rows * (rows + 1)) / 2 + 1;
    const capacity = Array.from({ length: columns }, () => Math.floor(next() * 3));
    const rowStart = [0];
    const edgeColumn: number[] = [];
    const edgeWeight: number[] = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        if (next() < 0.35) {
          edgeColumn.push(c);
          edgeWeight.push((400 + 10 * Math.floor(next() * 40)) * tieScale + (rows - r));
        }
      }
      rowStart.push(edgeColumn.length);
    }
    const problem = { rows, columns, capacity, rowStart, edgeColumn, edgeWeight };
    const onePass = solveByShortestPaths(problem);
    const rounds = solveSparseAssignment(problem, 4);
    expect(rounds.total).toBe(onePass.total);
    expect([...rounds.columnOfRow].filter((c) => c >= 0)).toHaveLength(capacity.reduce((a, b) => a + b, 0));
    expect(solveSparseAssignment(problem, 4).columnOfRow).toEqual(rounds.columnOfRow);
  });
});

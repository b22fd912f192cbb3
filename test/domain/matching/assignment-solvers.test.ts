import fc from 'fast-check';
import { munkres } from 'munkres';
import { solveDenseAssignment } from '../../../src/domain/matching/dense-assignment';
import { AssignmentProblem, solveSparseAssignment } from '../../../src/domain/matching/sparse-assignment';
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
});

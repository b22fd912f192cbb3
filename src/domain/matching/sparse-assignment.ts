// This file finds a maximum-weight assignment of rows (consumers) to columns with capacities (mentors) over the
// allowed pairs only, exactly: shortest augmenting paths with node potentials (successive shortest paths), run on each
// row's best pairs first and widened until a linear-programming certificate proves the answer optimal for every pair.
//
// The problem is a min-cost flow: source → row (1) → column (cost Wmax − weight) → sink (capacity), plus a
// private "stay unassigned" edge row → sink with cost Wmax, so a row is only assigned when that raises the total.
// Rows are added one at a time; each addition is one Dijkstra from the new row over columns only (a row reached
// through its column has exactly one way in, so rows are walked inline), stopping as soon as the sink is settled.
// Only settled nodes change potential, so one step costs what it explores, not the size of the whole problem.
// Pairs ruled out by the hard rules never become edges, which is where the speed on real programs comes from.
// Weights should be integers (or at least exactly representable) for a bit-exact optimum; floats work to rounding.
//
// Why rounds of candidates: on a large program (thousands of consumers, each allowed a thousand or more mentors, far
// fewer places than consumers) each addition explores hundreds of rows, and scanning every pair of each was nearly
// all of the time. A row almost never ends on a pair far down its own list, so each round solves on each row's best
// CANDIDATES_PER_ROW pairs plus any added before, then checks every pair left out against the round's dual prices
// (u per row, v per column, read off the potentials). If no pair left out has weight > u + v, those prices are a
// feasible dual solution whose value equals the plan's total, so by linear-programming duality (the assignment
// polytope is integral) no plan over all pairs scores more; otherwise the pairs that break it join the next round.

/** Allowed pairs in compressed rows: row r's pairs are edgeColumn/edgeWeight[rowStart[r] .. rowStart[r + 1]). */
export interface AssignmentProblem {
  rows: number;
  columns: number;
  /** How many rows each column may take (a mentor's free capacity). */
  capacity: ArrayLike<number>;
  rowStart: ArrayLike<number>;
  edgeColumn: ArrayLike<number>;
  edgeWeight: ArrayLike<number>;
}

export interface AssignmentSolution {
  /** The column each row is assigned to, or −1. */
  columnOfRow: Int32Array;
  /** Sum of the weights of the chosen pairs. */
  total: number;
}

/** The dual prices that prove a solution optimal: weight ≤ rowPrice[r] + columnPrice[c] on every pair solved over. */
interface PricedSolution extends AssignmentSolution {
  rowPrice: Float64Array;
  columnPrice: Float64Array;
}

const NONE = -1;

/**
 * How many of its best pairs each row starts with. At 3,216 mentors × 18,437 consumers (32.5 million allowed pairs,
 * 6,442 places) 20 took four rounds and about 10 s of CPU in all, against about 90 s for one pass over every pair;
 * 5 and 80 each took over twice as long (more rounds, or longer rounds).
 */
export const CANDIDATES_PER_ROW = 20;

/**
 * The optimal assignment. Pairs with weight ≤ 0 are never chosen (staying unassigned is as good). Deterministic:
 * the same problem always gives the same plan; among plans with equal totals, the one the rounds reach.
 */
export function solveSparseAssignment(problem: AssignmentProblem, candidatesPerRow = CANDIDATES_PER_ROW): AssignmentSolution {
  const { rows } = problem;
  const rowStart = problem.rowStart instanceof Int32Array ? problem.rowStart : Int32Array.from(problem.rowStart);
  const edgeColumn = problem.edgeColumn instanceof Int32Array ? problem.edgeColumn : Int32Array.from(problem.edgeColumn);
  const edgeWeight = problem.edgeWeight instanceof Float64Array ? problem.edgeWeight : Float64Array.from(problem.edgeWeight);
  const edges = edgeColumn.length;
  const kept = selectCandidates(rows, rowStart, edgeWeight, candidatesPerRow);
  for (;;) {
    let keptCount = 0;
    for (let e = 0; e < edges; e++) keptCount += kept[e]!;
    // Once most pairs are in, one pass over all of them is cheaper than another round.
    if (2 * keptCount >= edges) return solveByShortestPaths({ ...problem, rowStart, edgeColumn, edgeWeight });

    // The round's problem: kept pairs in their original order, so ties meet the solver in the order they were given.
    const roundStart = new Int32Array(rows + 1);
    const roundEdge = new Int32Array(keptCount);
    let n = 0;
    for (let r = 0; r < rows; r++) {
      roundStart[r] = n;
      for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) if (kept[e]) roundEdge[n++] = e;
    }
    roundStart[rows] = n;
    const solution = solveByShortestPaths({
      ...problem,
      rowStart: roundStart,
      edgeColumn: Int32Array.from(roundEdge, (e) => edgeColumn[e]!),
      edgeWeight: Float64Array.from(roundEdge, (e) => edgeWeight[e]!),
    });

    // The certificate: every pair left out must be paid for by its row's and column's prices.
    let broken = 0;
    const { rowPrice, columnPrice } = solution;
    for (let r = 0; r < rows; r++) {
      const u = rowPrice[r]!;
      for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) {
        if (kept[e] === 0 && edgeWeight[e]! > u + columnPrice[edgeColumn[e]!]!) {
          kept[e] = 1;
          broken++;
        }
      }
    }
    if (broken === 0) return { columnOfRow: solution.columnOfRow, total: solution.total };
  }
}

/**
 * Marks each row's best `perRow` pairs with a positive weight (on equal weights, the earlier pair). Pairs of weight
 * ≤ 0 are never marked: they can never be chosen, and the certificate never needs them (prices are ≥ 0).
 */
function selectCandidates(rows: number, rowStart: Int32Array, edgeWeight: Float64Array, perRow: number): Uint8Array {
  const kept = new Uint8Array(edgeWeight.length);
  let scratch = new Float64Array(Math.max(1, perRow));
  for (let r = 0; r < rows; r++) {
    const start = rowStart[r]!;
    const end = rowStart[r + 1]!;
    let positive = 0;
    for (let e = start; e < end; e++) if (edgeWeight[e]! > 0) positive++;
    if (positive <= perRow) {
      for (let e = start; e < end; e++) if (edgeWeight[e]! > 0) kept[e] = 1;
      continue;
    }
    if (scratch.length < positive) scratch = new Float64Array(positive);
    let k = 0;
    for (let e = start; e < end; e++) if (edgeWeight[e]! > 0) scratch[k++] = edgeWeight[e]!;
    // The perRow-th largest weight: pairs above it are in; pairs equal to it fill the rest in their order.
    const threshold = selectLargest(scratch, positive, perRow - 1);
    let left = perRow;
    for (let e = start; e < end; e++) {
      if (edgeWeight[e]! > threshold) {
        kept[e] = 1;
        left--;
      }
    }
    for (let e = start; e < end && left > 0; e++) {
      if (edgeWeight[e] === threshold) {
        kept[e] = 1;
        left--;
      }
    }
  }
  return kept;
}

/** The k-th largest (0-based) of values[0 .. length): quickselect, reordering values in place. */
function selectLargest(values: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

/** The optimal assignment over the pairs given, by successive shortest paths, with the dual prices that prove it. */
export function solveByShortestPaths(problem: AssignmentProblem): PricedSolution {
  const { rows, columns, capacity } = problem;
  // Typed arrays keep the hot loop monomorphic whatever array type the caller used; typed input is used as it is,
  // so a large problem is held once (the batch planner passes millions of pairs).
  const rowStart = problem.rowStart instanceof Int32Array ? problem.rowStart : Int32Array.from(problem.rowStart);
  const edgeColumn = problem.edgeColumn instanceof Int32Array ? problem.edgeColumn : Int32Array.from(problem.edgeColumn);
  const edgeWeight = problem.edgeWeight instanceof Float64Array ? problem.edgeWeight : Float64Array.from(problem.edgeWeight);
  let maxWeight = 0;
  for (let e = 0; e < edgeWeight.length; e++) if (edgeWeight[e]! > maxWeight) maxWeight = edgeWeight[e]!;
  /** Cost of a pair in the min-cost form (Wmax − weight); pairs that cannot beat "unassigned" are −1 and skipped. */
  const edgeCost = (e: number): number => {
    const weight = edgeWeight[e]!;
    return weight > 0 ? maxWeight - weight : -1;
  };

  // Each column's assigned rows sit in its own stretch of slots (capacities are small).
  const slotStart = new Int32Array(columns + 1);
  for (let c = 0; c < columns; c++) slotStart[c + 1] = slotStart[c]! + Math.max(0, Math.floor(capacity[c]!));
  const slotRow = new Int32Array(slotStart[columns]!).fill(NONE);
  const load = new Int32Array(columns);
  /** The edge index each assigned row uses (so its column and weight are known), or −1. */
  const edgeOfRow = new Int32Array(rows).fill(NONE);

  const rowPotential = new Float64Array(rows);
  const columnPotential = new Float64Array(columns);
  // Sink potential stays 0: potentials move only for nodes settled strictly before the sink.

  const dist = new Float64Array(columns).fill(Infinity);
  const viaEdge = new Int32Array(columns).fill(NONE); // the edge (row → column) on the shortest path
  const viaRow = new Int32Array(columns).fill(NONE);
  const settled = new Uint8Array(columns);
  const touched = new Int32Array(columns);
  const settledRows = new Int32Array(rows);
  const settledRowDist = new Float64Array(rows);
  const heap = new MinHeap(columns, dist);

  for (let start = 0; start < rows; start++) {
    if (rowStart[start + 1]! <= rowStart[start]!) continue; // no allowed pair: stays unassigned
    // Quick answer first: when the row's cheapest pair is a column with room whose potential never moved,
    // that pair is a shortest path already (every path costs at least the cheapest first step).
    let bestEdge = NONE;
    let bestReduced = maxWeight; // ties go to "unassigned" only when no pair beats it
    for (let e = rowStart[start]!, end = rowStart[start + 1]!; e < end; e++) {
      const cost = edgeCost(e);
      if (cost < 0) continue;
      const reduced = cost - columnPotential[edgeColumn[e]!]!;
      if (reduced < bestReduced || (bestEdge === NONE && reduced === bestReduced)) {
        bestReduced = reduced;
        bestEdge = e;
      }
    }
    if (bestEdge === NONE) continue;
    const bestColumn = edgeColumn[bestEdge]!;
    if (columnPotential[bestColumn] === 0 && load[bestColumn]! < slotStart[bestColumn + 1]! - slotStart[bestColumn]!) {
      rowPotential[start] = -bestReduced;
      takeSlot(bestColumn, start);
      edgeOfRow[start] = bestEdge;
      continue;
    }

    let touchedCount = 0;
    let settledRowCount = 0;
    let sinkDist = maxWeight + rowPotential[start]!; // through the row's own "stay unassigned" edge
    let sinkViaRow = start;
    let sinkViaColumn = NONE;

    settledRows[settledRowCount] = start;
    settledRowDist[settledRowCount++] = 0;
    for (let next = 0; ; ) {
      // Rows waiting to be scanned: the new row, then the rows of each column as it settles.
      for (; next < settledRowCount; next++) {
        const row = settledRows[next]!;
        const base = settledRowDist[next]!;
        // Relax every pair of the reached row.
        const potential = rowPotential[row]! + base;
        const own = edgeOfRow[row]!;
        for (let e = rowStart[row]!, end = rowStart[row + 1]!; e < end; e++) {
          const cost = edgeCost(e);
          if (cost < 0 || e === own) continue;
          const column = edgeColumn[e]!;
          if (settled[column] === 1) continue;
          const candidate = cost + potential - columnPotential[column]!;
          const current = dist[column]!;
          // A step that already costs more than the best way found to the sink cannot be on a shortest path.
          if (candidate < current && candidate < sinkDist) {
            if (current === Infinity) touched[touchedCount++] = column;
            dist[column] = candidate;
            viaEdge[column] = e;
            viaRow[column] = row;
            heap.pushOrDecrease(column);
          }
        }
      }
      if (heap.size === 0) break;
      const column = heap.peek();
      const d = dist[column]!;
      if (d >= sinkDist) break;
      heap.pop();
      settled[column] = 1;
      if (load[column]! < slotStart[column + 1]! - slotStart[column]!) {
        const viaFree = d + columnPotential[column]!;
        if (viaFree < sinkDist) {
          sinkDist = viaFree;
          sinkViaColumn = column;
          sinkViaRow = NONE;
        }
      }
      for (let s = slotStart[column]!, end = slotStart[column + 1]!; s < end; s++) {
        const row = slotRow[s]!;
        if (row === NONE) continue;
        // The assigned pair is tight (reduced cost 0), so the row is reached at the column's distance.
        settledRows[settledRowCount] = row;
        settledRowDist[settledRowCount++] = d;
        const viaUnassigned = d + maxWeight + rowPotential[row]!;
        if (viaUnassigned < sinkDist) {
          sinkDist = viaUnassigned;
          sinkViaRow = row;
          sinkViaColumn = NONE;
        }
      }
    }

    // Potentials: every node settled before the sink moves by (its distance − the sink's distance).
    for (let i = 0; i < settledRowCount; i++) {
      const row = settledRows[i]!;
      rowPotential[row] = rowPotential[row]! + settledRowDist[i]! - sinkDist;
    }
    for (let i = 0; i < touchedCount; i++) {
      const column = touched[i]!;
      if (settled[column]) columnPotential[column] = columnPotential[column]! + dist[column]! - sinkDist;
      settled[column] = 0;
      dist[column] = Infinity;
    }
    heap.clear();

    // Walk the path back from the sink, shifting each row onto the column that reached it.
    let row: number;
    let freedColumn: number;
    if (sinkViaColumn !== NONE) {
      freedColumn = sinkViaColumn;
      row = NONE;
    } else {
      // A row leaves its column for "unassigned"; that column's slot goes to whoever reached it.
      row = sinkViaRow;
      const e = edgeOfRow[row]!;
      freedColumn = e === NONE ? NONE : edgeColumn[e]!;
      if (e !== NONE) releaseSlot(freedColumn, row);
      edgeOfRow[row] = NONE;
      if (row === start) continue;
    }
    for (let column = freedColumn; column !== NONE; ) {
      const e = viaEdge[column]!;
      const mover = viaRow[column]!;
      const previous = edgeOfRow[mover]!;
      takeSlot(column, mover);
      edgeOfRow[mover] = e;
      if (previous === NONE) break; // reached the new row
      const previousColumn = edgeColumn[previous]!;
      releaseSlot(previousColumn, mover);
      column = previousColumn;
    }
  }

  function takeSlot(column: number, row: number): void {
    for (let s = slotStart[column]!, end = slotStart[column + 1]!; s < end; s++) {
      if (slotRow[s] === NONE) {
        slotRow[s] = row;
        load[column] = load[column]! + 1;
        return;
      }
    }
    throw new Error('assignment: column over capacity');
  }
  function releaseSlot(column: number, row: number): void {
    for (let s = slotStart[column]!, end = slotStart[column + 1]!; s < end; s++) {
      if (slotRow[s] === row) {
        slotRow[s] = NONE;
        load[column] = load[column]! - 1;
        return;
      }
    }
  }

  const columnOfRow = new Int32Array(rows).fill(NONE);
  let total = 0;
  // Prices from the potentials: an assigned row's pair is tight (u + v = weight), an unassigned row is priced 0 (its
  // "stay unassigned" edge is in use, so Wmax + potential ≤ 0), a column is priced −potential (≥ 0, and 0 while it has
  // room). Every pair then has weight ≤ u + v, and the prices add up to the total.
  const rowPrice = new Float64Array(rows);
  const columnPrice = Float64Array.from(columnPotential, (potential) => -potential);
  for (let r = 0; r < rows; r++) {
    const e = edgeOfRow[r]!;
    if (e === NONE) continue;
    columnOfRow[r] = edgeColumn[e]!;
    total += edgeWeight[e]!;
    rowPrice[r] = maxWeight + rowPotential[r]!;
  }
  return { columnOfRow, total, rowPrice, columnPrice };
}

/** A binary min-heap of column indices keyed by an outside distance array, with decrease-key. */
class MinHeap {
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(Math.max(1, capacity));
    this.position = new Int32Array(Math.max(1, capacity)).fill(NONE);
  }

  peek(): number {
    return this.items[0]!;
  }

  pushOrDecrease(item: number): void {
    let i = this.position[item]!;
    if (i === NONE) {
      i = this.size++;
      this.items[i] = item;
      this.position[item] = i;
    }
    this.siftUp(i);
  }

  pop(): number {
    const top = this.items[0]!;
    this.position[top] = NONE;
    const last = this.items[--this.size]!;
    if (this.size > 0) {
      this.items[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.position[this.items[i]!] = NONE;
    this.size = 0;
  }

  private siftUp(i: number): void {
    const { items, position, key } = this;
    const item = items[i]!;
    const k = key[item]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent]!;
      if (key[p]! <= k) break;
      items[i] = p;
      position[p] = i;
      i = parent;
    }
    items[i] = item;
    position[item] = i;
  }

  private siftDown(i: number): void {
    const { items, position, key } = this;
    const n = this.size;
    const item = items[i]!;
    const k = key[item]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && key[items[child + 1]!]! < key[items[child]!]!) child++;
      const c = items[child]!;
      if (key[c]! >= k) break;
      items[i] = c;
      position[c] = i;
      i = child;
    }
    items[i] = item;
    position[item] = i;
  }
}

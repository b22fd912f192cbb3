// This file finds a maximum-weight assignment of rows (consumers) to columns with capacities (mentors) over the
// allowed pairs only, exactly: shortest augmenting paths with node potentials (successive shortest paths).
//
// The problem is a min-cost flow: source → row (1) → column (cost Wmax − weight) → sink (capacity), plus a
// private "stay unassigned" edge row → sink with cost Wmax, so a row is only assigned when that raises the total.
// Rows are added one at a time; each addition is one Dijkstra from the new row over columns only (a row reached
// through its column has exactly one way in, so rows are walked inline), stopping as soon as the sink is settled.
// Only settled nodes change potential, so one step costs what it explores, not the size of the whole problem.
// Pairs ruled out by the hard rules never become edges, which is where the speed on real programs comes from.
// Weights should be integers (or at least exactly representable) for a bit-exact optimum; floats work to rounding.

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

const NONE = -1;

/** The optimal assignment. Pairs with weight ≤ 0 are never chosen (staying unassigned is as good). */
export function solveSparseAssignment(problem: AssignmentProblem): AssignmentSolution {
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
  for (let r = 0; r < rows; r++) {
    const e = edgeOfRow[r]!;
    if (e === NONE) continue;
    columnOfRow[r] = edgeColumn[e]!;
    total += edgeWeight[e]!;
  }
  return { columnOfRow, total };
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

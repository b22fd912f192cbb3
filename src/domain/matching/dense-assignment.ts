// This file solves a dense maximum-weight assignment exactly with the Jonker–Volgenant method (LAPJV):
// column reduction, reduction transfer and two rounds of augmenting row reduction settle most rows cheaply,
// then a shortest augmenting path from each row still free finishes the job. Used when almost every pair is
// allowed; sparse problems (the usual case, once the hard rules have ruled pairs out) go to sparse-assignment.ts.

export interface DenseSolution {
  /** The column each row is assigned to, or −1 (only when rows > columns, or the pair's weight is ≤ 0). */
  columnOfRow: Int32Array;
  /** Sum of the weights of the chosen pairs with positive weight. */
  total: number;
}

/**
 * Maximum-weight assignment on a rows × columns weight matrix stored row by row. A non-square matrix is padded
 * with zero-weight pairs; pairs of weight ≤ 0 are left unassigned in the answer, since leaving them out costs
 * nothing.
 */
export function solveDenseAssignment(weights: ArrayLike<number>, rows: number, columns: number): DenseSolution {
  const n = Math.max(rows, columns);
  let maxWeight = 0;
  for (let i = 0; i < rows * columns; i++) if (weights[i]! > maxWeight) maxWeight = weights[i]!;
  // Cost form: cost = maxWeight − max(weight, 0), padding costs maxWeight.
  const cost = new Float64Array(n * n).fill(maxWeight);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const w = weights[r * columns + c]!;
      if (w > 0) cost[r * n + c] = maxWeight - w;
    }
  }
  const rowSolution = solveSquareMinCost(cost, n);
  const columnOfRow = new Int32Array(rows).fill(-1);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const c = rowSolution[r]!;
    if (c < columns && weights[r * columns + c]! > 0) {
      columnOfRow[r] = c;
      total += weights[r * columns + c]!;
    }
  }
  return { columnOfRow, total };
}

/** LAPJV on a square cost matrix (minimum cost, every row assigned). Returns the column of each row. */
export function solveSquareMinCost(cost: Float64Array, n: number): Int32Array {
  const rowSol = new Int32Array(n).fill(-1);
  const colSol = new Int32Array(n).fill(-1);
  const v = new Float64Array(n);
  const free = new Int32Array(n);
  const matches = new Int32Array(n);
  if (n === 0) return rowSol;
  if (n === 1) {
    rowSol[0] = 0;
    return rowSol;
  }

  // Column reduction: each column's price is its cheapest row; that row takes it if still free.
  for (let j = n - 1; j >= 0; j--) {
    let min = cost[j]!;
    let iMin = 0;
    for (let i = 1; i < n; i++) {
      const h = cost[i * n + j]!;
      if (h < min) {
        min = h;
        iMin = i;
      }
    }
    v[j] = min;
    if (++matches[iMin]! === 1) {
      rowSol[iMin] = j;
      colSol[j] = iMin;
    } else if (v[j]! < v[rowSol[iMin]!]!) {
      // Keep the row on the cheaper column (fewer reductions needed later).
      const previous = rowSol[iMin]!;
      colSol[previous] = -1;
      rowSol[iMin] = j;
      colSol[j] = iMin;
    } else {
      colSol[j] = -1;
    }
  }

  // Reduction transfer: a row assigned once passes its slack on to its column's price.
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[numFree++] = i;
    } else if (matches[i] === 1) {
      const j1 = rowSol[i]!;
      let min = Infinity;
      const base = i * n;
      for (let j = 0; j < n; j++) {
        if (j === j1) continue;
        const h = cost[base + j]! - v[j]!;
        if (h < min) min = h;
      }
      if (min < Infinity) v[j1] = v[j1]! - min;
    }
  }

  // Augmenting row reduction, twice: a cheap auction that settles most remaining free rows.
  for (let round = 0; round < 2; round++) {
    let k = 0;
    const previousFree = numFree;
    numFree = 0;
    let guard = 0;
    while (k < previousFree) {
      const i = free[k++]!;
      const base = i * n;
      let uMin = cost[base]! - v[0]!;
      let j1 = 0;
      let j2 = -1;
      let uSubMin = Infinity;
      for (let j = 1; j < n; j++) {
        const h = cost[base + j]! - v[j]!;
        if (h < uSubMin) {
          if (h >= uMin) {
            uSubMin = h;
            j2 = j;
          } else {
            uSubMin = uMin;
            uMin = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      let i0 = colSol[j1]!;
      const strictlyBetter = uMin < uSubMin;
      if (strictlyBetter) v[j1] = v[j1]! - (uSubMin - uMin);
      else if (i0 >= 0 && j2 >= 0) {
        j1 = j2;
        i0 = colSol[j2]!;
      }
      rowSol[i] = j1;
      colSol[j1] = i;
      if (i0 >= 0) {
        rowSol[i0] = -1;
        // Re-run the displaced row at once when prices moved; bounded so rounding cannot make it cycle.
        if (strictlyBetter && guard++ < n * 8) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
  }

  // Augmentation: a shortest augmenting path (dense Dijkstra) from each row still free.
  const d = new Float64Array(n);
  const pred = new Int32Array(n);
  const colList = new Int32Array(n);
  for (let f = 0; f < numFree; f++) {
    const freeRow = free[f]!;
    const freeBase = freeRow * n;
    for (let j = 0; j < n; j++) {
      d[j] = cost[freeBase + j]! - v[j]!;
      pred[j] = freeRow;
      colList[j] = j;
    }
    let low = 0;
    let up = 0;
    let last = 0;
    let min = 0;
    let endOfPath = -1;
    while (endOfPath < 0) {
      if (up === low) {
        // Collect the columns at the new minimum distance.
        last = low - 1;
        min = d[colList[up++]!]!;
        for (let k = up; k < n; k++) {
          const j = colList[k]!;
          const h = d[j]!;
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            colList[k] = colList[up]!;
            colList[up++] = j;
          }
        }
        for (let k = low; k < up; k++) {
          if (colSol[colList[k]!]! < 0) {
            endOfPath = colList[k]!;
            break;
          }
        }
      }
      if (endOfPath >= 0) break;
      // Scan one column at the minimum: reach its row and relax that row's columns.
      const j1 = colList[low++]!;
      const i = colSol[j1]!;
      const base = i * n;
      const h = cost[base + j1]! - v[j1]! - min;
      for (let k = up; k < n; k++) {
        const j = colList[k]!;
        const v2 = cost[base + j]! - v[j]! - h;
        if (v2 < d[j]!) {
          pred[j] = i;
          if (v2 === min) {
            if (colSol[j]! < 0) {
              endOfPath = j;
              break;
            }
            colList[k] = colList[up]!;
            colList[up++] = j;
          }
          d[j] = v2;
        }
      }
    }
    // Update the prices of the columns scanned before the path was found.
    for (let k = 0; k <= last; k++) {
      const j = colList[k]!;
      v[j] = v[j]! + d[j]! - min;
    }
    // Flip the path.
    for (;;) {
      const i = pred[endOfPath]!;
      colSol[endOfPath] = i;
      const next = rowSol[i]!;
      rowSol[i] = endOfPath;
      if (i === freeRow) break;
      endOfPath = next;
    }
  }
  return rowSol;
}

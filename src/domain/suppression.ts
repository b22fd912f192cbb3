// This file hides small counts in published tables, plus enough other cells that no hidden count can be worked out from the totals.

/** A published count: the number, "<N" for a small count, or "*" for a cell hidden to protect a small one. */
export type Shown = number | string;

/** Counts by key, and the sums the published tables show: each line's cells add up to its total. */
export interface CountTable {
  cells: Record<string, number>;
  lines: { cells: string[]; total: string }[];
}

export const COMPLEMENT_MARK = '*';

export function smallMark(threshold: number): string {
  return `<${threshold}`;
}

interface Bounds {
  lo: number;
  hi: number;
}

const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** What a reader of the published table knows about each cell, before using the sums. */
export function boundsOf(shown: Shown, threshold: number): Bounds {
  if (typeof shown === 'number') return { lo: shown, hi: shown };
  if (shown === smallMark(threshold)) return { lo: 1, hi: threshold - 1 };
  return { lo: 0, hi: UNBOUNDED };
}

/**
 * Narrows each cell's range using the line sums until nothing changes, and returns the hidden cells whose value is
 * then pinned to one number. For tables whose lines share at most their totals this finds every derivable cell.
 */
export function derivableCells(shown: Record<string, Shown>, lines: CountTable['lines'], threshold: number): string[] {
  const bounds = new Map(Object.entries(shown).map(([key, value]) => [key, boundsOf(value, threshold)]));
  const get = (key: string) => bounds.get(key) ?? { lo: 0, hi: UNBOUNDED };
  for (let pass = 0, changed = true; changed && pass < 200; pass++) {
    changed = false;
    for (const line of lines) {
      const total = get(line.total);
      const loSum = line.cells.reduce((n, key) => n + get(key).lo, 0);
      const hiSum = line.cells.some((key) => get(key).hi >= UNBOUNDED) ? UNBOUNDED : line.cells.reduce((n, key) => n + get(key).hi, 0);
      const narrowed = { lo: Math.max(total.lo, loSum), hi: Math.min(total.hi, hiSum) };
      if (narrowed.lo !== total.lo || narrowed.hi !== total.hi) {
        bounds.set(line.total, narrowed);
        changed = true;
      }
      for (const key of line.cells) {
        const own = get(key);
        const others = line.cells.filter((other) => other !== key).map(get);
        const othersLo = others.reduce((n, b) => n + b.lo, 0);
        const othersHi = others.some((b) => b.hi >= UNBOUNDED) ? UNBOUNDED : others.reduce((n, b) => n + b.hi, 0);
        const lo = Math.max(own.lo, othersHi >= UNBOUNDED ? 0 : narrowed.lo - othersHi);
        const hi = Math.min(own.hi, narrowed.hi >= UNBOUNDED ? UNBOUNDED : narrowed.hi - othersLo);
        if (lo !== own.lo || hi !== own.hi) {
          bounds.set(key, { lo, hi });
          changed = true;
        }
      }
    }
  }
  return Object.entries(shown)
    .filter(([, value]) => typeof value === 'string' && boundsOf(value, threshold).lo !== boundsOf(value, threshold).hi)
    .filter(([key]) => get(key).lo === get(key).hi)
    .map(([key]) => key);
}

/**
 * Suppresses a table for publication. Counts from 1 to threshold − 1 show as "<threshold" (primary suppression);
 * then, while any hidden count could be worked out from a line's total, one more cell on that line is hidden as "*"
 * (complementary suppression) — the smallest non-zero cell, else the line's total, else a zero cell; when every cell
 * of the line is already hidden, a "<threshold" cell is shown as "*" instead. A threshold of 0 or 1 publishes every count.
 */
export function suppressCounts(table: CountTable, threshold: number): Record<string, Shown> {
  const shown: Record<string, Shown> = { ...table.cells };
  if (threshold <= 1) return shown;
  for (const [key, value] of Object.entries(table.cells)) if (value > 0 && value < threshold) shown[key] = smallMark(threshold);
  for (let guard = 0; guard <= Object.keys(shown).length; guard++) {
    const pinned = derivableCells(shown, table.lines, threshold);
    if (pinned.length === 0) break;
    const target = pinned[0]!;
    const candidates = table.lines
      .filter((line) => line.total === target || line.cells.includes(target))
      .flatMap((line) => [...line.cells.map((key) => ({ key, isTotal: false })), { key: line.total, isTotal: true }])
      .filter(({ key }) => typeof shown[key] === 'number');
    const rank = ({ key, isTotal }: { key: string; isTotal: boolean }) => {
      const value = table.cells[key] ?? 0;
      return !isTotal && value > 0 ? value : isTotal ? UNBOUNDED / 2 : UNBOUNDED;
    };
    candidates.sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
    let choice = candidates[0]?.key;
    if (choice === undefined) {
      // Everything on the line is hidden and the "<N" bounds alone still pin a count (say two cells of at least 1
      // under a total below 3): show one of them, the total first, as "*" so its bound is no longer published.
      const lines = table.lines.filter((line) => line.total === target || line.cells.includes(target));
      choice = lines.flatMap((line) => [line.total, ...line.cells]).find((key) => shown[key] === smallMark(threshold));
    }
    if (choice === undefined) break;
    shown[choice] = COMPLEMENT_MARK;
  }
  return shown;
}

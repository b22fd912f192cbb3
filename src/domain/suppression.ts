// This file hides small counts in published tables, plus enough other cells that no hidden count can be worked out
// from everything published together: each line's total, and the identities that tie the tables to one another.

/** A published count: the number, "<N" for a small count, or "*" for a cell hidden to protect a small one. */
export type Shown = number | string;

/**
 * Counts by key, and the sums a reader can rely on: each line's cells add up to its total. Lines also tie tables
 * together (matches started this year against match outcomes, say) through `unpublished` counts: never shown, but a
 * reader may know one exactly when it is 0 (a program in its first year started every match this year), so an
 * unpublished 0 counts as known, and any other unpublished count as unknown (at least 0).
 */
export interface CountTable {
  cells: Record<string, number>;
  lines: { cells: string[]; total: string }[];
  unpublished?: readonly string[];
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

/** Narrows every range by the line sums until nothing changes; false when some range becomes empty. */
function propagate(bounds: Map<string, Bounds>, lines: CountTable['lines']): boolean {
  const get = (key: string) => bounds.get(key) ?? { lo: 0, hi: UNBOUNDED };
  for (let pass = 0, changed = true; changed && pass < 500; pass++) {
    changed = false;
    for (const line of lines) {
      const terms = [...line.cells.map((key) => ({ key, sign: 1 })), { key: line.total, sign: -1 }];
      // Σ cells − total = 0, so each term is bounded by the others.
      for (const { key, sign } of terms) {
        let lo = 0;
        let hi = 0;
        for (const other of terms) {
          if (other.key === key) continue;
          const range = get(other.key);
          const otherHi = range.hi >= UNBOUNDED ? Infinity : range.hi;
          // sign·own = −Σ other.sign·other
          if (other.sign === 1) {
            lo -= otherHi;
            hi -= range.lo;
          } else {
            lo += range.lo;
            hi += otherHi;
          }
        }
        const own = get(key);
        const [from, to] = sign === 1 ? [lo, hi] : [-hi, -lo];
        const next = { lo: Math.max(own.lo, from), hi: Math.min(own.hi, to >= UNBOUNDED ? UNBOUNDED : to) };
        if (next.lo > next.hi) return false;
        if (next.lo !== own.lo || next.hi !== own.hi) {
          bounds.set(key, next);
          changed = true;
        }
      }
    }
  }
  return true;
}

/**
 * Whether some whole-number filling of every range satisfies all lines: propagation, then the narrowest open range is
 * tried at its lowest value first (a filling usually sits on a bound), then with that value ruled out.
 */
function feasible(bounds: Map<string, Bounds>, lines: CountTable['lines'], budget: { steps: number }): boolean {
  if (--budget.steps < 0) return true; // too big to settle: count it as open, never as pinned
  if (!propagate(bounds, lines)) return false;
  let pick: string | undefined;
  let width = Infinity;
  for (const [key, range] of bounds) {
    const w = range.hi >= UNBOUNDED ? Infinity : range.hi - range.lo;
    if (range.lo !== range.hi && (pick === undefined || w < width)) {
      pick = key;
      width = w;
    }
  }
  if (pick === undefined) return true;
  const { lo, hi } = bounds.get(pick)!;
  for (const part of [{ lo, hi: lo }, { lo: lo + 1, hi }]) {
    const copy = new Map(bounds);
    copy.set(pick, part);
    if (feasible(copy, lines, budget)) return true;
  }
  return false;
}

/** The lines connected to a key through shared keys: only they bear on what can be known about it. */
function linesAround(key: string, lines: CountTable['lines']): CountTable['lines'] {
  const keys = new Set([key]);
  const picked = new Set<CountTable['lines'][number]>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const line of lines) {
      if (picked.has(line) || ![line.total, ...line.cells].some((k) => keys.has(k))) continue;
      picked.add(line);
      for (const k of [line.total, ...line.cells]) keys.add(k);
      grew = true;
    }
  }
  return [...picked];
}

/** What a reader knows of every count before using the sums: published numbers, "<N", "*", unpublished counts. */
function readerBounds(shown: Record<string, Shown>, threshold: number, unpublished: ReadonlyMap<string, number>): Map<string, Bounds> {
  const bounds = new Map(Object.entries(shown).map(([key, value]) => [key, boundsOf(value, threshold)]));
  for (const [key, value] of unpublished) bounds.set(key, value === 0 ? { lo: 0, hi: 0 } : { lo: 0, hi: UNBOUNDED });
  return bounds;
}

/** Hidden cells (among those `consider` picks) that a reader can pin to their true value using every line at once. */
function pinnedHidden(shown: Record<string, Shown>, lines: CountTable['lines'], threshold: number, truth: Record<string, number>, unpublished: readonly string[], consider: (key: string) => boolean, firstOnly: boolean): string[] {
  const known = new Map(unpublished.map((key) => [key, truth[key] ?? 0]));
  const base = readerBounds(shown, threshold, known);
  if (!propagate(base, lines)) return [];
  const pinned: string[] = [];
  for (const [key, value] of Object.entries(shown)) {
    if (typeof value !== 'string' || known.has(key) || !consider(key)) continue;
    const range = base.get(key)!;
    const around = linesAround(key, lines);
    const keys = new Set(around.flatMap((line) => [line.total, ...line.cells]));
    const local = new Map([...base].filter(([k]) => keys.has(k)));
    const own = truth[key] ?? 0;
    const open = [{ lo: range.lo, hi: own - 1 }, { lo: own + 1, hi: range.hi }].some((other) => {
      if (other.lo > other.hi) return false;
      const bounds = new Map(local);
      bounds.set(key, other);
      return feasible(bounds, around, { steps: 5_000 });
    });
    if (!open) pinned.push(key);
    if (firstOnly && pinned.length > 0) break;
  }
  return pinned;
}

/**
 * The hidden counts from 1 to threshold − 1 a reader can work out exactly from everything published: for each, an
 * exact search for a whole-number filling of every line that gives it another value (not only each line on its own).
 */
export function derivableCells(shown: Record<string, Shown>, lines: CountTable['lines'], threshold: number, truth: Record<string, number>, unpublished: readonly string[] = [], firstOnly = false): string[] {
  const small = (key: string) => (truth[key] ?? 0) >= 1 && (truth[key] ?? 0) < threshold && boundsOf(shown[key]!, threshold).lo !== boundsOf(shown[key]!, threshold).hi;
  return pinnedHidden(shown, lines, threshold, truth, unpublished, small, firstOnly);
}

/**
 * Suppresses a table for publication. Counts from 1 to threshold − 1 show as "<threshold" (primary suppression);
 * then, while any hidden small count could be worked out from all the lines together (derivableCells), one more cell
 * on a line with it is hidden as "*" (complementary suppression) — the smallest non-zero cell, else the line's total,
 * else a zero cell; when every cell of those lines is already hidden, a "<threshold" cell is shown as "*" instead.
 * Last, a "*" whose number a reader can work out anyway is shown. A threshold of 0 or 1 publishes every count.
 */
export function suppressCounts(table: CountTable, threshold: number): Record<string, Shown> {
  const unpublished = new Set(table.unpublished ?? []);
  const published = Object.entries(table.cells).filter(([key]) => !unpublished.has(key));
  const shown: Record<string, Shown> = Object.fromEntries(published);
  if (threshold <= 1) return shown;
  for (const [key, value] of published) if (value > 0 && value < threshold) shown[key] = smallMark(threshold);
  for (let guard = 0; guard <= published.length; guard++) {
    const pinned = derivableCells(shown, table.lines, threshold, table.cells, [...unpublished], true);
    if (pinned.length === 0) break;
    const target = pinned[0]!;
    const candidates = table.lines
      .filter((line) => line.total === target || line.cells.includes(target))
      .flatMap((line) => [...line.cells.map((key) => ({ key, isTotal: false })), { key: line.total, isTotal: true }])
      .filter(({ key }) => typeof shown[key] === 'number' && !unpublished.has(key));
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
  // A "*" a reader can work out anyway protects nothing: show its number (it adds nothing a reader could not derive).
  for (let guard = 0; guard < published.length; guard++) {
    const open = pinnedHidden(shown, table.lines, threshold, table.cells, [...unpublished], (key) => shown[key] === COMPLEMENT_MARK, true);
    if (open.length === 0) break;
    shown[open[0]!] = table.cells[open[0]!] ?? 0;
  }
  return shown;
}

// This file holds small text helpers shared by header mapping and value readers.

/** Lower case, accents removed, "&" as "and", every run of non-letters/digits as one space. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/#/g, ' number ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Any space but one plain space between words: what collapseSpaces changes (most cells have none, and skip the work). */
const UNTIDY_SPACE = /[^\S ]|\u200b|  |^ | $/;

/** Trims and collapses inner whitespace (including non-breaking spaces and line breaks). */
export function collapseSpaces(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(/[\s\u00a0\u2000-\u200b\u3000]+/g, ' ').trim() : text;
}

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of neighbours ("Emial" → "Email" is 1),
 * bounded: returns max+1 as soon as the distance must exceed max.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Cuts text into pieces of at most `limit(n)` UTF-8 bytes (n = the piece's index), never inside a character. Counted
 * by hand because Apps Script has no TextEncoder.
 */
export function splitUtf8(text: string, limit: (piece: number) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let size = 0;
  for (const char of text) {
    const width = utf8Width(char);
    if (size + width > limit(pieces.length)) {
      pieces.push(piece);
      piece = '';
      size = 0;
    }
    piece += char;
    size += width;
  }
  pieces.push(piece);
  return pieces;
}

/** Bytes of one character in UTF-8. */
function utf8Width(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

// This file makes record IDs: a tab's prefix and a zero-padded number (M-0001, C-0042, G-0100).

export function formatId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(4, '0')}`;
}

const idPattern = (prefix: string) => new RegExp(`^${prefix}-(\\d+)$`, 'i');

function numberIn(pattern: RegExp, id: string): number | undefined {
  const match = pattern.exec(id.trim());
  return match ? Number(match[1]) : undefined;
}

/** The number in an ID of this prefix ("C-0042" → 42), or undefined for an ID in another style. */
export function idNumber(prefix: string, id: string): number | undefined {
  return numberIn(idPattern(prefix), id);
}

/** Hands out the next free IDs after the highest one already used. */
export function idAllocator(prefix: string, existing: Iterable<string>): () => string {
  const pattern = idPattern(prefix);
  let highest = 0;
  for (const id of existing) highest = Math.max(highest, numberIn(pattern, id) ?? 0);
  return () => formatId(prefix, ++highest);
}

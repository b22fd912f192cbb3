// This file decides which entries of a sidebar list a search and filters keep: words of a name or an ID, a status,
// a due window. No DOM here, so the rules are tested on their own; searchable-list.ts draws the list.

/** What a list entry offers to the search and the filters. */
export interface Filterable {
  /** The texts a search looks in: people's names, record IDs. */
  words: readonly string[];
  /** The group it is filed under, in words: "Active", "Overdue". */
  group: string;
  /** Days until it is due (0 today, negative when overdue); absent for an entry with no due date. */
  dueInDays?: number;
}

export interface ListQuery {
  text: string;
  /** A group's name, or '' for all. */
  group: string;
  /** A due window's value (see DUE_WINDOWS), or '' for any time. */
  due: string;
}

/** The due windows a coordinator can narrow a list to. */
export const DUE_WINDOWS: readonly { value: string; label: string; keeps(days: number): boolean }[] = [
  { value: 'overdue', label: 'Overdue', keeps: (days) => days < 0 },
  { value: 'today', label: 'Due today or overdue', keeps: (days) => days <= 0 },
  { value: 'week', label: 'Due within 7 days', keeps: (days) => days <= 7 },
  { value: 'month', label: 'Due within 30 days', keeps: (days) => days <= 30 },
];

/** Lower case with accents dropped, so "nguyen" finds "Nguyễn". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** An ID typed without its dash or leading zeros ("x12", "X-12") still finds X-0012. */
function idForms(word: string): string[] {
  const id = /^([a-z]+)-?0*(\d+)$/.exec(fold(word));
  return id ? [`${id[1]}${id[2]}`, `${id[1]}-${id[2]}`] : [];
}

/** Whether every word of the search is found in the entry's names or IDs, and it passes the filters. */
export function keeps(entry: Filterable, query: ListQuery): boolean {
  if (query.group && entry.group !== query.group) return false;
  if (query.due) {
    const window = DUE_WINDOWS.find((w) => w.value === query.due);
    if (window && (entry.dueInDays === undefined || !window.keeps(entry.dueInDays))) return false;
  }
  const text = entry.words.map(fold).join(' ');
  const ids = new Set(entry.words.flatMap((w) => w.split(/[\s(),:]+/)).flatMap(idForms));
  return fold(query.text)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word) || idForms(word).some((form) => ids.has(form)));
}

/** The groups in the order given, then any others in the order met; each with how many entries it has. */
export function groupsOf(entries: readonly Filterable[], order: readonly string[] = []): { group: string; count: number }[] {
  const counts = new Map<string, number>(order.map((g) => [g, 0]));
  for (const entry of entries) counts.set(entry.group, (counts.get(entry.group) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 0).map(([group, count]) => ({ group, count }));
}

// This file maps a tab's existing header row onto the fields the add-on needs: aliases, fuzzy matching, and an
// explicit saved mapping that always wins. It also finds which of the workbook's tabs plays which role.
import { FieldSpec, TabKey, TabSpec, WORKBOOK_SCHEMA } from './schema';
import { editDistance, normalizeKey } from './text';

/** A saved mapping for one tab: field key → header text exactly as it stands in the sheet. */
export type SavedTabMapping = Record<string, string>;
/** Saved mappings for the workbook: tab key → the tab's name and its field mapping. */
export interface SavedMapping {
  version: number;
  tabs: Partial<Record<TabKey, { tab: string; fields: SavedTabMapping }>>;
}

export type MatchHow = 'saved' | 'exact' | 'alias' | 'contains' | 'fuzzy';

export interface FieldMatch {
  field: string;
  column: number;
  header: string;
  how: MatchHow;
}

export interface Ambiguity {
  field: string;
  headers: { column: number; header: string }[];
}

export interface TabMapping {
  tab: string;
  spec: TabSpec;
  /** field key → 0-based column index */
  columns: Record<string, number>;
  matches: FieldMatch[];
  /** Required fields (or "one of" needs) nothing was found for. */
  missing: string[];
  ambiguous: Ambiguity[];
  /** Headers no field claimed (kept as they are; the add-on ignores them). */
  unmapped: { column: number; header: string }[];
  /** Saved mappings whose header is no longer in the sheet. */
  stale: { field: string; header: string }[];
}

const SCORES: Record<Exclude<MatchHow, 'saved'>, number> = { exact: 1, alias: 0.95, contains: 0.8, fuzzy: 0.7 };
const FILLER = new Set(['the', 'of', 'your', 'my', 'what', 'is', 'are', 'do', 'you', 'a', 'an', 'please', 'list', 'enter', 'in', 'if', 'any']);

function meaningful(key: string): string {
  return key
    .split(' ')
    .filter((word) => !FILLER.has(word))
    .join(' ');
}

/** How well a header matches a field, or undefined when it does not. */
function scoreHeader(field: FieldSpec, header: string): Exclude<MatchHow, 'saved'> | undefined {
  const key = normalizeKey(header);
  if (!key) return undefined;
  const names = [normalizeKey(field.header), ...field.aliases.map(normalizeKey)];
  if (names.includes(key)) return 'exact';
  const core = meaningful(key);
  if (names.some((name) => meaningful(name) === core && core !== '')) return 'alias';
  const words = new Set(key.split(' '));
  const contains = names.some((name) => {
    const parts = name.split(' ');
    // A two-letter word ("id", "at") inside a longer header says too little to claim it; "zip" or "tel" does.
    if (parts.length === 1 && parts[0]!.length < 3) return false;
    return parts.every((part) => words.has(part));
  });
  if (contains) return 'contains';
  const fuzzy = names.some((name) => {
    if (name.length < 5) return false;
    const allowed = name.length >= 9 ? 2 : 1;
    return editDistance(core, name, allowed) <= allowed;
  });
  return fuzzy ? 'fuzzy' : undefined;
}

/**
 * Maps one header row. Strongest matches are taken first across all fields, so "Email Address" goes to Email,
 * not Address. Two equally good headers for a field, or one header equally good for two fields, is ambiguous:
 * reported, not guessed.
 */
export function mapHeaders(spec: TabSpec, tab: string, headerRow: readonly unknown[], saved?: SavedTabMapping): TabMapping {
  const headers = headerRow.map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim()));
  const columns: Record<string, number> = {};
  const matches: FieldMatch[] = [];
  const ambiguous: Ambiguity[] = [];
  const stale: { field: string; header: string }[] = [];
  const takenColumns = new Set<number>();
  const settledFields = new Set<string>();

  for (const [field, header] of Object.entries(saved ?? {})) {
    if (!spec.fields.some((f) => f.key === field)) continue;
    const column = headers.findIndex((h, i) => h === header && !takenColumns.has(i));
    if (column < 0) {
      stale.push({ field, header });
      continue;
    }
    columns[field] = column;
    takenColumns.add(column);
    settledFields.add(field);
    matches.push({ field, column, header, how: 'saved' });
  }

  const candidates: { field: string; column: number; score: number; how: Exclude<MatchHow, 'saved'> }[] = [];
  for (const field of spec.fields) {
    if (settledFields.has(field.key)) continue;
    headers.forEach((header, column) => {
      if (takenColumns.has(column)) return;
      const how = scoreHeader(field, header);
      if (how) candidates.push({ field: field.key, column, score: SCORES[how], how });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);

  for (let start = 0; start < candidates.length; ) {
    let end = start;
    while (end < candidates.length && candidates[end]!.score === candidates[start]!.score) end++;
    const open = candidates.slice(start, end).filter((c) => !settledFields.has(c.field) && !takenColumns.has(c.column));
    const byField = new Map<string, typeof open>();
    const byColumn = new Map<number, typeof open>();
    for (const c of open) {
      byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
      byColumn.set(c.column, [...(byColumn.get(c.column) ?? []), c]);
    }
    for (const [field, options] of byField) {
      if (options.length > 1) {
        ambiguous.push({ field, headers: options.map((o) => ({ column: o.column, header: headers[o.column]! })) });
        settledFields.add(field);
        continue;
      }
      const choice = options[0]!;
      if (byColumn.get(choice.column)!.length > 1) {
        // The same header fits several fields equally well; a field still open may find a better header later,
        // so only report it when no other header claims it.
        continue;
      }
      columns[field] = choice.column;
      takenColumns.add(choice.column);
      settledFields.add(field);
      matches.push({ field, column: choice.column, header: headers[choice.column]!, how: choice.how });
    }
    for (const [column, options] of byColumn) {
      if (options.length < 2 || takenColumns.has(column)) continue;
      for (const option of options) {
        if (settledFields.has(option.field)) continue;
        const others = candidates.some((c) => c.field === option.field && c.column !== column && !takenColumns.has(c.column));
        if (others) continue;
        ambiguous.push({ field: option.field, headers: [{ column, header: headers[column]! }] });
        settledFields.add(option.field);
      }
    }
    start = end;
  }

  const missing: string[] = [];
  for (const field of spec.fields) {
    if (field.required && columns[field.key] === undefined) missing.push(field.header);
  }
  for (const need of spec.requiredOneOf ?? []) {
    const met = need.options.some((option) => option.every((field) => columns[field] !== undefined));
    if (!met) missing.push(need.need);
  }
  const unmapped = headers
    .map((header, column) => ({ column, header }))
    .filter(({ column, header }) => header !== '' && !takenColumns.has(column));
  matches.sort((a, b) => a.column - b.column);
  return { tab, spec, columns, matches, missing, ambiguous, unmapped, stale };
}

/** A mapping's field → header text, the form in which it is saved and shown for confirmation. */
export function toSavedTabMapping(mapping: TabMapping): SavedTabMapping {
  return Object.fromEntries(mapping.matches.map((m) => [m.field, m.header]));
}

/** True when every required field is mapped and nothing saved has gone missing. */
export function isUsable(mapping: TabMapping): boolean {
  return mapping.missing.length === 0 && mapping.stale.length === 0;
}

export interface TabAssignment {
  key: TabKey;
  /** The workbook tab playing this role, or null when the workbook has none. */
  tab: string | null;
}

/** Finds which existing tab plays each role: a saved choice first, then the tab's name and its aliases. */
export function findTabs(tabNames: readonly string[], saved?: SavedMapping): TabAssignment[] {
  const taken = new Set<string>();
  const result: TabAssignment[] = [];
  for (const spec of WORKBOOK_SCHEMA) {
    const savedTab = saved?.tabs[spec.key]?.tab;
    let tab: string | undefined = savedTab && tabNames.includes(savedTab) ? savedTab : undefined;
    if (!tab) {
      const names = [spec.name, ...spec.aliases].map(normalizeKey);
      tab =
        tabNames.find((name) => !taken.has(name) && names.includes(normalizeKey(name))) ??
        tabNames.find((name) => !taken.has(name) && names.some((alias) => alias.length >= 4 && normalizeKey(name).split(' ').includes(alias)));
    }
    if (tab) taken.add(tab);
    result.push({ key: spec.key, tab: tab ?? null });
  }
  return result;
}

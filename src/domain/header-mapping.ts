// This file maps a tab's existing header row onto the fields the add-on needs: aliases, fuzzy matching, and an
// explicit saved mapping that always wins. It also finds which of the workbook's tabs plays which role.
import { FieldSpec, INTERNAL_TAB_NAMES, TabKey, TabSpec, WORKBOOK_SCHEMA } from './schema';
import { editDistance, normalizeKey } from './text';

/** A saved mapping for one tab: field key → header text exactly as it stands in the sheet. */
export type SavedTabMapping = Record<string, string>;
/** Saved mappings for the workbook: tab key → the tab's name and its field mapping. */
export interface SavedMapping {
  version: number;
  tabs: Partial<Record<TabKey, SavedTab>>;
}

/** One role's saved choices. */
export interface SavedTab {
  tab: string;
  fields: SavedTabMapping;
  /** 1-based row of the headers when titles or instructions sit above them; row 1 when absent. */
  headerRow?: number;
  /**
   * A value for every row where the tab has no column for the field, or the cell is blank: "everyone on this tab is
   * ADA eligible" is { adaEligible: 'yes' }, a default capacity { maxMentees: '2' }.
   */
  defaults?: Record<string, string>;
}

/**
 * How a column was matched: the coordinator's saved choice; the field's own header ("exact"); one of the field's
 * common wordings ("alias"); or a guess — every word of a wording inside the header ("contains") or a close spelling
 * ("fuzzy").
 */
export type MatchHow = 'saved' | 'exact' | 'alias' | 'contains' | 'fuzzy';

/** The honest words for each kind of match, shown beside every proposal. */
export const MATCH_HOW_LABELS: Record<MatchHow, string> = {
  saved: 'your saved choice',
  exact: 'exact header',
  alias: 'common wording',
  contains: 'a guess to check',
  fuzzy: 'a guess to check',
};

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

/** A tab with both a full-name column and first and last name columns: which to use is the coordinator's choice. */
export interface NameChoice {
  full: { column: number; header: string };
  first: { column: number; header: string };
  last: { column: number; header: string };
}

export interface TabMapping {
  tab: string;
  spec: TabSpec;
  /** 0-based index of the header row; rows above it are titles or instructions. */
  headerRow: number;
  /** The header row's cells as text. */
  headers: string[];
  /** field key → 0-based column index */
  columns: Record<string, number>;
  /** Further numbered columns of a field that may have several ("Goal 2", "Goal 3"), after the one in `columns`. */
  more: Record<string, number[]>;
  matches: FieldMatch[];
  /** Required fields (or "one of" needs) nothing was found for. */
  missing: string[];
  ambiguous: Ambiguity[];
  /** Headers no field claimed (kept as they are; the add-on ignores them). */
  unmapped: { column: number; header: string }[];
  /** Saved mappings whose header is no longer in the sheet. */
  stale: { field: string; header: string }[];
  /** Headers about another person (guardian, emergency contact...), never taken for the person's own details. */
  otherPerson: { column: number; header: string }[];
  /** Set when both a full name and first + last names exist and nothing saved says which to use. */
  nameChoice: NameChoice | null;
}

/** An exact common wording ranks just below the field's own header; a wording with filler words removed below that. */
const EXACT_ALIAS_SCORE = 0.97;
const SCORES: Record<Exclude<MatchHow, 'saved'>, number> = { exact: 1, alias: 0.95, contains: 0.8, fuzzy: 0.7 };

/**
 * Words that make a header about someone else: intake sheets for people with I/DD often hold a guardian's,
 * parent's, caregiver's or case manager's name and contacts beside the person's own.
 */
const OTHER_PERSON = new RegExp(
  '\\b(' +
    [
      'guardians?', 'parents?', 'mother', 'father', 'mom', 'dad', 'spouse', 'relative', 'family member', 'next of kin',
      'emergency', 'caregivers?', 'care givers?', 'case managers?', 'case workers?', 'caseworkers?', 'social workers?',
      'service coordinators?', 'support coordinators?', 'contact person', 'referred by', 'referral source', 'referrer',
      'referring', 'payee', 'representative', 'advocate', 'staff', 'pca', 'job coach',
    ].join('|') +
    ')\\b',
);
/** The fields that identify or reach the person on the row; a header about someone else never maps to them. */
const OWN_DETAILS = new Set(['name', 'firstName', 'lastName', 'email', 'phone', 'address', 'city', 'zip']);

/** True when a header names a field of another person ("Guardian Name", "Parent/Guardian Email", "Referred by"). */
export function namesAnotherPerson(header: string): boolean {
  return OTHER_PERSON.test(normalizeKey(header));
}
const FILLER = new Set(['the', 'of', 'your', 'my', 'what', 'is', 'are', 'do', 'you', 'a', 'an', 'please', 'list', 'enter', 'in', 'if', 'any']);

function meaningful(key: string): string {
  return key
    .split(' ')
    .filter((word) => !FILLER.has(word))
    .join(' ');
}

/** How well a header matches a field, or undefined when it does not. */
function scoreHeader(field: FieldSpec, header: string): { how: Exclude<MatchHow, 'saved'>; score: number } | undefined {
  const how = matchHeader(field, header);
  if (!how) return undefined;
  const key = normalizeKey(header);
  const exactAlias = how === 'alias' && [...field.aliases, ...(field.exactOnly ?? [])].some((alias) => normalizeKey(alias) === key);
  return { how, score: exactAlias ? EXACT_ALIAS_SCORE : SCORES[how] };
}

function matchHeader(field: FieldSpec, header: string): Exclude<MatchHow, 'saved'> | undefined {
  const key = normalizeKey(header);
  if (!key) return undefined;
  if (OWN_DETAILS.has(field.key) && namesAnotherPerson(header)) return undefined;
  if (key === normalizeKey(field.header)) return 'exact';
  const names = [normalizeKey(field.header), ...field.aliases.map(normalizeKey)];
  if (names.includes(key) || (field.exactOnly ?? []).some((word) => normalizeKey(word) === key)) return 'alias';
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

  const more: Record<string, number[]> = {};
  for (const field of spec.fields) {
    if (!field.numbered) continue;
    const numbered = findNumberedColumns(field, headers, takenColumns);
    if (settledFields.has(field.key)) {
      const extra = numbered.filter((n) => n.column !== columns[field.key]);
      if (extra.length) more[field.key] = extra.map((n) => n.column);
      extra.forEach((n) => takenColumns.add(n.column));
      continue;
    }
    if (numbered.length === 0) continue;
    // An unnumbered column of the same field ("Goals" beside "Goal 2") comes first; the numbered ones follow it.
    const plain = headers.findIndex((header, column) => !takenColumns.has(column) && !numbered.some((n) => n.column === column) && ['exact', 'alias'].includes(matchHeader(field, header) ?? ''));
    const [first, ...rest] = plain >= 0 ? [{ column: plain, how: matchHeader(field, headers[plain]!) as 'exact' | 'alias' }, ...numbered] : numbered;
    columns[field.key] = first!.column;
    if (rest.length) more[field.key] = rest.map((n) => n.column);
    [first!, ...rest].forEach((n) => takenColumns.add(n.column));
    settledFields.add(field.key);
    matches.push({ field: field.key, column: first!.column, header: headers[first!.column]!, how: first!.how });
  }

  const candidates: { field: string; column: number; score: number; how: Exclude<MatchHow, 'saved'> }[] = [];
  for (const field of spec.fields) {
    if (settledFields.has(field.key)) continue;
    headers.forEach((header, column) => {
      if (takenColumns.has(column)) return;
      const match = scoreHeader(field, header);
      if (match) candidates.push({ field: field.key, column, score: match.score, how: match.how });
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

  const nameChoice = savedNames(saved) ? null : askFullOrParts(columns, headers, matches);
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
  const otherPerson = unmapped.filter(({ header }) => namesAnotherPerson(header));
  matches.sort((a, b) => a.column - b.column);
  return { tab, spec, headerRow: 0, headers, columns, more, matches, missing, ambiguous, unmapped, stale, otherPerson, nameChoice };
}

/**
 * Columns that number one field: "Goal 1", "Goal #2", "Goal area 3", "2nd goal". The wording without its number must
 * be the field's header or one of its common wordings; numbers are read in the order of the columns.
 */
function findNumberedColumns(field: FieldSpec, headers: readonly string[], taken: ReadonlySet<number>): { column: number; how: 'exact' | 'alias' }[] {
  const own = normalizeKey(field.header);
  const names = new Set([own, ...field.aliases.map(normalizeKey)]);
  const found: { column: number; how: 'exact' | 'alias' }[] = [];
  headers.forEach((header, column) => {
    if (taken.has(column)) return;
    const key = normalizeKey(header);
    const base = /^(.+?)\s*(?:number\s*)?\d{1,2}$/.exec(key)?.[1] ?? /^\d{1,2}(?:st|nd|rd|th)?\s+(.+)$/.exec(key)?.[1];
    if (base && names.has(base)) found.push({ column, how: base === own ? 'exact' : 'alias' });
  });
  return found;
}

function savedNames(saved: SavedTabMapping | undefined): boolean {
  return saved !== undefined && (saved.name !== undefined || saved.firstName !== undefined || saved.lastName !== undefined);
}

/**
 * A full name beside first and last names: either may be the one kept up to date, so the coordinator chooses.
 * Until then the first and last names are read (they split cleanly) and the full-name column is left unmapped.
 */
function askFullOrParts(columns: Record<string, number>, headers: readonly string[], matches: FieldMatch[]): NameChoice | null {
  const [full, first, last] = [columns.name, columns.firstName, columns.lastName];
  if (full === undefined || first === undefined || last === undefined) return null;
  delete columns.name;
  matches.splice(matches.findIndex((m) => m.field === 'name'), 1);
  return { full: { column: full, header: headers[full]! }, first: { column: first, header: headers[first]! }, last: { column: last, header: headers[last]! } };
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
  const taken = new Set<string>(INTERNAL_TAB_NAMES);
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

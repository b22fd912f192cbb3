// This file is the "check the workbook" question: how each tab and column is read, and what cannot be read.
import { MATCH_HOW_LABELS, SavedMapping } from '../domain/header-mapping';
import { assessReadiness, Readiness } from '../domain/readiness';
import { columnLetter, readWorkbook, WorkbookSource } from '../domain/workbook-reader';
import type { Issue } from '../domain/errors';
import type { IsoDate } from '../domain/model';

export interface FieldReport {
  header: string;
  column: string;
  how: 'saved' | 'exact' | 'alias' | 'contains' | 'fuzzy';
  /** The honest words for `how`: exact header, common wording, a guess to check, your saved choice. */
  label: string;
  /** Further numbered columns read for the field ("Goal 2", "Goal 3"). */
  more?: string[];
}

export interface TabCheck {
  role: string;
  tab: string | null;
  required: boolean;
  rows: number;
  fields: Record<string, FieldReport>;
  missing: string[];
  ambiguous: { field: string; headers: string[] }[];
  unmapped: string[];
  /** 1-based sheet row of the headers (below any title rows). */
  headerRow: number;
  /** Headers about another person (guardian, case manager…), never read as the person's own details. */
  otherPerson: string[];
  /** Set when the tab has both a full name and first + last names: which to use is asked. */
  nameChoice: { full: string; first: string; last: string } | null;
}

/** The setup check, one answer for the sidebar's Setup view and `check`. */
export interface WorkbookCheck {
  usable: boolean;
  tabs: TabCheck[];
  issues: Issue[];
  /** Can the coordinator match today, and if not, why: the one answer the sidebar, Setup's end and `check` show. */
  readiness: Readiness;
}

export function checkWorkbook(source: WorkbookSource, saved: SavedMapping | undefined, asOf: IsoDate): WorkbookCheck {
  const model = readWorkbook(source, saved);
  return {
    usable: model.usable,
    readiness: assessReadiness(model, asOf),
    tabs: model.tabs.map((t) => ({
      role: t.key,
      tab: t.tab,
      required: t.required,
      rows: t.rows,
      fields: t.mapping
        ? Object.fromEntries(t.mapping.matches.map((m) => {
          const more = t.mapping!.more[m.field]?.map((column) => t.mapping!.headers[column]!);
          return [m.field, { header: m.header, column: columnLetter(m.column), how: m.how, label: MATCH_HOW_LABELS[m.how], ...(more ? { more } : {}) }];
        }))
        : {},
      missing: t.mapping?.missing ?? (t.tab === null && t.required ? ['the whole tab'] : []),
      ambiguous: t.mapping?.ambiguous.map((a) => ({ field: a.field, headers: a.headers.map((h) => h.header) })) ?? [],
      unmapped: t.mapping?.unmapped.map((u) => u.header) ?? [],
      headerRow: (t.mapping?.headerRow ?? 0) + 1,
      otherPerson: t.mapping?.otherPerson.map((o) => o.header) ?? [],
      nameChoice: t.mapping?.nameChoice
        ? { full: t.mapping.nameChoice.full.header, first: t.mapping.nameChoice.first.header, last: t.mapping.nameChoice.last.header }
        : null,
    })),
    issues: model.issues,
  };
}

// This file is the "check the workbook" question: how each tab and column is read, and what cannot be read.
import { SavedMapping } from '../domain/header-mapping';
import { columnLetter, readWorkbook, WorkbookSource } from '../domain/workbook-reader';
import type { Issue } from '../domain/errors';

export interface FieldReport {
  header: string;
  column: string;
  how: 'saved' | 'exact' | 'alias' | 'contains' | 'fuzzy';
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
}

/** The setup check, one answer for the sidebar's Setup view and `check`. */
export interface WorkbookCheck {
  usable: boolean;
  tabs: TabCheck[];
  issues: Issue[];
}

export function checkWorkbook(source: WorkbookSource, saved?: SavedMapping): WorkbookCheck {
  const model = readWorkbook(source, saved);
  return {
    usable: model.usable,
    tabs: model.tabs.map((t) => ({
      role: t.key,
      tab: t.tab,
      required: t.required,
      rows: t.rows,
      fields: t.mapping ? Object.fromEntries(t.mapping.matches.map((m) => [m.field, { header: m.header, column: columnLetter(m.column), how: m.how }])) : {},
      missing: t.mapping?.missing ?? (t.tab === null && t.required ? ['the whole tab'] : []),
      ambiguous: t.mapping?.ambiguous.map((a) => ({ field: a.field, headers: a.headers.map((h) => h.header) })) ?? [],
      unmapped: t.mapping?.unmapped.map((u) => u.header) ?? [],
    })),
    issues: model.issues,
  };
}

// This file is the "check the workbook" use case: how each tab and column is read, and what cannot be read.
import { SavedMapping } from '../domain/header-mapping';
import { columnLetter, readWorkbook, WorkbookSource } from '../domain/workbook-reader';
import type { WorkbookCheck } from '../shared/rpc-contract';

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

// This file reads what the timelines, the Today list and the introductions need beyond the records: the Audit tab's
// rows (IDs only, as written) and, from the Applications tab, each application's name and consent answer.
import type { AuditRow, ApplicationRecord as HistoryApplication } from '../domain/timeline';
import { readText, type Cell } from '../domain/values';
import { yearlyAuditTabs, type ActionSession } from './action-session';
import { applicationRows } from './list-applications';

/**
 * Every Audit row, in the order written — the yearly tabs the Audit tab rolled over to first, oldest first, then the
 * Audit tab; none when the tab is missing or not mapped.
 */
export function readAuditRows(session: ActionSession): AuditRow[] {
  const report = session.report('audit');
  if (!report.tab || !report.mapping) return [];
  const { when, who, action, record, details } = report.mapping.columns;
  if (action === undefined || record === undefined) return [];
  const text = (row: Cell[], column: number | undefined) => (column === undefined ? '' : readText(row[column]));
  const tabs = [...yearlyAuditTabs(session.tabNames(), report.tab), report.tab];
  return tabs.flatMap((tab) =>
    session.read(tab).slice(report.mapping!.headerRow + 1).map((row) => ({
      when: when === undefined ? '' : row[when], who: text(row, who), action: text(row, action), record: text(row, record), details: text(row, details),
    })),
  );
}

export interface ApplicationHistory extends HistoryApplication {
  /** The applicant's name as answered ("" when the tab has no Name column). */
  name: string;
  /** The "Consent to share contact" answer as written. */
  consent: Cell;
}

/** Every application with its name and consent answer, in sheet order. */
export function readApplicationHistory(session: ActionSession): ApplicationHistory[] {
  const rows = applicationRows(session);
  if (!rows.length) return [];
  const { tab, mapping } = session.table('applications');
  const grid = session.read(tab);
  // The answers are Applications fields in the schema, found through the tab's header mapping like every column.
  const { name: nameColumn, consent: consentColumn } = mapping.columns;
  return rows.map(({ row, view }) => ({
    responseId: view.responseId, form: view.form, submittedAt: view.submittedAt, status: view.status, recordId: view.recordId,
    name: nameColumn === undefined ? '' : readText(grid[row]?.[nameColumn]),
    consent: consentColumn === undefined ? '' : grid[row]?.[consentColumn] ?? '',
  }));
}

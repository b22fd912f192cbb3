// This file reads the Applications tab (the form responses the intake function wrote) into records, through the
// tab's column mapping, and answers "which applications are there", newest first.
import type { ActionSession } from './action-session';
import { AppPorts, readSession } from './app-ports';

export interface ApplicationRecord {
  responseId: string;
  form: string;
  submittedAt: string;
  status: string;
  issues: string;
  duplicateOf: string;
  recordId: string;
}

export interface ApplicationRow {
  /** 0-based grid row in this action's read. */
  row: number;
  view: ApplicationRecord;
}

export function applicationRows(session: ActionSession): ApplicationRow[] {
  const report = session.report('applications');
  if (!report.tab || !report.mapping) return [];
  const columns = report.mapping.columns;
  const cell = (row: unknown[], field: string) => (columns[field] === undefined ? '' : String(row[columns[field]!] ?? ''));
  return session
    .read(report.tab)
    .map((row, index) => ({ row, index }))
    .slice(1)
    .filter(({ row }) => cell(row, 'responseId') !== '')
    .map(({ row, index }) => ({
      row: index,
      view: {
        responseId: cell(row, 'responseId'), form: cell(row, 'form'), submittedAt: cell(row, 'submittedAt'), status: cell(row, 'status') || 'new',
        issues: cell(row, 'issues'), duplicateOf: cell(row, 'duplicateOf'), recordId: cell(row, 'recordId'),
      },
    }));
}

/** The newest hundred applications, newest first. */
export function listApplications(ports: AppPorts): ApplicationRecord[] {
  return applicationRows(readSession(ports)).map((a) => a.view).reverse().slice(0, 100);
}

// This file keeps the intake's pending queue in a hidden tab of the workbook: IDs, attempts and the last error code
// only — the answers stay in the form. Callers hold the document lock.
import type { FormKind } from '../../domain/intake/form-definition';
import { isFormKind } from '../../domain/intake/forms';
import type { IntakeQueuePort, QueuedSubmission } from '../../ports/intake.port';

export const QUEUE_TAB = 'Intake queue';
const HEADER = ['Response ID', 'Form ID', 'Form', 'Queued at', 'Attempts', 'Last error'];

export class SheetIntakeQueue implements IntakeQueuePort {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()) {}

  private sheet(create: boolean): GoogleAppsScript.Spreadsheet.Sheet | null {
    let sheet = this.spreadsheet.getSheetByName(QUEUE_TAB);
    if (!sheet && create) {
      sheet = this.spreadsheet.insertSheet(QUEUE_TAB);
      sheet.getRange(1, 1, 1, HEADER.length).setValues([HEADER]);
      sheet.hideSheet();
    }
    return sheet;
  }

  list(): QueuedSubmission[] {
    const sheet = this.sheet(false);
    if (!sheet || sheet.getLastRow() < 2) return [];
    return sheet
      .getRange(2, 1, sheet.getLastRow() - 1, HEADER.length)
      .getValues()
      .filter((row) => String(row[0] ?? '') !== '' && isFormKind(String(row[2])))
      .map((row) => ({
        responseId: String(row[0]),
        formId: String(row[1]),
        formKind: String(row[2]) as FormKind,
        queuedAt: String(row[3]),
        attempts: Number(row[4]) || 0,
        lastError: String(row[5] ?? ''),
      }));
  }

  add(entries: readonly QueuedSubmission[]): void {
    const queued = new Set(this.list().map((entry) => entry.responseId));
    const fresh = entries.filter((entry) => !queued.has(entry.responseId));
    if (fresh.length === 0) return;
    const sheet = this.sheet(true)!;
    // Apostrophes keep IDs and timestamps as text.
    const rows = fresh.map((entry) => [`'${entry.responseId}`, `'${entry.formId}`, entry.formKind, `'${entry.queuedAt}`, entry.attempts, entry.lastError]);
    sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, HEADER.length).setValues(rows);
  }

  settle(delivered: readonly string[], failed: readonly { responseId: string; lastError: string }[]): void {
    const sheet = this.sheet(false);
    if (!sheet) return;
    const done = new Set(delivered);
    const errors = new Map(failed.map((entry) => [entry.responseId, entry.lastError]));
    // Rewritten in one write from the current contents, so entries queued since the list was read are kept.
    const kept = this.list()
      .filter((entry) => !done.has(entry.responseId))
      .map((entry) => (errors.has(entry.responseId) ? { ...entry, attempts: entry.attempts + 1, lastError: errors.get(entry.responseId)! } : entry));
    const lastRow = sheet.getLastRow();
    if (lastRow >= 2) sheet.getRange(2, 1, lastRow - 1, HEADER.length).clearContent();
    if (kept.length > 0) {
      sheet.getRange(2, 1, kept.length, HEADER.length).setValues(kept.map((e) => [`'${e.responseId}`, `'${e.formId}`, e.formKind, `'${e.queuedAt}`, e.attempts, e.lastError]));
    }
  }
}

// This file reconciles a workbook with its forms: every form response must have a row (Applications, or Reviews for a
// check-in) and a ledger entry marked written. Missing rows are written through the same exactly-once writer; missing
// or unfinished ledger entries are restored from the sheet. It reports counts only.
import { FormKind, Submission } from '../../../src/domain/intake';
import type { Logger } from '../ports/logger.port';
import { IntakeLedger } from './intake-ledger.port';
import { IntakeWriter } from './intake-writer';
import { Clock } from './retry-policy';
import { FormResponsesSource } from './form-responses';
import { SheetsGateway } from './sheets-gateway';
import { readSnapshot, tabRoles } from './workbook-snapshot';
import { RateLimiter } from './write-rate-limiter';

export interface ReconcileDeps {
  forms: FormResponsesSource;
  gateway: SheetsGateway;
  reads: RateLimiter;
  writer: IntakeWriter;
  ledger: IntakeLedger;
  clock: Clock;
  logger: Logger;
}

export interface ReconcileReport {
  responses: number;
  restoredRows: number;
  restoredLedgerEntries: number;
  /** restoredRows + restoredLedgerEntries: the difference found and put right. */
  restored: number;
  failed: number;
}

export async function reconcileWorkbook(deps: ReconcileDeps, spreadsheetId: string, forms: readonly { formId: string; kind?: FormKind }[]): Promise<ReconcileReport> {
  const submissions = (await Promise.all(forms.map((form) => deps.forms.listSubmissions(form.formId, form.kind)))).flat();
  await deps.reads.acquire();
  const tabNames = await deps.gateway.tabNames(spreadsheetId);
  const roles = tabRoles(tabNames);
  await deps.reads.acquire();
  const grids = await deps.gateway.readTabs(spreadsheetId, [roles.applications, roles.reviews].filter((tab): tab is string => tab !== null));
  const snapshot = readSnapshot(tabNames, { ...roles, people: [] }, grids);
  const ledger = await deps.ledger.getMany(submissions.map((submission) => submission.responseId));

  let restoredRows = 0;
  let restoredLedgerEntries = 0;
  let failed = 0;
  const missing = submissions.filter((submission) => {
    const target = submission.formKind === 'mentor-check-in' ? snapshot.reviews : snapshot.applications;
    return !target.rows.has(submission.responseId);
  });
  const writes = await Promise.allSettled(missing.map((submission) => deps.writer.write(spreadsheetId, submission)));
  const now = deps.clock.now();
  /** Records a response as written at this row, keeping when it was first received. */
  const markWritten = (submission: Submission, rowRef: { tab: string; row: number }) =>
    deps.ledger.put({
      responseId: submission.responseId,
      state: 'written',
      formKind: submission.formKind,
      ...(submission.formId ? { formId: submission.formId } : {}),
      spreadsheetId,
      receivedAt: ledger.get(submission.responseId)?.receivedAt ?? now,
      writtenAt: now,
      rowRef,
    });
  for (const [index, outcome] of writes.entries()) {
    const submission = missing[index]!;
    if (outcome.status === 'rejected') {
      failed += 1;
      continue;
    }
    if (!outcome.value.already) restoredRows += 1;
    await markWritten(submission, { tab: outcome.value.tab, row: outcome.value.row });
  }
  for (const submission of submissions) {
    const target = submission.formKind === 'mentor-check-in' ? snapshot.reviews : snapshot.applications;
    const row = target.rows.get(submission.responseId);
    const entry = ledger.get(submission.responseId);
    if (row === undefined || entry?.state === 'written') continue;
    await markWritten(submission, { tab: target.tab, row });
    restoredLedgerEntries += 1;
  }
  const report = { responses: submissions.length, restoredRows, restoredLedgerEntries, restored: restoredRows + restoredLedgerEntries, failed };
  deps.logger.info('intake.reconciled', { forms: forms.length, ...report });
  return report;
}

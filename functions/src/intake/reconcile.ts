// This file reconciles a workbook with its forms: every form response must have a row (Applications, or Reviews for a
// check-in) and a ledger entry marked written. Only forms whose responses go to this workbook (the form's linked
// sheet) are read. Missing rows are written through the same exactly-once writer, inside the workbook's lease; a
// response a delivery has claimed within its claim lease is left to that delivery, and one that failed for good is
// not tried again. Missing or unfinished ledger entries are restored from the sheet. It reports counts only.
import { FormKind, Submission } from '../../../src/domain/intake';
import type { Logger } from '../ports/logger.port';
import { IntakeLedger, RowReference } from './intake-ledger.port';
import { CLAIM_LEASE_MS } from './intake-service';
import { IntakeWriter } from './intake-writer';
import { BackoffPolicy, Clock, withBackoff } from './retry-policy';
import { FormResponsesSource } from './form-responses';
import type { SavedMappings } from './saved-mappings.port';
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
  backoff?: BackoffPolicy;
  /** The workbook's saved header mapping as the last delivery carried it; without it the tabs are found as before. */
  mappings?: SavedMappings;
}

export interface ReconcileReport {
  responses: number;
  restoredRows: number;
  restoredLedgerEntries: number;
  /** restoredRows + restoredLedgerEntries: the difference found and put right. */
  restored: number;
  failed: number;
  /** Claimed by a delivery that may still be writing them: left to it (the next run checks again). */
  inProgress: number;
}

/** A form named for reconcile does not send its responses to this workbook: nothing is read or written. */
export class FormNotLinkedError extends Error {
  readonly code = 'RECONCILE.FORM_NOT_LINKED';
  constructor(readonly formId: string) {
    super('The form does not send its responses to this workbook');
    this.name = 'FormNotLinkedError';
  }
}

export async function reconcileWorkbook(deps: ReconcileDeps, spreadsheetId: string, forms: readonly { formId: string; kind?: FormKind }[]): Promise<ReconcileReport> {
  // Every read is retried like the writer's (429, 5xx, timeouts); reads change nothing, so any retry is safe. Form
  // reads go to the Forms API, so they do not count against the Sheets read limiter.
  const retried = <T>(run: () => Promise<T>) => withBackoff(run, { clock: deps.clock, policy: deps.backoff });
  const read = <T>(run: () => Promise<T>) =>
    retried(async () => {
      await deps.reads.acquire();
      return run();
    });
  const formResponses = await Promise.all(forms.map((form) => retried(() => deps.forms.listSubmissions(form.formId, form.kind))));
  formResponses.forEach((form, index) => {
    if (form.linkedSheetId !== spreadsheetId) throw new FormNotLinkedError(forms[index]!.formId);
  });
  const submissions = formResponses.flatMap((form) => form.submissions);
  const mapping = await deps.mappings?.get(spreadsheetId);
  const tabNames = await read(() => deps.gateway.tabNames(spreadsheetId));
  const roles = tabRoles(tabNames, mapping);
  const grids = await read(() => deps.gateway.readTabs(spreadsheetId, [roles.applications, roles.reviews].filter((tab): tab is string => tab !== null)));
  const snapshot = readSnapshot(tabNames, { ...roles, people: [] }, grids, mapping);
  const ledger = await deps.ledger.getMany(submissions.map((submission) => submission.responseId));

  let restoredRows = 0;
  let restoredLedgerEntries = 0;
  let failed = 0;
  let inProgress = 0;
  const started = deps.clock.now();
  const missing = submissions.filter((submission) => {
    const target = submission.formKind === 'mentor-check-in' ? snapshot.reviews : snapshot.applications;
    if (target.rows.has(submission.responseId)) return false;
    const entry = ledger.get(submission.responseId);
    if (entry?.state === 'failed') {
      failed += 1;
      return false;
    }
    if (entry?.state === 'received' && started - entry.receivedAt < CLAIM_LEASE_MS) {
      inProgress += 1;
      return false;
    }
    return true;
  });
  const writes = await Promise.allSettled(missing.map((submission) => deps.writer.write(spreadsheetId, submission, mapping)));
  const now = deps.clock.now();
  /** Records a response as written at this row (or failed for good), keeping when it was first received. */
  const record = (submission: Submission, outcome: { state: 'written'; rowRef: RowReference } | { state: 'failed'; failureCode: string }) =>
    deps.ledger.put({
      responseId: submission.responseId,
      formKind: submission.formKind,
      ...(submission.formId ? { formId: submission.formId } : {}),
      spreadsheetId,
      receivedAt: ledger.get(submission.responseId)?.receivedAt ?? now,
      writtenAt: now,
      ...outcome,
    });
  const markWritten = (submission: Submission, rowRef: RowReference) => record(submission, { state: 'written', rowRef });
  for (const [index, outcome] of writes.entries()) {
    const submission = missing[index]!;
    if (outcome.status === 'rejected' || outcome.value.failed) {
      failed += 1;
      if (outcome.status === 'fulfilled') await record(submission, { state: 'failed', failureCode: outcome.value.failed! });
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
  const report = { responses: submissions.length, restoredRows, restoredLedgerEntries, restored: restoredRows + restoredLedgerEntries, failed, inProgress };
  deps.logger.info('intake.reconciled', { forms: forms.length, ...report });
  return report;
}

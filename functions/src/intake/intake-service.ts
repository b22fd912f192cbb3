// This file receives one submission exactly once: claim its response ID in the ledger, write it (the writer skips
// anything already in the sheet, inside the workbook's lease), then mark the ledger entry written with the row
// reference, or failed with a code when the submission cannot be prepared.
import type { SavedMapping } from '../../../src/domain/header-mapping';
import type { Submission } from '../../../src/domain/intake/submission';
import type { Logger } from '../ports/logger.port';
import { IntakeLedger } from './intake-ledger.port';
import { IntakeWriter } from './intake-writer';
import { Clock, errorCode } from './retry-policy';

/**
 * A delivery that finds its response claimed but not yet written leaves it to the first one for this long (another
 * instance may be writing it); after that the first is presumed dead and this one writes it. Reconcile also finds it.
 */
export const CLAIM_LEASE_MS = 5 * 60_000;

export interface IntakeServiceDeps {
  ledger: IntakeLedger;
  writer: IntakeWriter;
  clock: Clock;
  logger: Logger;
}

export interface ReceiveResult {
  responseId: string;
  /**
   * "written" now, "already" written before (a repeated delivery), "in-progress" by another delivery (ask again later),
   * or "failed": the submission cannot be prepared, nothing was written and sending it again cannot help.
   */
  result: 'written' | 'already' | 'in-progress' | 'failed';
  tab: string;
  /** 1-based row; 0 while in progress or when failed. */
  row: number;
  status: string;
  /** With "failed": why (a code), and that retrying cannot help. */
  code?: string;
  retry?: false;
}

/** `mapping` is the workbook's saved header mapping the delivery carried, when it carried one. */
export async function receiveSubmission(deps: IntakeServiceDeps, spreadsheetId: string, submission: Submission, mapping?: SavedMapping): Promise<ReceiveResult> {
  const { responseId } = submission;
  let ledgerUp = true;
  try {
    const claim = await deps.ledger.claim({
      responseId,
      formKind: submission.formKind,
      ...(submission.formId ? { formId: submission.formId } : {}),
      spreadsheetId,
      receivedAt: deps.clock.now(),
    });
    if (!claim.claimed && claim.entry.state === 'failed') {
      return failedResult(responseId, claim.entry.failureCode ?? 'INTAKE.UNREADABLE');
    }
    if (!claim.claimed && claim.entry.state === 'written' && claim.entry.rowRef) {
      return { responseId, result: 'already', tab: claim.entry.rowRef.tab, row: claim.entry.rowRef.row, status: 'already' };
    }
    if (!claim.claimed && deps.clock.now() - claim.entry.receivedAt < CLAIM_LEASE_MS) {
      return { responseId, result: 'in-progress', tab: '', row: 0, status: 'in-progress' };
    }
  } catch (error) {
    // Without the ledger the sheet's response-ID check still keeps the write single; reconcile restores the entry.
    ledgerUp = false;
    deps.logger.warn('intake.ledger_unavailable', { error: errorCode(error) });
  }
  const outcome = await deps.writer.write(spreadsheetId, submission, mapping);
  if (outcome.failed) {
    deps.logger.warn('intake.unprepared', { code: outcome.failed });
    if (ledgerUp) await deps.ledger.markFailed(responseId, outcome.failed, deps.clock.now()).catch((error) => deps.logger.warn('intake.ledger_unavailable', { error: errorCode(error) }));
    return failedResult(responseId, outcome.failed);
  }
  if (ledgerUp) {
    try {
      await deps.ledger.markWritten(responseId, { tab: outcome.tab, row: outcome.row }, deps.clock.now());
    } catch (error) {
      deps.logger.warn('intake.ledger_unavailable', { error: errorCode(error) });
    }
  }
  return { responseId, result: outcome.already ? 'already' : 'written', tab: outcome.tab, row: outcome.row, status: outcome.status };
}

const failedResult = (responseId: string, code: string): ReceiveResult => ({ responseId, result: 'failed', tab: '', row: 0, status: 'failed', code, retry: false });

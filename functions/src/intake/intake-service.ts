// This file receives one submission exactly once: claim its response ID in the ledger, write it (the writer skips
// anything already in the sheet), then mark the ledger entry written with the row reference.
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
  /** "written" now, "already" written before (a repeated delivery), or "in-progress" by another delivery. */
  result: 'written' | 'already' | 'in-progress';
  tab: string;
  /** 1-based row; 0 while in progress. */
  row: number;
  status: string;
}

export async function receiveSubmission(deps: IntakeServiceDeps, spreadsheetId: string, submission: Submission): Promise<ReceiveResult> {
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
  const outcome = await deps.writer.write(spreadsheetId, submission);
  if (ledgerUp) {
    try {
      await deps.ledger.markWritten(responseId, { tab: outcome.tab, row: outcome.row }, deps.clock.now());
    } catch (error) {
      deps.logger.warn('intake.ledger_unavailable', { error: errorCode(error) });
    }
  }
  return { responseId, result: outcome.already ? 'already' : 'written', tab: outcome.tab, row: outcome.row, status: outcome.status };
}

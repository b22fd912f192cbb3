// This file is the time-driven retry: it sends the queued submissions again, reading each one's answers from its form,
// in batches, within a time budget, and removes those that landed. Entries it cannot send stay, with their last error.
import type { Submission } from '../domain/intake/submission';
import type { ClockPort } from '../ports/clock.port';
import type { FormResponsesPort, IntakeQueuePort, IntakeSenderPort } from '../ports/intake.port';
import type { LockPort } from '../ports/lock.port';

export interface IntakeRetryPorts {
  sender: IntakeSenderPort;
  queue: IntakeQueuePort;
  responses: FormResponsesPort;
  lock: LockPort;
  clock: ClockPort;
}

export interface RetryOptions {
  /** Submissions per request to the function (its limit is 100). */
  batchSize?: number;
  /** Stop starting new batches after this long (Apps Script stops a run at 6 minutes). */
  budgetMs?: number;
}

export interface RetryReport {
  queued: number;
  delivered: number;
  stillQueued: number;
  /** Responses that no longer exist in their form (deleted); left in the queue for the coordinator to see. */
  missing: number;
}

export function retryPendingSubmissions(ports: IntakeRetryPorts, options: RetryOptions = {}): RetryReport {
  const batchSize = Math.min(100, Math.max(1, options.batchSize ?? 50));
  const budgetMs = options.budgetMs ?? 4 * 60_000;
  const started = ports.clock.now().getTime();
  // Read under the lock, send without it: a form submit arriving meanwhile is never blocked by the network.
  const queued = ports.lock.run(() => ports.queue.list());
  const delivered: string[] = [];
  const failed: { responseId: string; lastError: string }[] = [];
  let missing = 0;
  for (let start = 0; start < queued.length; start += batchSize) {
    if (ports.clock.now().getTime() - started > budgetMs) break;
    const batch: Submission[] = [];
    for (const entry of queued.slice(start, start + batchSize)) {
      const submission = ports.responses.get(entry.formId, entry.formKind, entry.responseId);
      if (submission) batch.push(submission);
      else {
        missing += 1;
        failed.push({ responseId: entry.responseId, lastError: 'RESPONSE_NOT_FOUND' });
      }
    }
    if (batch.length === 0) continue;
    let outcome;
    try {
      outcome = ports.sender.send(batch);
    } catch {
      outcome = { delivered: [], retry: batch.map((s) => s.responseId), refused: [], code: 'UNREACHABLE' };
    }
    delivered.push(...outcome.delivered);
    const landed = new Set(outcome.delivered);
    for (const submission of batch) if (!landed.has(submission.responseId)) failed.push({ responseId: submission.responseId, lastError: outcome.code ?? 'RETRY' });
    // The function being down for this batch means it is down for the next: stop and wait for the next run.
    if (outcome.delivered.length === 0) break;
  }
  if (delivered.length > 0 || failed.length > 0) ports.lock.run(() => ports.queue.settle(delivered, failed));
  return { queued: queued.length, delivered: delivered.length, stillQueued: queued.length - delivered.length, missing };
}

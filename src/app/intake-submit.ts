// This file is what happens when an applicant presses Submit: the form-submit trigger sends the submission to the
// intake function; if the function cannot be reached (or refuses for now), the submission's IDs go into the pending
// queue in the workbook, and the time-driven retry sends it later. Nothing is dropped.
import type { Submission } from '../domain/intake/submission';
import type { ClockPort } from '../ports/clock.port';
import type { IntakeQueuePort, IntakeSenderPort } from '../ports/intake.port';
import type { LockPort } from '../ports/lock.port';

export interface IntakeSubmitPorts {
  sender: IntakeSenderPort;
  queue: IntakeQueuePort;
  lock: LockPort;
  clock: ClockPort;
}

export type SubmitResult = 'delivered' | 'queued';

export function submitFormResponse(ports: IntakeSubmitPorts, submission: Submission): SubmitResult {
  let code = 'UNREACHABLE';
  try {
    const outcome = ports.sender.send([submission]);
    if (outcome.delivered.includes(submission.responseId)) return 'delivered';
    code = outcome.code ?? (outcome.refused.length > 0 ? 'REFUSED' : 'RETRY');
  } catch (error) {
    // UrlFetchApp throws on DNS failures and timeouts; the submission is queued all the same.
    code = error instanceof Error && /^[A-Z_.]+$/.test(error.name) ? error.name : 'UNREACHABLE';
  }
  const entry = {
    responseId: submission.responseId,
    formId: submission.formId ?? '',
    formKind: submission.formKind,
    queuedAt: ports.clock.now().toISOString(),
    attempts: 1,
    lastError: code,
  };
  ports.lock.run(() => ports.queue.add([entry]));
  return 'queued';
}

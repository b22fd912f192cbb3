// This file is the intake endpoint without the framework: caller check (the same ID-token verifier as proximity),
// envelope check, then each submission received exactly once. It answers per submission, so the add-on's retry knows
// which ones landed; a failure to reach the sheet is a 503 the add-on queues and retries.
import type { SavedMapping } from '../../../src/domain/header-mapping';
import type { CallerCheck } from '../adapters/id-token-verifier';
import type { Logger } from '../ports/logger.port';
import { bodyBytes, header, HttpRequestLike, HttpResponseLike, readBody } from '../handlers/http-endpoint';
import { receiveSubmission, IntakeServiceDeps, ReceiveResult } from './intake-service';
import { errorCode, isRetryable } from './retry-policy';
import { parseIntakeRequest } from './submission-schema';

export interface FormRegistration {
  spreadsheetId: string;
  formId: string;
  formKind: string;
  /** The verified email of the caller who first sent this form's submissions for this workbook. */
  registeredBy: string;
}

export interface IntakeHttpDeps {
  checkCaller: (authorization: string | undefined) => Promise<CallerCheck>;
  service: IntakeServiceDeps;
  maxBodyBytes: number;
  logger: Logger;
  newRequestId: () => string;
  /** Remembers which form feeds which workbook and who linked them, for reconcile; called before the first write. */
  registerForm?: (registration: FormRegistration) => Promise<void>;
  /** Keeps the workbook's saved header mapping the request carried, for reconcile; called before the first write. */
  saveMapping?: (spreadsheetId: string, mapping: SavedMapping, savedBy: string) => Promise<void>;
}

export function createIntakeHandler(deps: IntakeHttpDeps): (request: HttpRequestLike, response: HttpResponseLike) => Promise<void> {
  return async (request, response) => {
    const requestId = deps.newRequestId();
    response.set('X-Request-Id', requestId).set('Cache-Control', 'no-store');
    const reject = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => {
      deps.logger.warn('intake.rejected', { requestId, status, code });
      response.status(status).json({ requestId, code, message, ...extra });
    };
    const caller = await deps.checkCaller(header(request, 'authorization'));
    if (!caller.ok) {
      if (caller.status === 401) response.set('WWW-Authenticate', 'Bearer');
      return reject(caller.status, caller.code, 'Not allowed: send a Google ID token from the add-on of an allowed account.');
    }
    if (request.method !== 'POST') {
      response.set('Allow', 'POST');
      return reject(405, 'REQUEST.METHOD', 'Send the submissions with POST.');
    }
    const size = bodyBytes(request);
    if (size > deps.maxBodyBytes) return reject(413, 'REQUEST.TOO_LARGE', `The request is larger than ${deps.maxBodyBytes} bytes; send fewer submissions at once.`);
    const body = readBody(request);
    if (!body.ok) return reject(400, 'REQUEST.INVALID', 'The request is not valid JSON.', { problems: ['body: not valid JSON'] });
    const parsed = parseIntakeRequest(body.value);
    if (!parsed.ok) return reject(400, 'REQUEST.INVALID', 'The request has problems; see the list.', { problems: parsed.problems });

    const { spreadsheetId, submissions, mapping } = parsed.request;
    // Registered first, so even a form whose first write fails is known to the scheduled reconcile.
    if (deps.registerForm) {
      const forms = new Map(submissions.filter((s) => s.formId).map((s) => [s.formId!, s.formKind]));
      for (const [formId, formKind] of forms) {
        await deps.registerForm({ spreadsheetId, formId, formKind, registeredBy: caller.email }).catch((error) => deps.logger.warn('intake.register_failed', { requestId, error: errorCode(error) }));
      }
    }
    // This delivery is written with the mapping it carries, so a failure to keep the copy delays nothing.
    if (deps.saveMapping && mapping) {
      await deps.saveMapping(spreadsheetId, mapping, caller.email).catch((error) => deps.logger.warn('intake.mapping_not_kept', { requestId, error: errorCode(error) }));
    }
    const settled = await Promise.allSettled(submissions.map((submission) => receiveSubmission(deps.service, spreadsheetId, submission, mapping)));
    const results: (ReceiveResult | { responseId: string; result: 'failed'; retry: boolean; code: string })[] = settled.map((outcome, index) =>
      outcome.status === 'fulfilled'
        ? outcome.value
        : { responseId: submissions[index]!.responseId, result: 'failed', retry: isRetryable(outcome.reason), code: errorCode(outcome.reason) },
    );
    const failed = results.filter((result) => result.result === 'failed').length;
    deps.logger.info('intake.done', {
      requestId,
      submissions: submissions.length,
      written: results.filter((result) => result.result === 'written').length,
      already: results.filter((result) => result.result === 'already').length,
      inProgress: results.filter((result) => result.result === 'in-progress').length,
      failed,
    });
    // 503 when nothing landed and trying again can help; the add-on keeps those in its queue.
    const status = failed === 0 ? 200 : failed === results.length && results.every((r) => r.result !== 'failed' || r.retry) ? 503 : 207;
    response.status(status).json({ requestId, results });
  };
}

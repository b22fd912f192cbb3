// This file is the `plan` endpoint without the framework: the same caller check as proximity, then the planning
// problem checked and solved with the add-on's own planner (src/domain/matching/solve-planning.ts), one log line of
// counts. The answer is the chosen pairs (indexes into the consumers and mentors sent) with their scores.
import type { CallerCheck } from '../adapters/id-token-verifier';
import { Logger } from '../ports/logger.port';
import { solvePlanning } from '../../../src/domain/matching/solve-planning';
import { AUTH_MESSAGES, bodyBytes, header, HttpRequestLike, HttpResponseLike, readBody } from '../proximity/proximity-http';
import { parsePlanRequest } from './plan-request';

export interface PlanHttpDeps {
  checkCaller: (authorization: string | undefined) => Promise<CallerCheck>;
  maxBodyBytes: number;
  logger: Logger;
  newRequestId: () => string;
  clock: () => number;
}

export function createPlanHandler(deps: PlanHttpDeps): (request: HttpRequestLike, response: HttpResponseLike) => Promise<void> {
  return async (request, response) => {
    const started = deps.clock();
    const requestId = deps.newRequestId();
    response.set('X-Request-Id', requestId).set('Cache-Control', 'no-store');
    const reject = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => {
      deps.logger.warn('plan.rejected', { requestId, status, code });
      response.status(status).json({ requestId, code, message, ...extra });
    };

    const caller = await deps.checkCaller(header(request, 'authorization'));
    if (!caller.ok) {
      if (caller.status === 401) response.set('WWW-Authenticate', 'Bearer');
      return reject(caller.status, caller.code, AUTH_MESSAGES[caller.code] ?? 'Not allowed.');
    }
    if (request.method !== 'POST') {
      response.set('Allow', 'POST');
      return reject(405, 'REQUEST.METHOD', 'Send the request with POST.');
    }
    if (bodyBytes(request) > deps.maxBodyBytes) {
      return reject(413, 'REQUEST.TOO_LARGE', `The planning problem is larger than ${deps.maxBodyBytes} bytes.`);
    }
    const body = readBody(request);
    if (!body.ok) return reject(400, 'REQUEST.INVALID', 'The request is not valid JSON.', { problems: ['body: not valid JSON'] });
    const parsed = parsePlanRequest(body.value);
    if (!parsed.ok) return reject(400, 'REQUEST.INVALID', 'The planning problem has problems; see the list.', { problems: parsed.problems });

    try {
      const solution = solvePlanning(parsed.problem);
      deps.logger.info('plan.done', {
        requestId,
        consumers: parsed.problem.consumers.length,
        mentors: parsed.problem.mentors.length,
        allowedPairs: solution.allowedPairs,
        pairs: solution.pairs.length,
        ms: Math.round(deps.clock() - started),
      });
      response.status(200).json({ requestId, ...solution });
    } catch (error) {
      deps.logger.error('plan.failed', { requestId, error: error instanceof Error ? error.name : 'unknown' });
      response.status(500).json({ requestId, code: 'INTERNAL', message: 'Something went wrong; the request ID helps us find out what.' });
    }
  };
}

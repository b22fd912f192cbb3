// This file is the `plan` endpoint without the framework: the same caller check as proximity, then the planning
// problem checked and solved with the add-on's own planner (src/domain/matching/solve-planning.ts), one log line of
// counts. The answer is the chosen pairs (indexes into the consumers and mentors sent) with their scores.
import { solvePlanning } from '../../../src/domain/matching/solve-planning';
import { AdmitDeps, admitJsonPost, HttpRequestLike, HttpResponseLike } from '../handlers/http-endpoint';
import { parsePlanRequest } from './plan-request';

export interface PlanHttpDeps extends AdmitDeps {
  clock: () => number;
}

export function createPlanHandler(deps: PlanHttpDeps): (request: HttpRequestLike, response: HttpResponseLike) => Promise<void> {
  return async (request, response) => {
    const started = deps.clock();
    const admitted = await admitJsonPost(request, response, deps, 'plan', (max) => `The planning problem is larger than ${max} bytes.`);
    if (!admitted) return;
    const { requestId, reject, body } = admitted;
    const parsed = parsePlanRequest(body);
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

// This file calls the `plan` function from the add-on (or any other host): it sends the planning problem with an
// injected fetch-like function and an ID token, and checks the answer before the add-on writes anything from it.
// It has no globals: Apps Script passes a wrapper over UrlFetchApp and ScriptApp.getIdentityToken.
import { DomainError } from '../../domain/errors';
import type { PlanningProblem } from '../../domain/matching/planning-problem';
import type { PlanningSolution } from '../../domain/matching/solve-planning';
import type { HttpPost } from '../../ports/http.port';
import type { PlanPort } from '../../ports/plan.port';

export interface PlanClientOptions {
  url: string;
  post: HttpPost;
  /** A fresh Google ID token for the signed-in user (ScriptApp.getIdentityToken() in Apps Script). */
  idToken: () => string;
}

/** What the coordinator can do when the function cannot plan; the plan is read-only, so nothing is lost. */
const WHAT_TO_DO = 'Check the functions address in Settings, or raise "Plan matches on the functions above" to plan in the add-on.';

const fail = (code: 'PLAN.FAILED' | 'PLAN.BAD_ANSWER', reason: string) => new DomainError(code, `The plan function ${reason}. ${WHAT_TO_DO}`);

const isIndex = (value: unknown, length: number) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;

/**
 * Reads the function's answer; anything that does not fit the problem sent is refused (PLAN.BAD_ANSWER), so nothing
 * wrong is written, and a refusal or failure is PLAN.FAILED with the function's own sentence.
 */
export function readPlanResponse(status: number, body: string, problem: PlanningProblem): PlanningSolution {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw fail('PLAN.BAD_ANSWER', `sent an answer that could not be read (HTTP ${status})`);
  }
  if (status !== 200) {
    const error = parsed as { code?: unknown; message?: unknown };
    const detail = typeof error?.message === 'string' ? error.message : `it answered with HTTP ${status}`;
    throw fail('PLAN.FAILED', `could not plan (${typeof error?.code === 'string' ? `${error.code}: ` : ''}${detail})`);
  }
  const answer = parsed as Partial<PlanningSolution>;
  const consumers = problem.consumers.length;
  const mentors = problem.mentors.length;
  const pairsOk = Array.isArray(answer.pairs) && answer.pairs.every((p) => isIndex(p?.consumer, consumers) && isIndex(p?.mentor, mentors) && typeof p.score === 'number' && p.score >= 0 && p.score <= 100);
  const unmatchedOk = Array.isArray(answer.unmatched) && answer.unmatched.every((u) => isIndex(u?.consumer, consumers) && Number.isInteger(u.allowed) && Array.isArray(u.rules));
  if (!pairsOk || !unmatchedOk || typeof answer.allowedPairs !== 'number') {
    throw fail('PLAN.BAD_ANSWER', 'sent pairs that do not fit the consumers and mentors it was sent');
  }
  return { pairs: answer.pairs!, unmatched: answer.unmatched!, allowedPairs: answer.allowedPairs };
}

export function createPlanClient(options: PlanClientOptions): PlanPort {
  return {
    plan(problem) {
      const body = JSON.stringify(problem);
      let reply: ReturnType<HttpPost>;
      try {
        reply = options.post(options.url, { headers: { 'content-type': 'application/json', authorization: `Bearer ${options.idToken()}` }, body });
      } catch {
        // UrlFetchApp throws when the call cannot be made or gets no answer in time. Google documents no time limit for
        // it (https://developers.google.com/apps-script/guides/services/quotas#current_limitations), so the function is
        // sized to answer well within a minute (plan-limits.ts); the plan is read-only, so failing here loses nothing.
        throw fail('PLAN.FAILED', 'could not be reached or did not answer in time');
      }
      return readPlanResponse(reply.status, reply.body, problem);
    },
  };
}

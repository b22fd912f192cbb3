// This file deploys the `plan` endpoint: batch matching for pools past what one Apps Script execution can plan. It
// reads the params once per instance and wires the caller check every endpoint shares.
import { randomUUID } from 'node:crypto';
import { onRequest } from 'firebase-functions/v2/https';
import { cloudLogger } from '../adapters/functions-logger';
import { buildCallerCheck } from './caller-check';
import { createPlanHandler } from '../planning/plan-http';
import type { HttpRequestLike, HttpResponseLike } from './http-endpoint';
import { MAX_PLAN_BODY_BYTES, PLAN_FUNCTION_MEMORY, PLAN_FUNCTION_TIMEOUT_SECONDS } from '../../../src/domain/matching/plan-limits';

let handler: ReturnType<typeof createPlanHandler> | undefined;

/**
 * POST JSON (the PlanningProblem of src/domain/matching/planning-problem.ts) with "Authorization: Bearer <Google ID
 * token>". Memory and time are what the scale bench measured for the largest pool, with room to spare (plan-limits.ts).
 */
export const plan = onRequest({ cors: false, timeoutSeconds: PLAN_FUNCTION_TIMEOUT_SECONDS, memory: PLAN_FUNCTION_MEMORY }, async (request, response) => {
  handler ??= createPlanHandler({
    checkCaller: buildCallerCheck(),
    maxBodyBytes: MAX_PLAN_BODY_BYTES,
    logger: cloudLogger,
    newRequestId: randomUUID,
    clock: () => performance.now(),
  });
  await handler(request as HttpRequestLike, response as unknown as HttpResponseLike);
});

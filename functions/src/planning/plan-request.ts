// This file checks a `plan` request body — the batch planning problem — and lists what is wrong with it. Objects are
// strict: a field the problem does not define (a name, an email, notes) is refused, not ignored, so nothing personal
// can ride along unnoticed.
import { z } from 'zod';
import { GOAL_AREAS } from '../../../src/domain/goal-areas';
import { COMPONENT_KEYS } from '../../../src/domain/matching/matching-types';
import { PLANNING_PROBLEM_VERSION, PlanningProblem } from '../../../src/domain/matching/planning-problem';

/** Most people one request may carry; past these the pool is larger than any program the bench has measured. */
export const MAX_PLAN_CONSUMERS = 50_000;
export const MAX_PLAN_MENTORS = 20_000;

const id = z.string().trim().min(1, 'needs an id').max(200, 'id is longer than 200 characters');
const zip = z.string().max(20, 'zip is longer than 20 characters').nullable();
const slot = z.string().max(40);
const languageKey = z.string().max(100);
const gender = z.enum(['female', 'male']);
const count = z.number().int().min(0);
const area = z.enum(GOAL_AREAS as unknown as [string, ...string[]]);

const consumer = z.strictObject({
  id,
  zip,
  mode: z.enum(['drive', 'transit', 'paratransit', 'walk']),
  openAreas: z.array(area).max(GOAL_AREAS.length * 2),
  slots: z.array(slot).max(100),
  languageKeys: z.array(languageKey).max(20),
  preference: z.strictObject({ gender, required: z.boolean() }).nullable(),
  livedWanted: z.array(z.number().int().min(-1)).max(20),
  waitingDays: count.nullable(),
  waitRank: count,
});

const mentor = z.strictObject({
  id,
  zip,
  skills: z.array(area).max(GOAL_AREAS.length * 2),
  slots: z.array(slot).max(100),
  languageKeys: z.array(languageKey).max(20),
  gender: gender.nullable(),
  livedCovers: z.array(count).max(1000),
  capacity: count,
  free: count,
});

const rule = z.enum(['MATCH.MENTOR_NOT_ACTIVE', 'MATCH.NOT_TRAINED', 'MATCH.TRAINING_LAPSED', 'MATCH.NO_CAPACITY', 'MATCH.SAME_PERSON', 'MATCH.DECLINED_BEFORE', 'MATCH.NO_SHARED_LANGUAGE', 'MATCH.REQUIRED_PREFERENCE', 'MATCH.TOO_FAR']);
const weight = z.number().min(0).max(1000);
const positive = z.number().positive();

const body = z.strictObject({
  version: z.literal(PLANNING_PROBLEM_VERSION, { message: `version must be ${PLANNING_PROBLEM_VERSION}` }),
  settings: z.strictObject({
    maxTravelMinutes: positive,
    maxDistanceKm: positive,
    waitingFullDays: positive,
    weights: z.strictObject(Object.fromEntries(COMPONENT_KEYS.map((key) => [key, weight])) as Record<(typeof COMPONENT_KEYS)[number], typeof weight>),
    tripLimitUses: z.enum(['estimate', 'upper-bound']),
  }),
  zipCentres: z.record(z.string().max(20), z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })),
  consumers: z.array(consumer).max(MAX_PLAN_CONSUMERS, `at most ${MAX_PLAN_CONSUMERS} consumers per request`),
  mentors: z.array(mentor).max(MAX_PLAN_MENTORS, `at most ${MAX_PLAN_MENTORS} mentors per request`),
  mentorRuleCounts: z.partialRecord(rule, count),
  blockedPairs: z.array(z.tuple([count, count, z.enum(['MATCH.SAME_PERSON', 'MATCH.DECLINED_BEFORE'])])),
  knownTrips: z.array(z.tuple([count, count, z.number().min(0).nullable(), z.number().min(0).nullable(), z.enum(['routes', 'estimate', 'unknown'])])),
});

export type PlanParseResult = { ok: true; problem: PlanningProblem } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 50;

function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '') || 'body';
}

/** Validates a parsed JSON body: its shape, then that every pair points at a consumer and a mentor it carries. */
export function parsePlanRequest(input: unknown): PlanParseResult {
  const parsed = body.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`);
    return { ok: false, problems: problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`] : problems };
  }
  const problem = parsed.data as PlanningProblem;
  const problems: string[] = [];
  const checkPairs = (name: 'blockedPairs' | 'knownTrips') =>
    problem[name].forEach(([c, m], i) => {
      if (c >= problem.consumers.length || m >= problem.mentors.length) problems.push(`${name}[${i}]: points past the consumers or mentors sent`);
    });
  checkPairs('blockedPairs');
  checkPairs('knownTrips');
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, problem };
}

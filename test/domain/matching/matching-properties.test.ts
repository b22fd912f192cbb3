import fc from 'fast-check';
import { DAYS, DAY_PARTS } from '../../../src/domain/availability';
import { addDays, formatDay } from '../../../src/domain/dates';
import { estimateProximity } from '../../../src/domain/geo';
import { GOAL_AREAS, goalAreaLabel } from '../../../src/domain/goal-areas';
import { normalizeLanguage } from '../../../src/domain/matching/languages';
import { prepareMatching, MatchingInput } from '../../../src/domain/matching/matching-state';
import { planAssignment } from '../../../src/domain/matching/plan-assignment';
import { rankMentors } from '../../../src/domain/matching/rank-mentors';
import { combineScore } from '../../../src/domain/matching/score-pair';
import type { AvailabilitySlot, Consumer, Match, Mentor } from '../../../src/domain/model';
import { trainingStatuses } from '../../../src/domain/training';
import { aConsumer, aMatch, aMentor } from '../../helpers/builders';
import { AS_OF, aProgram, lookupTestZip, ZIPS } from './program';

const zip = fc.constantFrom(...Object.keys(ZIPS), '99999');
const areas = fc.subarray([...GOAL_AREAS], { maxLength: 4 });
const slots = fc.subarray(DAYS.flatMap((d) => DAY_PARTS.map((p) => `${d}-${p}` as AvailabilitySlot)), { maxLength: 6 });
const languages = fc.subarray(['English', 'Spanish', 'ASL', 'American Sign Language', 'Somali'], { maxLength: 2 });
const lived = fc.subarray(['wheelchair user', 'deaf', 'blind', 'autism'], { maxLength: 2 });

const mentorArb = (i: number) =>
  fc.record({
    zip, skills: areas, availability: slots, languages, livedExperience: lived,
    maxMentees: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    status: fc.constantFrom('active', 'active', 'active', 'inactive', 'on-hold', null),
    initialTrainingOn: fc.option(fc.integer({ min: -200, max: 10 }).map((d) => addDays(AS_OF, d)), { nil: null }),
    gender: fc.constantFrom('Female', 'Male', null),
  }).map((fields) => aMentor({ ...fields, id: `M-${i}`, email: `m${i}@example.org`, phone: null }) as Mentor);

const consumerArb = (i: number) =>
  fc.record({
    zip, goalAreas: areas, availability: slots, languages, livedExperienceWanted: lived,
    travelMode: fc.constantFrom('drive', 'transit', 'paratransit', 'walk', null),
    preferences: fc.constantFrom('', 'female mentor', 'must be male', 'near the bus', 'only a woman'),
    adaEligible: fc.constantFrom(true, true, true, false, null),
    status: fc.constantFrom('waiting', 'waiting', null, 'matched', 'inactive'),
    requestedOn: fc.option(fc.integer({ min: 1, max: 400 }).map((d) => addDays(AS_OF, -d)), { nil: null }),
  }).map((fields) => aConsumer({ ...fields, id: `C-${i}`, email: `c${i}@example.org`, phone: null }) as Consumer);

const programArb = fc
  .record({ mentorCount: fc.integer({ min: 0, max: 8 }), consumerCount: fc.integer({ min: 0, max: 8 }) })
  .chain(({ mentorCount, consumerCount }) =>
    fc.record({
      mentors: fc.tuple(...Array.from({ length: mentorCount }, (_, i) => mentorArb(i))),
      consumers: fc.tuple(...Array.from({ length: consumerCount }, (_, i) => consumerArb(i))),
      matches: fc.array(
        fc.record({ c: fc.nat(consumerCount + 1), m: fc.nat(mentorCount + 1), status: fc.constantFrom('proposed', 'intro-scheduled', 'active', 'completed', 'declined') }),
        { maxLength: 5 },
      ),
      maxTravelMinutes: fc.integer({ min: 10, max: 90 }),
    }),
  )
  .map(({ mentors, consumers, matches, maxTravelMinutes }) => {
    const base = aProgram();
    return aProgram({
      mentors: mentors as Mentor[],
      consumers: consumers as Consumer[],
      matches: matches.map(({ c, m, status }, i) => aMatch({ id: `X-${i}`, consumerId: `C-${c}`, mentorId: `M-${m}`, status }) as Match),
      settings: { ...base.settings, maxTravelMinutes },
    });
  });

/** The hard rules restated from the issue, independently of the engine, for checking its answers. */
function breaksAHardRule(input: MatchingInput, consumer: Consumer, mentor: Mentor, extraLoad: number): boolean {
  const training = trainingStatuses({ ...input, sessions: input.sessions, attendance: input.attendance }).get(mentor.id)!;
  const open = input.matches.filter((m) => ['proposed', 'intro-scheduled', 'active'].includes(m.status));
  const load = open.filter((m) => m.mentorId === mentor.id).length + extraLoad;
  if (mentor.status !== null && mentor.status !== 'active') return true;
  if (training.status === 'not-trained' || training.status === 'lapsed') return true;
  if (load >= (mentor.maxMentees ?? 1)) return true;
  if (input.matches.some((m) => m.status === 'declined' && m.consumerId === consumer.id && m.mentorId === mentor.id)) return true;
  if (consumer.adaEligible !== true || (consumer.status !== null && consumer.status !== 'waiting') || open.some((m) => m.consumerId === consumer.id)) return true;
  const a = consumer.languages.map(normalizeLanguage);
  const b = mentor.languages.map(normalizeLanguage);
  if (a.length && b.length && !a.some((l) => b.includes(l))) return true;
  const trip = estimateProximity(consumer.zip, mentor.zip, consumer.travelMode ?? 'transit', lookupTestZip);
  return trip.travelMinutes !== null && trip.travelMinutes > input.settings.maxTravelMinutes;
}

describe('matching properties', () => {
  it('never suggests a pair that breaks a hard rule', () => {
    fc.assert(
      fc.property(programArb, (input) => {
        const state = prepareMatching(input);
        for (const consumer of input.consumers) {
          const ranking = rankMentors(consumer, state, 100);
          for (const s of ranking.suggestions) expect(breaksAHardRule(input, consumer, input.mentors.find((m) => m.id === s.mentorId)!, 0)).toBe(false);
          // Every mentor is either suggested or excluded, never both, when the consumer can be matched.
          if (!ranking.blocked) expect(ranking.suggestions.length + ranking.excluded.length).toBe(input.mentors.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('assigns only allowed pairs, each consumer once, each mentor within their free places', () => {
    fc.assert(
      fc.property(programArb, (input) => {
        const plan = planAssignment(prepareMatching(input));
        const consumerIds = plan.proposals.map((p) => p.consumerId);
        expect(new Set(consumerIds).size).toBe(consumerIds.length);
        const given = new Map<string, number>();
        for (const p of plan.proposals) {
          const consumer = input.consumers.find((c) => c.id === p.consumerId)!;
          const mentor = input.mentors.find((m) => m.id === p.mentorId)!;
          // Each proposal must still fit once the mentor's earlier proposals in this plan are counted.
          expect(breaksAHardRule(input, consumer, mentor, given.get(mentor.id) ?? 0)).toBe(false);
          given.set(mentor.id, (given.get(mentor.id) ?? 0) + 1);
        }
        expect(plan.totalScore).toBeCloseTo(plan.proposals.reduce((s, p) => s + p.score, 0), 6);
      }),
      { numRuns: 150 },
    );
  });

  it('the batch plan is at least as good as any single greedy choice: no unmatched consumer could take an unused place', () => {
    fc.assert(
      fc.property(programArb, (input) => {
        const state = prepareMatching(input);
        const plan = planAssignment(state);
        const given = new Map<string, number>();
        for (const p of plan.proposals) given.set(p.mentorId, (given.get(p.mentorId) ?? 0) + 1);
        for (const u of plan.unmatched.filter((x) => x.kind !== 'not-eligible')) {
          const consumer = input.consumers.find((c) => c.id === u.consumerId)!;
          for (const s of rankMentors(consumer, state, 100).suggestions) {
            // A positive-score mentor with a free place left over would make the plan better: it must not exist.
            const free = state.places.get(s.mentorId)!.free - (given.get(s.mentorId) ?? 0);
            expect(s.score > 0 && free > 0).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('adding a better mentor never lowers a consumer’s best score', () => {
    fc.assert(
      fc.property(programArb, mentorArb(99), (input, extra) => {
        const before = new Map(input.consumers.map((c) => [c.id, rankMentors(c, prepareMatching(input), 1).suggestions[0]?.score ?? 0]));
        const withExtra = prepareMatching({ ...input, mentors: [...input.mentors, extra] });
        for (const consumer of input.consumers) {
          expect(rankMentors(consumer, withExtra, 1).suggestions[0]?.score ?? 0).toBeGreaterThanOrEqual(before.get(consumer.id)!);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reasons always agree with the component scores', () => {
    fc.assert(
      fc.property(programArb, (input) => {
        const state = prepareMatching(input);
        for (const consumer of input.consumers) {
          for (const s of rankMentors(consumer, state, 100).suggestions) {
            const byKey = new Map(s.components.map((c) => [c.key, c]));
            expect(s.reasons.slice(0, s.components.length)).toEqual(s.components.map((c) => c.reason));
            expect(combineScore(Object.fromEntries(s.components.map((c) => [c.key, c.value])), input.settings.weights)).toBeCloseTo(s.score, 0);
            const goals = byKey.get('goals');
            if (goals) {
              const m = /^covers (\d+|none) of (?:the )?(\d+) goals?/.exec(goals.reason)!;
              expect(m).not.toBeNull();
              expectRoundedTo3(goals.value, (m[1] === 'none' ? 0 : Number(m[1])) / Number(m[2]));
              const mentor = input.mentors.find((x) => x.id === s.mentorId)!;
              const covered = consumer.goalAreas.filter((area) => mentor.skills.includes(area));
              expect(m[1] === 'none' ? 0 : Number(m[1])).toBe(covered.length);
              for (const area of covered) expect(goals.reason).toContain(goalAreaLabel(area).toLowerCase());
            }
            const proximity = byKey.get('proximity')!;
            if (s.travelMinutes === null) expect(proximity.reason).toMatch(/^distance unknown/);
            else {
              expectRoundedTo3(proximity.value, Math.max(0, 1 - (s.travelMinutes / input.settings.maxTravelMinutes) ** 2));
              if (s.distanceKm! > 0) expect(proximity.reason).toContain(`${s.travelMinutes} min`);
            }
            const availability = byKey.get('availability')!;
            if (availability.value === 0) expect(availability.reason).toBe('no free times in common');
            if (availability.value > 0 && availability.value !== 0.5) expect(availability.reason).toMatch(/^both free /);
            const lived = byKey.get('livedExperience');
            if (consumer.livedExperienceWanted.length === 0) expect(lived).toBeUndefined();
            else expect(lived!.reason.startsWith('shares lived experience')).toBe(lived!.value > 0);
            const preference = byKey.get('preferences');
            if (preference?.value === 1) expect(preference.reason).toMatch(/as asked$/);
            if (preference?.value === 0) expect(preference.reason).toMatch(/this mentor is not$/);
            const training = state.training.get(s.mentorId)!;
            expect(s.reasons[s.reasons.length - 1]).toContain(formatDay(training.currentUntil!));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** Component values are shown rounded to three decimals: the shown value is within half a thousandth of the exact one. */
function expectRoundedTo3(shown: number, exact: number): void {
  expect(Math.abs(shown - exact)).toBeLessThanOrEqual(0.0005 + 1e-12);
}

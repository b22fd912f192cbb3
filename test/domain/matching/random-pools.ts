// Random small matching pools for property tests: every hard rule in play (same person by ID, email or phone,
// declined pairs, languages, required preferences, travel limits with known trips), repeated values, odd weights.
import fc from 'fast-check';
import { DAYS, DAY_PARTS } from '../../../src/domain/availability';
import { addDays } from '../../../src/domain/dates';
import { GOAL_AREAS } from '../../../src/domain/goal-areas';
import { KnownTrip } from '../../../src/domain/matching/matching-types';
import type { AvailabilitySlot, Consumer, Match, Mentor } from '../../../src/domain/model';
import { aConsumer, aGoal, aMatch, aMentor } from '../../helpers/builders';
import { AS_OF, aProgram, ZIPS } from './program';

const zip = fc.constantFrom(...Object.keys(ZIPS), '99999', null);
const areas = fc.subarray([...GOAL_AREAS], { maxLength: 4 });
const slot = fc.constantFrom(...DAYS.flatMap((d) => DAY_PARTS.map((p) => `${d}-${p}` as AvailabilitySlot)));
// Repeated free times and languages are kept, as a sheet may have them.
const slots = fc.array(slot, { maxLength: 5 });
const languages = fc.array(fc.constantFrom('English', 'Spanish', 'ASL', 'American Sign Language', 'Somali', '—'), { maxLength: 3 });
const lived = fc.array(fc.constantFrom('wheelchair user', 'wheelchair', 'deaf', 'Deaf or hard of hearing', 'blind', 'autism', '!!'), { maxLength: 2 });
// A few shared phones and emails, so the same person appears on both tabs now and then.
const phone = fc.constantFrom(null, '', '+16515550001', '+16515550002');
const email = (side: string, i: number) => fc.constantFrom(`${side}${i}@example.org`, 'shared@example.org', 'SHARED@example.org', '');

const mentorArb = (i: number) =>
  fc.record({
    zip, skills: areas, availability: slots, languages, livedExperience: lived, phone, email: email('m', i),
    maxMentees: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    status: fc.constantFrom('active', 'active', 'active', 'inactive', null),
    initialTrainingOn: fc.option(fc.integer({ min: -200, max: 10 }).map((d) => addDays(AS_OF, d)), { nil: null }),
    gender: fc.constantFrom('Female', 'Male', null),
    sameIdAsConsumer: fc.boolean(),
  }).map(({ sameIdAsConsumer, ...fields }) => aMentor({ ...fields, id: sameIdAsConsumer && i % 4 === 0 ? `C-${i}` : `M-${i}` }) as Mentor);

const consumerArb = (i: number) =>
  fc.record({
    zip, goalAreas: areas, availability: slots, languages, livedExperienceWanted: lived, phone, email: email('c', i),
    travelMode: fc.constantFrom('drive', 'transit', 'paratransit', 'walk', null),
    preferences: fc.constantFrom('', 'female mentor', 'must be male', 'near the bus', 'only a woman'),
    adaEligible: fc.constantFrom(true, true, true, false, null),
    status: fc.constantFrom('waiting', 'waiting', null, 'matched'),
    requestedOn: fc.option(fc.integer({ min: 1, max: 400 }).map((d) => addDays(AS_OF, -d)), { nil: null }),
  }).map((fields) => aConsumer({ ...fields, id: `C-${i}` }) as Consumer);

export const programArb = fc
  .record({ mentorCount: fc.integer({ min: 0, max: 9 }), consumerCount: fc.integer({ min: 0, max: 9 }) })
  .chain(({ mentorCount, consumerCount }) =>
    fc.record({
      mentors: fc.tuple(...Array.from({ length: mentorCount }, (_, i) => mentorArb(i))),
      consumers: fc.tuple(...Array.from({ length: consumerCount }, (_, i) => consumerArb(i))),
      matches: fc.array(fc.record({ c: fc.nat(consumerCount + 1), m: fc.nat(mentorCount + 1), status: fc.constantFrom('proposed', 'active', 'completed', 'declined') }), { maxLength: 5 }),
      goals: fc.array(fc.record({ c: fc.nat(consumerCount), area: fc.constantFrom(...GOAL_AREAS), status: fc.constantFrom('in-progress', 'met', 'withdrawn') }), { maxLength: 4 }),
      trips: fc.array(fc.record({ c: fc.nat(consumerCount), m: fc.nat(mentorCount), minutes: fc.option(fc.integer({ min: 0, max: 150 }), { nil: null }), km: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }), source: fc.constantFrom('routes', 'estimate') }), { maxLength: 6 }),
      maxTravelMinutes: fc.integer({ min: 10, max: 90 }),
      maxDistanceKm: fc.integer({ min: 5, max: 60 }),
      tripLimitUses: fc.constantFrom('estimate', 'upper-bound'),
      weights: fc.record({ goals: fc.nat(50), proximity: fc.nat(30), availability: fc.nat(20), language: fc.nat(10), preferences: fc.nat(10), livedExperience: fc.nat(10), load: fc.nat(5), waiting: fc.nat(5) }),
    }),
  )
  .map(({ mentors, consumers, matches, goals, trips, maxTravelMinutes, maxDistanceKm, tripLimitUses, weights }) => {
    const known = new Map(trips.map((t) => [`C-${t.c}|${mentors[t.m]?.id}`, { distanceKm: t.km, travelMinutes: t.minutes, source: t.source } as KnownTrip]));
    const base = aProgram();
    return aProgram({
      mentors: mentors as Mentor[],
      consumers: consumers as Consumer[],
      matches: matches.map(({ c, m, status }, i) => aMatch({ id: `X-${i}`, consumerId: `C-${c}`, mentorId: `M-${m}`, status }) as Match),
      goals: goals.map(({ c, area, status }, i) => aGoal({ id: `G-${i}`, consumerId: `C-${c}`, area, status })),
      settings: { ...base.settings, maxTravelMinutes, maxDistanceKm, weights },
      tripLimitUses,
      travel: trips.length ? (from, to) => known.get(`${from}|${to}`) : undefined,
    });
  });


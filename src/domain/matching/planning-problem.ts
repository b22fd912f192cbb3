// This file turns a matching run into the batch planning problem: plain data, one entry per waiting consumer and per
// open mentor, that the planner (here or in the `plan` Cloud Function) solves the same way. It carries record IDs,
// ZIP codes and their centres, goal areas, skills, free times, languages, capacities and the outcomes of the rules
// that need personal fields (same person, declined before, lived experience) — never names, contacts, addresses,
// notes or lived-experience wording, so the problem may leave the spreadsheet.
import { LatLng } from '../geo';
import { GoalArea } from '../goal-areas';
import { AvailabilitySlot, Consumer, Mentor, TravelMode } from '../model';
import { Settings } from '../settings';
import { normalizeKey } from '../text';
import { checkConsumer, checkMentor } from './hard-rules';
import { KnownTrip, RuleCode } from './matching-types';
import { MatchingState } from './matching-state';
import { cachedMentorView } from './mentor-view';
import { DEFAULT_TRAVEL_MODE, TripLimitUses } from './pair-proximity';
import { Gender, readGenderPreference } from './preferences';
import { viewConsumer } from './score-pair';

export const PLANNING_PROBLEM_VERSION = 1;

export interface PlanConsumer {
  id: string;
  zip: string | null;
  mode: TravelMode;
  /** Open goal areas, in the order the score reads them. */
  openAreas: GoalArea[];
  slots: AvailabilitySlot[];
  /** Normalized language keys, in the consumer's order ('' where a listed language normalizes to nothing). */
  languageKeys: string[];
  preference: { gender: Gender; required: boolean } | null;
  /** One entry per lived experience asked for: an opaque tag number, or −1 for one that can match nothing. */
  livedWanted: number[];
  /** Days since the request; null when not recorded. */
  waitingDays: number | null;
  /** Larger for those who have waited longer; separates plans with equal totals. */
  waitRank: number;
}

export interface PlanMentor {
  id: string;
  zip: string | null;
  skills: GoalArea[];
  slots: AvailabilitySlot[];
  languageKeys: string[];
  gender: Gender | null;
  /** The opaque tag numbers (see PlanConsumer.livedWanted) this mentor's lived experience covers. */
  livedCovers: number[];
  capacity: number;
  free: number;
}

/** The batch planning problem: everything the planner reads, as JSON. */
export interface PlanningProblem {
  version: number;
  settings: Pick<Settings, 'maxTravelMinutes' | 'maxDistanceKm' | 'waitingFullDays' | 'weights'> & { tripLimitUses: TripLimitUses };
  /** Centres of the ZIP codes on the records that have one; a ZIP missing here is unknown. */
  zipCentres: Record<string, LatLng>;
  consumers: PlanConsumer[];
  /** Mentors who pass their own rules (active, trained, current, room left). */
  mentors: PlanMentor[];
  /** How many mentors each mentor-only rule left out (for "no allowed mentor" sentences). */
  mentorRuleCounts: Partial<Record<RuleCode, number>>;
  /** Pairs ruled out from fields that stay in the workbook: [consumer index, mentor index, rule]. */
  blockedPairs: [number, number, 'MATCH.SAME_PERSON' | 'MATCH.DECLINED_BEFORE'][];
  /** Trips already known (the proximity service's answers): [consumer index, mentor index, km, minutes, source]. */
  knownTrips: [number, number, number | null, number | null, KnownTrip['source']][];
}

/** The consumers and mentors a batch plan covers, and the problem built from them. */
export interface PlanningPool {
  problem: PlanningProblem;
  consumers: Consumer[];
  mentors: Mentor[];
  /** Waiting consumers not yet eligible, with the sentence why. */
  notEligible: { consumer: Consumer; reason: string }[];
}

export function buildPlanningPool(state: MatchingState): PlanningPool {
  const { settings } = state.input;
  const consumers: Consumer[] = [];
  const notEligible: PlanningPool['notEligible'] = [];
  for (const consumer of state.input.consumers) {
    const block = checkConsumer(consumer, state);
    if (!block) consumers.push(consumer);
    // Someone waiting who is not yet eligible is listed, so the coordinator sees why they are not in the plan.
    else if (block.rule === 'MATCH.CONSUMER_NOT_ELIGIBLE' && (consumer.status === null || consumer.status === 'waiting') && !state.consumersInMatch.has(consumer.id)) {
      notEligible.push({ consumer, reason: block.reason });
    }
  }
  const mentors: Mentor[] = [];
  const mentorRuleCounts: Partial<Record<RuleCode, number>> = {};
  for (const mentor of state.input.mentors) {
    const rule = checkMentor(mentor, state);
    if (rule) mentorRuleCounts[rule.rule] = (mentorRuleCounts[rule.rule] ?? 0) + 1;
    else mentors.push(mentor);
  }

  const zipCentres: Record<string, LatLng> = {};
  const addZip = (zip: string | null) => {
    if (!zip || zip in zipCentres) return;
    const centre = state.lookupZip(zip);
    if (centre) zipCentres[zip] = { lat: centre.lat, lng: centre.lng };
  };

  // Lived experience is matched here, on the words, and only tag numbers leave: tag k is the k-th distinct wanted key.
  const tagOf = new Map<string, number>();
  const waitRank = rankByWaiting(consumers);
  const planConsumers = consumers.map((consumer, index): PlanConsumer => {
    addZip(consumer.zip);
    const view = viewConsumer(consumer, state, true);
    const livedWanted = consumer.livedExperienceWanted.map((tag) => {
      const key = ` ${normalizeKey(tag)} `;
      if (!key.trim()) return -1;
      let tagNumber = tagOf.get(key);
      if (tagNumber === undefined) tagOf.set(key, (tagNumber = tagOf.size));
      return tagNumber;
    });
    return {
      id: consumer.id, zip: consumer.zip, mode: consumer.travelMode ?? DEFAULT_TRAVEL_MODE, openAreas: view.openAreas, slots: consumer.availability,
      languageKeys: view.languageKeys, preference: readGenderPreference(consumer.preferences), livedWanted, waitingDays: view.waitingDays ?? null, waitRank: waitRank[index]!,
    };
  });
  const wantedKeys = [...tagOf.keys()];
  const planMentors = mentors.map((mentor): PlanMentor => {
    addZip(mentor.zip);
    const view = cachedMentorView(state.mentorViews, mentor);
    const places = state.places.get(mentor.id)!;
    const livedCovers: number[] = [];
    wantedKeys.forEach((key, tag) => {
      if (view.livedKeys.some((offer) => offer.includes(key) || key.includes(offer))) livedCovers.push(tag);
    });
    return {
      id: mentor.id, zip: mentor.zip, skills: mentor.skills, slots: mentor.availability, languageKeys: [...view.languageKeys], gender: view.gender,
      livedCovers, capacity: places.capacity, free: places.free,
    };
  });

  return {
    problem: {
      version: PLANNING_PROBLEM_VERSION,
      settings: { maxTravelMinutes: settings.maxTravelMinutes, maxDistanceKm: settings.maxDistanceKm, waitingFullDays: settings.waitingFullDays, weights: { ...settings.weights }, tripLimitUses: state.input.tripLimitUses ?? 'estimate' },
      zipCentres,
      consumers: planConsumers,
      mentors: planMentors,
      mentorRuleCounts,
      blockedPairs: findBlockedPairs(consumers, mentors, state),
      knownTrips: findKnownTrips(consumers, mentors, state),
    },
    consumers,
    mentors,
    notEligible,
  };
}

/**
 * The same person on both tabs (same ID, email or phone) and pairs that declined before, found through indexes by ID,
 * email and phone rather than by comparing every pair.
 */
function findBlockedPairs(consumers: readonly Consumer[], mentors: readonly Mentor[], state: MatchingState): PlanningProblem['blockedPairs'] {
  const byKey = new Map<string, number[]>();
  const index = (key: string, m: number) => {
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  };
  mentors.forEach((mentor, m) => {
    index(`id\u0000${mentor.id}`, m);
    const email = cachedMentorView(state.mentorViews, mentor).email;
    if (email !== null) index(`email\u0000${email}`, m);
    if (mentor.phone !== null) index(`phone\u0000${mentor.phone}`, m);
  });
  const blocked: PlanningProblem['blockedPairs'] = [];
  consumers.forEach((consumer, c) => {
    const same = new Set<number>();
    for (const m of byKey.get(`id\u0000${consumer.id}`) ?? []) same.add(m);
    if (consumer.email) for (const m of byKey.get(`email\u0000${consumer.email.toLowerCase()}`) ?? []) same.add(m);
    if (consumer.phone !== null) for (const m of byKey.get(`phone\u0000${consumer.phone}`) ?? []) same.add(m);
    for (const m of same) blocked.push([c, m, 'MATCH.SAME_PERSON']);
    for (const mentorId of state.declinedByConsumer.get(consumer.id) ?? []) {
      for (const m of byKey.get(`id\u0000${mentorId}`) ?? []) if (!same.has(m)) blocked.push([c, m, 'MATCH.DECLINED_BEFORE']);
    }
  });
  return blocked;
}

/** Trips the proximity service already answered for these pairs; without a travel lookup there are none. */
function findKnownTrips(consumers: readonly Consumer[], mentors: readonly Mentor[], state: MatchingState): PlanningProblem['knownTrips'] {
  const travel = state.input.travel;
  const trips: PlanningProblem['knownTrips'] = [];
  if (!travel) return trips;
  consumers.forEach((consumer, c) => {
    mentors.forEach((mentor, m) => {
      const known = travel(consumer.id, mentor.id) ?? travel(mentor.id, consumer.id);
      if (known && (known.distanceKm !== null || known.travelMinutes !== null)) trips.push([c, m, known.distanceKm, known.travelMinutes, known.source]);
    });
  });
  return trips;
}

/** Those who waited longest get the largest rank (earlier request first; no request date after those with one). */
function rankByWaiting(consumers: readonly Consumer[]): Int32Array {
  const order = consumers.map((consumer, index) => ({ consumer, index })).sort((a, b) => compareWaiting(a.consumer, b.consumer) || a.index - b.index);
  const rank = new Int32Array(consumers.length);
  order.forEach(({ index }, position) => (rank[index] = consumers.length - position));
  return rank;
}

function compareWaiting(a: Consumer, b: Consumer): number {
  if (a.requestedOn === b.requestedOn) return 0;
  if (a.requestedOn === null) return 1;
  if (b.requestedOn === null) return -1;
  return a.requestedOn < b.requestedOn ? -1 : 1;
}

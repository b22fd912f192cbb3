// This file applies the hard rules: a mentor who breaks one is never suggested or assigned, and a consumer who is
// not eligible and waiting is not matched at all. Rules are checked in a fixed order and the first one is reported.
import { formatDay } from '../dates';
import { Consumer, Mentor } from '../model';
import { isTrainingCurrent } from '../training';
import { compareLanguageKeys } from './languages';
import { cachedMentorView } from './mentor-view';
import { ConsumerBlock, Exclusion, PairProximity, RuleCode } from './matching-types';
import { MatchingState } from './matching-state';
import { minutesForLimit } from './pair-proximity';
import type { ConsumerView } from './score-pair';

/**
 * Why this consumer cannot be matched now, or null when they can: ADA eligibility must be attested (yes), they must
 * be waiting (a blank status counts as waiting), and they must not already have an open match.
 */
export function checkConsumer(consumer: Consumer, state: MatchingState): ConsumerBlock | null {
  if (consumer.adaEligible !== true) {
    return { rule: 'MATCH.CONSUMER_NOT_ELIGIBLE', reason: `${consumer.id} is not marked eligible (a disability under the Americans with Disabilities Act), so no mentor is suggested yet.` };
  }
  if (state.consumersInMatch.has(consumer.id)) {
    return { rule: 'MATCH.CONSUMER_HAS_MATCH', reason: `${consumer.id} already has a match that is proposed, scheduled or active.` };
  }
  if (consumer.status !== null && consumer.status !== 'waiting') {
    return { rule: 'MATCH.CONSUMER_NOT_WAITING', reason: `${consumer.id} is ${consumer.status}, not waiting for a mentor.` };
  }
  return null;
}

/** The rules that depend only on the mentor (active, trained, current, room left), or null when all pass. */
export function checkMentor(mentor: Mentor, state: MatchingState): Exclusion | null {
  const exclude = (rule: RuleCode, reason: string): Exclusion => ({ mentorId: mentor.id, rule, reason });
  // A blank status counts as active: many sheets have no status column, and training still guards the door.
  if (mentor.status !== null && mentor.status !== 'active') return exclude('MATCH.MENTOR_NOT_ACTIVE', `mentor is ${mentor.status === 'on-hold' ? 'on hold' : 'not active'}`);
  const training = state.training.get(mentor.id);
  if (!training || training.status === 'not-trained') return exclude('MATCH.NOT_TRAINED', 'initial training not completed');
  if (!isTrainingCurrent(training)) {
    return exclude('MATCH.TRAINING_LAPSED', `ongoing training lapsed${training.currentUntil ? ` (was current until ${formatDay(training.currentUntil)})` : ''}`);
  }
  const places = state.places.get(mentor.id);
  if (!places || places.free <= 0) return exclude('MATCH.NO_CAPACITY', `no room left (${places?.taken ?? 0} of ${places?.capacity ?? 1} ${places?.capacity === 1 ? 'place' : 'places'} taken)`);
  return null;
}

/** checkMentor, remembered per run: the answer is the same for every consumer. */
export function checkMentorCached(mentor: Mentor, state: MatchingState): Exclusion | null {
  let result = state.mentorRules.get(mentor);
  if (result === undefined) state.mentorRules.set(mentor, (result = checkMentor(mentor, state)));
  return result;
}

/** Mentors who pass their own rules (active, trained, current, room left): the only ones anyone can be paired with. */
export function openMentors(state: MatchingState): Mentor[] {
  return state.input.mentors.filter((mentor) => !checkMentorCached(mentor, state));
}

/** The rules that depend on the pair, given its proximity; null when the pair is allowed. */
export function checkPair(view: ConsumerView, mentor: Mentor, proximity: PairProximity, state: MatchingState): Exclusion | null {
  const consumer = view.consumer;
  const mentorView = cachedMentorView(state.mentorViews, mentor);
  if (consumer.id === mentor.id || (view.email !== null && view.email === mentorView.email) || (consumer.phone !== null && consumer.phone === mentor.phone)) {
    // The same person on both tabs (a consumer who became a mentor): same ID, email or phone.
    return excludeMentor(mentor, 'MATCH.SAME_PERSON', 'this mentor is the consumer');
  }
  if (view.declinedMentors.has(mentor.id)) return excludeMentor(mentor, 'MATCH.DECLINED_BEFORE', 'this pair declined before');
  const languages = compareLanguageKeys(consumer.languages, view.languageKeys, mentorView.languageKeys);
  if (languages.known && languages.shared.length === 0) return excludeMentor(mentor, 'MATCH.NO_SHARED_LANGUAGE', 'no language in common');
  const preference = view.preference;
  if (preference?.required) {
    const gender = mentorView.gender;
    if (gender !== preference.gender) {
      return excludeMentor(mentor, 'MATCH.REQUIRED_PREFERENCE', gender ? `consumer requires a ${preference.gender} mentor` : `consumer requires a ${preference.gender} mentor; mentor's gender not recorded`);
    }
  }
  const limit = state.input.settings;
  const limitMinutes = minutesForLimit(proximity, state.input.tripLimitUses);
  if (proximity.travelMinutes !== null && limitMinutes !== null) {
    if (limitMinutes > limit.maxTravelMinutes) {
      const trip = limitMinutes === proximity.travelMinutes ? `trip of about ${proximity.travelMinutes} min` : `trip of about ${proximity.travelMinutes} min, up to ${limitMinutes} min,`;
      return excludeMentor(mentor, 'MATCH.TOO_FAR', `${trip} is over the ${limit.maxTravelMinutes}-minute limit`);
    }
  } else if (proximity.distanceKm !== null && proximity.distanceKm > limit.maxDistanceKm) {
    return excludeMentor(mentor, 'MATCH.TOO_FAR', `about ${Math.round(proximity.distanceKm)} km is over the ${limit.maxDistanceKm} km limit`);
  }
  return null;
}

function excludeMentor(mentor: Mentor, rule: RuleCode, reason: string): Exclusion {
  return { mentorId: mentor.id, rule, reason };
}

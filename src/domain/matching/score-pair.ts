// This file scores an allowed pair from 0 to 100: a weighted average of components that each run from 0 to 1.
// Components that do not apply to the consumer (no gender preference, no lived experience asked for, waiting time
// outside batch mode, no goals recorded) are left out of the average rather than counted as zero or full.
// Unknown data on an applicable component (distance, free times, languages) scores a neutral 0.5.
import { daysBetween } from '../dates';
import { GoalArea } from '../goal-areas';
import { AvailabilitySlot, Consumer, Mentor } from '../model';
import { Settings } from '../settings';
import { MentorTraining } from '../training';
import { compareLanguageKeys, LanguageComparison, normalizeLanguage } from './languages';
import { findSharedLivedKeys } from './lived-experience';
import { cachedMentorView } from './mentor-view';
import { ComponentKey, findMissingSide, MissingSide, PairProximity } from './matching-types';
import { MatchingState, MentorPlaces } from './matching-state';
import { scoreProximity } from './pair-proximity';
import { Gender, GenderPreference, readGenderPreference } from './preferences';

/** Shared free times that earn the full availability score. */
export const FULL_AVAILABILITY_SLOTS = 3;
/** Language score when the pair shares a language but not the consumer's first-listed one. */
export const OTHER_LANGUAGE_SCORE = 0.7;

/** What is worked out once per consumer, so scoring many mentors stays cheap. */
export interface ConsumerView {
  consumer: Consumer;
  openAreas: GoalArea[];
  slots: Set<AvailabilitySlot>;
  preference: GenderPreference | null;
  languageKeys: string[];
  email: string | null;
  /** Mentors this consumer declined (or who declined them) before. */
  declinedMentors: Set<string>;
  /** Days since the request; undefined outside batch mode, null when the request date is not recorded. */
  waitingDays: number | null | undefined;
}

/** The facts behind every component, kept so the reasons are written from exactly what was scored. */
export interface PairFacts {
  goals: { open: GoalArea[]; covered: GoalArea[] };
  proximity: PairProximity;
  availability: { known: boolean; missing: MissingSide; shared: AvailabilitySlot[] };
  language: LanguageComparison;
  preference: { wanted: GenderPreference; mentorGender: Gender | null } | null;
  lived: { wanted: string[]; shared: string[] };
  places: MentorPlaces;
  waitingDays: number | null | undefined;
  training: MentorTraining | undefined;
}

export interface PairEvaluation {
  score: number;
  /** Value of each component that applies, from 0 to 1. */
  values: Partial<Record<ComponentKey, number>>;
  facts: PairFacts;
}

export function viewConsumer(consumer: Consumer, state: MatchingState, batch: boolean): ConsumerView {
  let waitingDays: number | null | undefined;
  if (batch) waitingDays = consumer.requestedOn ? Math.max(0, daysBetween(consumer.requestedOn, state.input.asOf)) : null;
  return {
    consumer,
    openAreas: state.openAreas.get(consumer.id) ?? [...consumer.goalAreas],
    slots: new Set(consumer.availability),
    preference: readGenderPreference(consumer.preferences),
    languageKeys: consumer.languages.map(normalizeLanguage),
    email: consumer.email ? consumer.email.toLowerCase() : null,
    declinedMentors: state.declinedByConsumer.get(consumer.id) ?? new Set(),
    waitingDays,
  };
}

export function gatherFacts(view: ConsumerView, mentor: Mentor, proximity: PairProximity, state: MatchingState): PairFacts {
  const { consumer } = view;
  const mentorView = cachedMentorView(state.mentorViews, mentor);
  const skills = mentor.skills;
  const covered = view.openAreas.filter((area) => skills.includes(area));
  const shared: AvailabilitySlot[] = [];
  for (const slot of mentor.availability) if (view.slots.has(slot)) shared.push(slot);
  return {
    goals: { open: view.openAreas, covered },
    proximity,
    availability: { known: view.slots.size > 0 && mentor.availability.length > 0, missing: findMissingSide(view.slots.size > 0, mentor.availability.length > 0), shared },
    language: compareLanguageKeys(consumer.languages, view.languageKeys, mentorView.languageKeys),
    preference: view.preference ? { wanted: view.preference, mentorGender: mentorView.gender } : null,
    lived: { wanted: consumer.livedExperienceWanted, shared: consumer.livedExperienceWanted.length ? findSharedLivedKeys(consumer.livedExperienceWanted, mentorView.livedKeys) : [] },
    places: state.places.get(mentor.id) ?? { capacity: 1, taken: 0, free: 1 },
    waitingDays: view.waitingDays,
    training: state.training.get(mentor.id),
  };
}

/** Each applicable component's value from 0 to 1. */
export function valueComponents(facts: PairFacts, settings: Settings): Partial<Record<ComponentKey, number>> {
  const values: Partial<Record<ComponentKey, number>> = {};
  if (facts.goals.open.length > 0) values.goals = facts.goals.covered.length / facts.goals.open.length;
  values.proximity = scoreProximity(facts.proximity, settings);
  values.availability = facts.availability.known ? Math.min(facts.availability.shared.length, FULL_AVAILABILITY_SLOTS) / FULL_AVAILABILITY_SLOTS : 0.5;
  values.language = !facts.language.known ? 0.5 : facts.language.sharesFirst ? 1 : facts.language.shared.length > 0 ? OTHER_LANGUAGE_SCORE : 0;
  if (facts.preference) {
    const { wanted, mentorGender } = facts.preference;
    values.preferences = mentorGender === null ? 0.5 : mentorGender === wanted.gender ? 1 : 0;
  }
  if (facts.lived.wanted.length > 0) values.livedExperience = facts.lived.shared.length / facts.lived.wanted.length;
  values.load = facts.places.capacity > 0 ? facts.places.free / facts.places.capacity : 0;
  if (facts.waitingDays !== undefined) values.waiting = facts.waitingDays === null ? 0.5 : Math.min(1, facts.waitingDays / settings.waitingFullDays);
  return values;
}

/** The weighted average of the applicable components, from 0 to 100 with one decimal. */
export function combineScore(values: Partial<Record<ComponentKey, number>>, weights: Settings['weights']): number {
  let sum = 0;
  let weight = 0;
  for (const key in values) {
    const w = weights[key as ComponentKey];
    sum += w * values[key as ComponentKey]!;
    weight += w;
  }
  return weight > 0 ? Math.round((1000 * sum) / weight) / 10 : 0;
}

export function evaluatePair(view: ConsumerView, mentor: Mentor, proximity: PairProximity, state: MatchingState): PairEvaluation {
  const facts = gatherFacts(view, mentor, proximity, state);
  const values = valueComponents(facts, state.input.settings);
  return { score: combineScore(values, state.input.settings.weights), values, facts };
}

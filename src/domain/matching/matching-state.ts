// This file gathers, once per run, what every pair check needs: training status, each mentor's open load and free
// places, declined pairs, consumers with an open match, and each consumer's open goal areas.
import { ZipCentroidLookup } from '../geo';
import { GoalArea } from '../goal-areas';
import { blockedPairs, OPEN_MATCH_STATUSES } from '../lifecycle';
import { Attendance, Consumer, Goal, IsoDate, Match, Mentor, TrainingSession } from '../model';
import { Settings } from '../settings';
import { MentorTraining, trainingStatuses } from '../training';
import { Exclusion, TravelLookup } from './matching-types';
import { MentorView } from './mentor-view';
import { cacheZipLookup, TripLimitUses } from './pair-proximity';

export interface MatchingInput {
  mentors: readonly Mentor[];
  consumers: readonly Consumer[];
  goals: readonly Goal[];
  matches: readonly Match[];
  sessions: readonly TrainingSession[];
  attendance: readonly Attendance[];
  settings: Settings;
  asOf: IsoDate;
  /** ZIP → centroid; the CLI passes the Census ZCTA table, the add-on its own source. */
  lookupZip: ZipCentroidLookup;
  /** Precomputed trips (consumer ID, mentor ID), when the proximity function has answered. */
  travel?: TravelLookup;
  /**
   * What the trip limit is compared with, when not the Settings tab's choice (settings.tripLimitUses): the estimate
   * itself, or the estimate's honest upper bound. Routed times are real trips and are compared as they are.
   */
  tripLimitUses?: TripLimitUses;
}

export interface MentorPlaces {
  /** Max mentees; a blank cell counts as 1. */
  capacity: number;
  /** Matches proposed, intro scheduled or active. */
  taken: number;
  free: number;
}

export interface MatchingState {
  input: MatchingInput;
  lookupZip: ZipCentroidLookup;
  training: Map<string, MentorTraining>;
  places: Map<string, MentorPlaces>;
  /** "consumerId|mentorId" for every pair that declined before. */
  declined: Set<string>;
  /** The same pairs, by consumer. */
  declinedByConsumer: Map<string, Set<string>>;
  /** Consumers with a proposed, intro-scheduled or active match. */
  consumersInMatch: Set<string>;
  openAreas: Map<string, GoalArea[]>;
  /** Normalized mentor facts, filled in as mentors are first compared. */
  mentorViews: Map<Mentor, MentorView>;
  /** Each mentor's own hard-rule result (null when none applies), filled in on first use. */
  mentorRules: Map<Mentor, Exclusion | null>;
}

const OPEN_GOAL_STATUSES = new Set(['not-started', 'in-progress']);

export function prepareMatching(input: MatchingInput): MatchingState {
  const training = trainingStatuses({ mentors: input.mentors, sessions: input.sessions, attendance: input.attendance, asOf: input.asOf, settings: input.settings });
  const taken = new Map<string, number>();
  const consumersInMatch = new Set<string>();
  for (const match of input.matches) {
    if (!OPEN_MATCH_STATUSES.includes(match.status)) continue;
    taken.set(match.mentorId, (taken.get(match.mentorId) ?? 0) + 1);
    consumersInMatch.add(match.consumerId);
  }
  const declined = blockedPairs(input.matches);
  const declinedByConsumer = new Map<string, Set<string>>();
  for (const match of input.matches) {
    if (match.status !== 'declined' || !declined.has(`${match.consumerId}|${match.mentorId}`)) continue;
    let set = declinedByConsumer.get(match.consumerId);
    if (!set) declinedByConsumer.set(match.consumerId, (set = new Set()));
    set.add(match.mentorId);
  }
  const places = new Map<string, MentorPlaces>();
  for (const mentor of input.mentors) {
    const capacity = mentor.maxMentees ?? 1;
    const load = taken.get(mentor.id) ?? 0;
    places.set(mentor.id, { capacity, taken: load, free: Math.max(0, capacity - load) });
  }
  return {
    // The coordinator's choice in Settings holds unless a caller asks for one explicitly.
    input: { ...input, tripLimitUses: input.tripLimitUses ?? input.settings.tripLimitUses },
    lookupZip: cacheZipLookup(input.lookupZip),
    training,
    places,
    declined,
    declinedByConsumer,
    consumersInMatch,
    openAreas: collectOpenAreas(input.consumers, input.goals),
    mentorViews: new Map(),
    mentorRules: new Map(),
  };
}

/**
 * A consumer's open goal areas: the areas they asked for, plus areas of goals not started or in progress, minus
 * areas where every goal recorded is met (that work is done). A goal withdrawn or not met — often when an earlier
 * match closed — leaves the need open. A consumer waiting again whose every area was met is matched on the areas
 * they asked for, rather than on nothing.
 */
function collectOpenAreas(consumers: readonly Consumer[], goals: readonly Goal[]): Map<string, GoalArea[]> {
  const open = new Map<string, Set<GoalArea>>();
  const met = new Map<string, Set<GoalArea>>();
  for (const goal of goals) {
    const target = OPEN_GOAL_STATUSES.has(goal.status) ? open : goal.status === 'met' ? met : undefined;
    if (!target) continue;
    let set = target.get(goal.consumerId);
    if (!set) target.set(goal.consumerId, (set = new Set()));
    set.add(goal.area);
  }
  const result = new Map<string, GoalArea[]>();
  for (const consumer of consumers) {
    const areas = new Set<GoalArea>();
    const openSet = open.get(consumer.id);
    const metSet = met.get(consumer.id);
    for (const area of consumer.goalAreas) if (!metSet?.has(area) || openSet?.has(area)) areas.add(area);
    for (const area of openSet ?? []) areas.add(area);
    result.set(consumer.id, areas.size ? [...areas] : [...consumer.goalAreas]);
  }
  return result;
}

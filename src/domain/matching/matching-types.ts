// This file names the shapes matching works with: hard-rule codes, exclusions, score components and scored pairs.
import { TravelMode } from '../model';
import { ProximitySource } from '../geo';

/** Stable codes for the hard rules, in the order they are checked; the first one that applies is reported. */
export type RuleCode =
  | 'MATCH.MENTOR_NOT_ACTIVE'
  | 'MATCH.NOT_TRAINED'
  | 'MATCH.TRAINING_LAPSED'
  | 'MATCH.NO_CAPACITY'
  | 'MATCH.SAME_PERSON'
  | 'MATCH.DECLINED_BEFORE'
  | 'MATCH.NO_SHARED_LANGUAGE'
  | 'MATCH.REQUIRED_PREFERENCE'
  | 'MATCH.TOO_FAR';

/** Whose record lacks a value the pair is compared on; null when both have it. */
export type MissingSide = 'consumer' | 'mentor' | 'both' | null;

export function findMissingSide(consumerHas: boolean, mentorHas: boolean): MissingSide {
  if (consumerHas && mentorHas) return null;
  if (consumerHas) return 'mentor';
  return mentorHas ? 'consumer' : 'both';
}

/** Why a consumer cannot be matched at all right now. */
export type ConsumerRuleCode = 'MATCH.CONSUMER_NOT_ELIGIBLE' | 'MATCH.CONSUMER_HAS_MATCH' | 'MATCH.CONSUMER_NOT_WAITING';

export interface Exclusion {
  mentorId: string;
  rule: RuleCode;
  /** One plain sentence for the coordinator; never names, contact details or addresses. */
  reason: string;
}

export interface ConsumerBlock {
  rule: ConsumerRuleCode;
  reason: string;
}

export type ComponentKey = 'goals' | 'proximity' | 'availability' | 'language' | 'preferences' | 'livedExperience' | 'load' | 'waiting';

export const COMPONENT_KEYS: readonly ComponentKey[] = ['goals', 'proximity', 'availability', 'language', 'preferences', 'livedExperience', 'load', 'waiting'];

/** One weighted part of a score: its value from 0 (worst) to 1 (best) and the plain words that explain it. */
export interface ScoreComponent {
  key: ComponentKey;
  value: number;
  weight: number;
  reason: string;
}

/** Distance and trip time for a pair, and how they were found. */
export interface PairProximity {
  distanceKm: number | null;
  travelMinutes: number | null;
  source: ProximitySource;
  /** The way of travelling the trip time is for (the consumer's; transit when not recorded). */
  mode: TravelMode;
  /** Set when the distance is unknown: the sentence that says why. */
  unknownBecause: string | null;
}

/** A precomputed trip between two people (the proximity function's answer), used instead of the estimate. */
export interface KnownTrip {
  distanceKm: number | null;
  travelMinutes: number | null;
  source: ProximitySource;
}

/** Looks up a precomputed trip by record IDs (consumer, mentor); undefined when none is known. */
export type TravelLookup = (fromId: string, toId: string) => KnownTrip | undefined;

export interface ScoredPair {
  consumerId: string;
  mentorId: string;
  /** 0 to 100, one decimal. */
  score: number;
  proximity: PairProximity;
  /** Only the components that apply to this consumer; the score is their weighted average. */
  components: ScoreComponent[];
}

/** One mentor ranked for a consumer: the score, the trip, and the reasons in plain words with their components. */
export interface Suggestion {
  mentorId: string;
  score: number;
  distanceKm: number | null;
  travelMinutes: number | null;
  reasons: string[];
  components: ScoreComponent[];
  /** Set when the suggestion is weak: "weak: covers none of the 3 goals"; null otherwise. */
  weakBecause: string | null;
}

/** A mentor who was allowed and scored but is not among the suggestions shown, with why not. */
export interface NotShown {
  mentorId: string;
  score: number;
  reason: string;
}

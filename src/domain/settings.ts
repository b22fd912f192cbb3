// This file keeps every setting in one place: defaults, and reading the Settings tab's Key/Value rows with validation.
import { Issue } from './errors';
import { isOutreachSettingKey } from './outreach/message-templates';
import { DEFAULT_PLAN_ON_FUNCTIONS_ABOVE } from './matching/plan-limits';
import { Setting } from './model';
import { readNumber } from './values';

/** What the trip limit is compared with: the trip estimate, or its honest upper bound. */
export type TripLimitUses = 'estimate' | 'upper-bound';

export interface Settings {
  /** Days a training session keeps a mentor current ("at least every three months"). */
  trainingIntervalDays: number;
  /** Days before the end of currency when a mentor shows as due soon. */
  trainingWarningDays: number;
  /** Days between three-way reviews of an active match. */
  reviewIntervalDays: number;
  /** Days between mentor check-ins. */
  checkInIntervalDays: number;
  /** Reviews and check-ins coming due within this many days are listed as upcoming. */
  reviewUpcomingDays: number;
  /** How far ahead the training tracker lists upcoming sessions. */
  trainingLookaheadDays: number;
  /** Longest trip, in minutes, a pair may be apart. */
  maxTravelMinutes: number;
  /** Used when travel time is unknown but distance is known. */
  maxDistanceKm: number;
  /**
   * What the trip limit is compared with: the offline estimate itself, or its honest upper bound (the longest the
   * trip is likely to take). Routed times are real trips and are compared as they are.
   */
  tripLimitUses: TripLimitUses;
  /** The local name of the ride service for people with disabilities ("Metro Mobility"), added to the forms' plain words. */
  rideServiceName: string;
  /** Suggestions scoring under this (of 100) are marked weak, with why. */
  weakScoreBelow: number;
  /** Days of waiting that earn a consumer the full waiting-time score in batch matching. */
  waitingFullDays: number;
  /** Matching weights: relative importance of each score component. */
  weights: {
    goals: number;
    proximity: number;
    availability: number;
    language: number;
    preferences: number;
    livedExperience: number;
    load: number;
    waiting: number;
  };
  /** Counts between 1 and this are shown as "<N" in manager summaries. */
  suppressionThreshold: number;
  /** Past this many pairs to weigh (waiting × mentors with room), Plan matches runs on the `plan` function. */
  planOnFunctionsAbove: number;
  /** URL of the proximity / intake functions, when deployed. */
  functionUrl: string;
  /** ID of the separate manager summary spreadsheet. */
  managerFileId: string;
}

export const DEFAULT_SETTINGS: Settings = {
  trainingIntervalDays: 90,
  trainingWarningDays: 21,
  reviewIntervalDays: 90,
  checkInIntervalDays: 30,
  reviewUpcomingDays: 14,
  trainingLookaheadDays: 60,
  maxTravelMinutes: 60,
  maxDistanceKm: 40,
  tripLimitUses: 'estimate',
  rideServiceName: '',
  weakScoreBelow: 40,
  waitingFullDays: 180,
  weights: { goals: 40, proximity: 20, availability: 12, language: 5, preferences: 8, livedExperience: 7, load: 4, waiting: 4 },
  suppressionThreshold: 5,
  planOnFunctionsAbove: DEFAULT_PLAN_ON_FUNCTIONS_ABOVE,
  functionUrl: '',
  managerFileId: '',
};

type NumberKey = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];

const NUMBER_LIMITS: Record<NumberKey, [number, number]> = {
  trainingIntervalDays: [7, 730],
  trainingWarningDays: [0, 365],
  reviewIntervalDays: [7, 730],
  checkInIntervalDays: [1, 365],
  reviewUpcomingDays: [0, 365],
  trainingLookaheadDays: [1, 730],
  maxTravelMinutes: [5, 600],
  maxDistanceKm: [1, 1000],
  weakScoreBelow: [0, 100],
  waitingFullDays: [1, 3650],
  suppressionThreshold: [0, 100],
  planOnFunctionsAbove: [0, 1_000_000_000],
};

/** Reads the Settings tab. An unknown key or a bad value is reported and the default kept. */
export function readSettings(rows: readonly Setting[]): { settings: Settings; issues: Issue[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, weights: { ...DEFAULT_SETTINGS.weights } };
  const issues: Issue[] = [];
  for (const row of rows) {
    const key = row.key.trim();
    const location = { tab: row.source.tab, row: row.source.row, column: 'Value' };
    if (key === 'functionUrl' || key === 'managerFileId' || key === 'rideServiceName') {
      settings[key] = row.value.trim();
      continue;
    }
    if (key === 'tripLimitUses') {
      const value = row.value.trim().toLowerCase();
      if (value === 'estimate' || value === 'upper-bound') settings.tripLimitUses = value;
      else if (value) issues.push({ code: 'SETTINGS.BAD_VALUE', message: 'The trip limit can be compared with the estimated trip time or with the longest it is likely to take; the estimated time is used', location });
      continue;
    }
    const isWeight = key.startsWith('weights.') && key.slice(8) in settings.weights;
    const isNumber = key in NUMBER_LIMITS;
    if (!isWeight && !isNumber) {
      if (key.startsWith('crosswalk.') || key.startsWith('x.') || isOutreachSettingKey(key)) continue; // read by the modules that own them
      issues.push({ code: 'SETTINGS.UNKNOWN_KEY', message: `Setting "${key}" is not one we know; it is ignored`, location: { ...location, column: 'Key' } });
      continue;
    }
    const reading = readNumber(row.value);
    const [min, max] = isWeight ? [0, 100] : NUMBER_LIMITS[key as NumberKey];
    if (!reading.ok || reading.value === null || reading.value < min || reading.value > max) {
      issues.push({ code: 'SETTINGS.BAD_VALUE', message: `This setting must be a number from ${min} to ${max}; the default, ${isWeight ? DEFAULT_SETTINGS.weights[key.slice(8) as keyof Settings['weights']] : DEFAULT_SETTINGS[key as NumberKey]}, is used`, location });
      continue;
    }
    if (isWeight) settings.weights[key.slice(8) as keyof Settings['weights']] = reading.value;
    else settings[key as NumberKey] = reading.value;
  }
  return { settings, issues };
}

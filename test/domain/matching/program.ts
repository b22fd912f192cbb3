// Test helpers for matching: a small program (mentors, consumers, matches, training) and an offline ZIP table.
import type { LatLng } from '../../../src/domain/geo';
import { prepareMatching, MatchingInput, MatchingState } from '../../../src/domain/matching/matching-state';
import { DEFAULT_SETTINGS, Settings } from '../../../src/domain/settings';

/** A few real Twin Cities ZIP centroids (rounded), enough for distances in tests. */
export const ZIPS: Record<string, LatLng> = {
  '55101': { lat: 44.951, lng: -93.09 },
  '55104': { lat: 44.953, lng: -93.158 },
  '55105': { lat: 44.935, lng: -93.165 },
  '55106': { lat: 44.968, lng: -93.048 },
  '55113': { lat: 45.013, lng: -93.157 },
  '55408': { lat: 44.947, lng: -93.286 },
  '55124': { lat: 44.742, lng: -93.2 },
  '55369': { lat: 45.129, lng: -93.47 },
};

export const lookupTestZip = (zip: string): LatLng | undefined => ZIPS[zip];

export const AS_OF = '2026-11-22';

export function aSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, weights: { ...DEFAULT_SETTINGS.weights }, ...overrides };
}

export function aProgram(overrides: Partial<MatchingInput> = {}): MatchingInput {
  return {
    mentors: [], consumers: [], goals: [], matches: [], sessions: [], attendance: [],
    settings: aSettings(), asOf: AS_OF, lookupZip: lookupTestZip, ...overrides,
  };
}

export function prepare(overrides: Partial<MatchingInput> = {}): MatchingState {
  return prepareMatching(aProgram(overrides));
}

/** A training date that keeps a mentor current on AS_OF (initial training a month before). */
export const TRAINED = '2026-10-20';

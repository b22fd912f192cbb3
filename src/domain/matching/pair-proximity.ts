// This file finds how far a consumer and mentor are apart and how long the consumer's trip takes, and turns that
// into a proximity score. The consumer's way of travelling is used, since they travel to meet; when it is not
// recorded, transit is assumed (the slower, conservative choice for a program whose consumers mostly do not drive).
// A precomputed trip (from the proximity function) wins over the offline ZIP-centroid estimate.
import { estimateProximity, estimateUpperBoundMinutes, LatLng, ZipCentroidLookup } from '../geo';
import { Consumer, Mentor, TravelMode } from '../model';
import { Settings, TripLimitUses } from '../settings';
import { PairProximity, TravelLookup } from './matching-types';

export const DEFAULT_TRAVEL_MODE: TravelMode = 'transit';

/** Wraps a ZIP lookup so each ZIP is looked up once per run. */
export function cacheZipLookup(lookup: ZipCentroidLookup): ZipCentroidLookup {
  const cache = new Map<string, LatLng | undefined>();
  return (zip) => {
    if (cache.has(zip)) return cache.get(zip);
    const found = lookup(zip);
    cache.set(zip, found);
    return found;
  };
}

/**
 * The pair's proximity. `byMentorZip` may hold estimates already made for this consumer: many mentors share a ZIP,
 * and the estimate depends only on the two ZIPs and the consumer's mode.
 */
export function measurePairProximity(
  consumer: Consumer,
  mentor: Mentor,
  lookupZip: ZipCentroidLookup,
  travel?: TravelLookup,
  byMentorZip?: Map<string, PairProximity>,
): PairProximity {
  const mode = consumer.travelMode ?? DEFAULT_TRAVEL_MODE;
  if (travel) {
    const known = travel(consumer.id, mentor.id) ?? travel(mentor.id, consumer.id);
    if (known && (known.distanceKm !== null || known.travelMinutes !== null)) {
      return { distanceKm: known.distanceKm, travelMinutes: known.travelMinutes, source: known.source, mode, unknownBecause: null };
    }
  }
  if (!byMentorZip) return estimatePair(consumer, mentor, mode, lookupZip);
  const key = mentor.zip ?? '';
  let proximity = byMentorZip.get(key);
  if (!proximity) byMentorZip.set(key, (proximity = estimatePair(consumer, mentor, mode, lookupZip)));
  return proximity;
}

function estimatePair(consumer: Consumer, mentor: Mentor, mode: TravelMode, lookupZip: ZipCentroidLookup): PairProximity {
  const estimate = estimateProximity(consumer.zip, mentor.zip, mode, lookupZip);
  if (estimate.source !== 'unknown') return { ...estimate, mode, unknownBecause: null };
  return { distanceKm: null, travelMinutes: null, source: 'unknown', mode, unknownBecause: describeUnknown(consumer, mentor, lookupZip) };
}

function describeUnknown(consumer: Consumer, mentor: Mentor, lookupZip: ZipCentroidLookup): string {
  if (!consumer.zip) return "distance unknown (no ZIP recorded for the consumer)";
  if (!mentor.zip) return "distance unknown (no ZIP recorded for the mentor)";
  const missing = !lookupZip(consumer.zip) ? consumer.zip : mentor.zip;
  return `distance unknown (ZIP ${missing} not found)`;
}

export type { TripLimitUses };

/** The minutes a trip is held to the limit by: an estimate's upper bound when chosen, else the trip's minutes. */
export function minutesForLimit(proximity: Pick<PairProximity, 'travelMinutes' | 'source'>, uses: TripLimitUses = 'estimate'): number | null {
  if (proximity.travelMinutes === null) return null;
  return uses === 'upper-bound' && proximity.source === 'estimate' ? estimateUpperBoundMinutes(proximity.travelMinutes) : proximity.travelMinutes;
}

/** The share of the limit a trip uses: by minutes when known, else by distance; null when unknown. */
export function shareOfTravelLimit(proximity: Pick<PairProximity, 'travelMinutes' | 'distanceKm'>, settings: Pick<Settings, 'maxTravelMinutes' | 'maxDistanceKm'>): number | null {
  if (proximity.travelMinutes !== null) return proximity.travelMinutes / settings.maxTravelMinutes;
  if (proximity.distanceKm !== null) return proximity.distanceKm / settings.maxDistanceKm;
  return null;
}

/**
 * Proximity score from 0 to 1: 1 − share², where share is the trip's share of the limit. Short trips all score
 * near 1 and the score falls off faster toward the limit, reaching 0 exactly at it. Unknown scores 0.5 (neutral).
 */
export function scoreProximity(proximity: Pick<PairProximity, 'travelMinutes' | 'distanceKm'>, settings: Pick<Settings, 'maxTravelMinutes' | 'maxDistanceKm'>): number {
  const share = shareOfTravelLimit(proximity, settings);
  if (share === null) return 0.5;
  return Math.max(0, 1 - share * share);
}

const MODE_WORDS: Record<TravelMode, string> = { drive: 'by car', transit: 'by transit', paratransit: 'by paratransit', walk: 'walking or rolling' };

/** "about 4 km (≈15 min by transit)"; the ≈ marks an estimate, a routed time has none. */
export function describeProximity(proximity: PairProximity): string {
  if (proximity.unknownBecause) return proximity.unknownBecause;
  // Both in one ZIP code: the centroid estimate cannot tell them apart, so say so instead of "0 km".
  if (proximity.source === 'estimate' && proximity.distanceKm === 0) return 'same ZIP code area';
  const parts: string[] = [];
  const km = proximity.distanceKm;
  const distance = km === null ? null : km < 2 ? `about ${Math.round(km * 10) / 10} km` : `about ${Math.round(km)} km`;
  const minutes = proximity.travelMinutes;
  const trip = minutes === null ? null : `${proximity.source === 'estimate' ? '≈' : ''}${minutes} min ${MODE_WORDS[proximity.mode]}`;
  if (distance) parts.push(distance);
  if (trip) parts.push(distance ? `(${trip})` : trip);
  return parts.join(' ');
}

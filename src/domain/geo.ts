// This file estimates how far apart two people live and how long the trip takes, offline: ZIP centroids,
// great-circle distance, and a travel-time estimate per way of travelling. Shared by the CLI, add-on and functions.
import { TravelMode } from './model';

export interface LatLng {
  lat: number;
  lng: number;
}

/** Looks up a ZIP code's centroid; adapters supply the data (Census ZCTA centroids in Node). */
export type ZipCentroidLookup = (zip5: string) => LatLng | undefined;

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Trip estimate per mode. Roads and routes are longer than the straight line: the detour factor turns the
 * great-circle distance into a network distance (1.3 is the usual urban circuity figure for US metros).
 * Speeds are door-to-door averages including stops; fixed minutes cover waiting, parking and boarding.
 * Paratransit (e.g. Metro Mobility) shares rides and has a pick-up window, so it is slow and has a long wait.
 */
export const TRAVEL_ESTIMATE: Record<TravelMode, { detour: number; kmPerHour: number; fixedMinutes: number }> = {
  drive: { detour: 1.3, kmPerHour: 40, fixedMinutes: 5 },
  transit: { detour: 1.4, kmPerHour: 18, fixedMinutes: 12 },
  paratransit: { detour: 1.5, kmPerHour: 25, fixedMinutes: 30 },
  walk: { detour: 1.25, kmPerHour: 4.5, fixedMinutes: 0 },
};

/** Estimated minutes for one trip of the given straight-line distance; rounded to whole minutes. */
export function estimateTravelMinutes(straightKm: number, mode: TravelMode): number {
  const { detour, kmPerHour, fixedMinutes } = TRAVEL_ESTIMATE[mode];
  if (straightKm <= 0) return 0;
  return Math.round(fixedMinutes + ((straightKm * detour) / kmPerHour) * 60);
}

export type ProximitySource = 'routes' | 'estimate' | 'unknown';

export interface Proximity {
  distanceKm: number | null;
  travelMinutes: number | null;
  source: ProximitySource;
}

/** Distance and estimated travel time between two ZIP centroids; unknown (never a throw) when either is missing. */
export function estimateProximity(
  fromZip: string | null,
  toZip: string | null,
  mode: TravelMode,
  lookup: ZipCentroidLookup,
): Proximity {
  const from = fromZip ? lookup(fromZip) : undefined;
  const to = toZip ? lookup(toZip) : undefined;
  if (!from || !to) return { distanceKm: null, travelMinutes: null, source: 'unknown' };
  const km = distanceKm(from, to);
  return { distanceKm: Math.round(km * 10) / 10, travelMinutes: estimateTravelMinutes(km, mode), source: 'estimate' };
}

/**
 * How well a location was placed: `rooftop` is address level (a rooftop or street-range match),
 * `zip-centroid` the middle of its ZIP code area, `unknown` not placed at all.
 */
export type GeocodeQuality = 'rooftop' | 'zip-centroid' | 'unknown';

/** One person's location as sent to the proximity service. The id is a record ID, never a name. */
export interface ProximityLocation {
  id: string;
  address?: string;
  zip?: string;
  mode: TravelMode;
}

/** What the proximity service is asked: trips from each origin (consumer) to each destination (mentor). */
export interface ProximityRequest {
  origins: ProximityLocation[];
  destinations: ProximityLocation[];
}

/** One origin → destination trip, travelled by the origin's mode. Distances are network km for `routes`, straight-line km for `estimate`. */
export interface ProximityPair extends Proximity {
  fromId: string;
  toId: string;
  mode: TravelMode;
}

/** How one location was placed; addresses are never echoed back. */
export interface LocationQuality {
  id: string;
  role: 'origin' | 'destination';
  quality: GeocodeQuality;
}

export interface ProximityResponse {
  requestId: string;
  pairs: ProximityPair[];
  locations: LocationQuality[];
  /** Plain-language notes, e.g. that paratransit times are estimates or that a provider did not answer. */
  notes: string[];
}

/**
 * The address line a person is looked up by: "street, city", or null without a street. Intake and the add-on both
 * build it here, so an applicant and the person they become share one geocode cache entry.
 */
export function lookupAddress(street: string | null | undefined, city: string | null | undefined): string | null {
  const parts = [street, city].map((part) => (part ?? '').trim());
  return parts[0] ? parts.filter(Boolean).join(', ') : null;
}

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
 * Trip estimate per mode: minutes = fixed minutes + (straight-line km × detour) ÷ speed. The detour turns the
 * great-circle distance into a route distance; the speed is a door-to-door pace along that route, stops and
 * freeway stretches averaged in; fixed minutes cover parking (drive) or walking to the stop and waiting (transit).
 *
 * Fitted by least squares to typical Twin Cities trips (test/domain/trip-estimate.test.ts holds the table, and
 * each row says where its time comes from). Transit rows are Metro Transit's published timetables plus 10 minutes
 * to walk to the stop and wait half of the 10-minute daytime frequency:
 *   - METRO Blue Line, Target Field to Mall of America 40 minutes, 19 stations, trains about every 10 minutes:
 *     https://metrocouncil.org/About-Us/Facts/TransportationF/FACTS-METRO-Blue-Line.aspx
 *   - METRO Green Line, Target Field to Union Depot 48 minutes over 23 stations; Route 94 express 25–30 minutes
 *     between the downtowns: https://www.startribune.com/green-line-rail-rides-will-take-48-minutes-between-downtowns/261268881/
 *     and https://blogs.mprnews.org/newscut/2014/05/green-line-schedule-lowering-travel-time/ (Midway to downtown
 *     Minneapolis about 25 minutes, downtown St Paul to the University under half an hour).
 * A trip between two stations is the line's time shared out by the stations between them.
 * Drive rows are typical off-peak door-to-door times (about 15 minutes between the downtowns in light traffic before
 * parking, per the same Pioneer Press report). The fit lands every row within ±30%; the test fails otherwise.
 */
export const TRAVEL_ESTIMATE: Record<Exclude<TravelMode, 'paratransit'>, { detour: number; kmPerHour: number; fixedMinutes: number }> = {
  drive: { detour: 1.3, kmPerHour: 100, fixedMinutes: 7 },
  transit: { detour: 1.2, kmPerHour: 33, fixedMinutes: 12 },
  walk: { detour: 1.25, kmPerHour: 4.5, fixedMinutes: 0 },
};

/**
 * Paratransit (a ride service for people with disabilities) takes about as long as the same trip by bus, and the
 * rider also waits within a pick-up window: ADA paratransit services commonly give a 30-minute window, for example
 * WMATA MetroAccess (https://www.wmata.com/service/accessibility/metro-access/MetroAccess-Scheduling-Terms.cfm).
 * So a paratransit estimate is never shorter than the transit estimate plus the window.
 */
export const PARATRANSIT_PICKUP_WINDOW_MINUTES = 30;

/**
 * Estimated minutes for one trip of the given straight-line distance; rounded to whole minutes. Two people in one
 * ZIP code area (0 km apart by centroid) still have the fixed minutes to travel.
 */
export function estimateTravelMinutes(straightKm: number, mode: TravelMode): number {
  const km = Math.max(0, straightKm);
  if (mode === 'paratransit') return estimateTravelMinutes(km, 'transit') + PARATRANSIT_PICKUP_WINDOW_MINUTES;
  const { detour, kmPerHour, fixedMinutes } = TRAVEL_ESTIMATE[mode];
  return Math.round(fixedMinutes + ((km * detour) / kmPerHour) * 60);
}

/**
 * How far a real trip may run over the offline estimate: the fitted table is within ±30%, so a trip can take up to
 * 30% longer than estimated. The honest upper bound is the estimate with this margin added, rounded up.
 */
export const TRIP_ESTIMATE_MARGIN = 0.3;

export function estimateUpperBoundMinutes(estimatedMinutes: number): number {
  return Math.ceil(estimatedMinutes * (1 + TRIP_ESTIMATE_MARGIN) - 1e-9);
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

// This file answers a checked proximity request: place everyone, then compute every trip, with notes on what was estimated.
import type { ProximityRequest, ProximityResponse } from '../../../src/domain/geo';
import type { CallStats } from '../ports/logger.port';
import { GeocodeDeps, GeocodeReport, geocodeLocations } from './geocode-locations';
import { computeTravel, TravelDeps, TravelReport } from './travel-times';

export type ProximityDeps = GeocodeDeps & TravelDeps;

export interface ProximityOutcome {
  response: ProximityResponse;
  geocode: GeocodeReport;
  travel: TravelReport;
}

const PROVIDER_NAMES: Record<string, string> = { google: 'Google Geocoding', census: 'the US Census geocoder' };

export async function computeProximity(request: ProximityRequest, deps: ProximityDeps, stats: CallStats, requestId: string): Promise<ProximityOutcome> {
  const all = [...request.origins, ...request.destinations];
  const geocode = await geocodeLocations(all, deps, stats, requestId);
  const placedOrigins = geocode.placed.slice(0, request.origins.length);
  const placedDestinations = geocode.placed.slice(request.origins.length);
  const travel = await computeTravel(request.origins, request.destinations, placedOrigins, placedDestinations, deps, stats);

  const notes: string[] = [];
  if (request.origins.some((origin) => origin.mode === 'paratransit')) {
    notes.push('Paratransit times are estimates: route services have no paratransit mode, so they allow for shared rides and the pick-up window.');
  }
  for (const provider of geocode.degraded) notes.push(`${PROVIDER_NAMES[provider] ?? provider} did not answer; some places use the next source.`);
  if (travel.routesDegraded) notes.push('Google Routes did not answer; some travel times are estimates.');
  if (geocode.counts.unknown > 0) notes.push(`${geocode.counts.unknown} location(s) could not be placed: add a ZIP code or a full street address.`);

  const locations = all.map((location, index) => ({
    id: location.id,
    role: index < request.origins.length ? ('origin' as const) : ('destination' as const),
    quality: geocode.placed[index]!.quality,
  }));
  return { response: { requestId, pairs: travel.pairs, locations, notes }, geocode, travel };
}

// This file computes travel times with the Google Routes API computeRouteMatrix (REST), one call per block.
// Limits (Routes API): 625 elements per call, 100 for transit; traffic-unaware driving keeps the 625 limit.
import type { LatLng } from '../../../src/domain/geo';
import type { CallStats } from '../ports/logger.port';
import type { RouteMatrix, RouteMatrixElement, RoutedMode } from '../ports/route-matrix.port';
import { callWithRetry, FetchLike, parseJson, ProviderError, RetryPolicy } from './http-client';

export interface GoogleRoutesOptions {
  baseUrl: string;
  apiKey: string;
  fetch: FetchLike;
  retry: RetryPolicy;
}

const TRAVEL_MODE: Record<RoutedMode, string> = { drive: 'DRIVE', transit: 'TRANSIT', walk: 'WALK' };
const FIELD_MASK = 'originIndex,destinationIndex,status,condition,distanceMeters,duration';

const waypoint = (point: LatLng) => ({ waypoint: { location: { latLng: { latitude: point.lat, longitude: point.lng } } } });

interface RawElement {
  originIndex?: unknown;
  destinationIndex?: unknown;
  condition?: unknown;
  status?: { code?: unknown };
  distanceMeters?: unknown;
  duration?: unknown;
}

/** Reads the matrix answer (a JSON array of elements); an index outside the block means the answer is malformed. */
export function readRouteMatrix(text: string, origins: number, destinations: number): RouteMatrixElement[] {
  const answer = parseJson(text);
  if (!Array.isArray(answer)) throw new ProviderError('MALFORMED');
  return (answer as RawElement[]).map((raw) => {
    // Routes omits zero-valued fields, so a missing index means 0.
    const originIndex = raw.originIndex ?? 0;
    const destinationIndex = raw.destinationIndex ?? 0;
    if (!Number.isInteger(originIndex) || !Number.isInteger(destinationIndex)) throw new ProviderError('MALFORMED');
    if ((originIndex as number) >= origins || (destinationIndex as number) >= destinations) throw new ProviderError('MALFORMED');
    const element: RouteMatrixElement = { originIndex: originIndex as number, destinationIndex: destinationIndex as number };
    const failed = raw.status?.code !== undefined && raw.status.code !== 0;
    if (failed || raw.condition !== 'ROUTE_EXISTS') return element;
    const seconds = typeof raw.duration === 'string' ? Number(raw.duration.replace(/s$/, '')) : NaN;
    const meters = typeof raw.distanceMeters === 'number' ? raw.distanceMeters : 0;
    if (!Number.isFinite(seconds)) throw new ProviderError('MALFORMED');
    element.durationSeconds = seconds;
    element.distanceMeters = meters;
    return element;
  });
}

export function createGoogleRoutes(options: GoogleRoutesOptions): RouteMatrix {
  return {
    maxElements: (mode) => (mode === 'transit' ? 100 : 625),
    async compute(origins, destinations, mode, stats: CallStats) {
      const body: Record<string, unknown> = {
        origins: origins.map(waypoint),
        destinations: destinations.map(waypoint),
        travelMode: TRAVEL_MODE[mode],
      };
      if (mode === 'drive') body.routingPreference = 'TRAFFIC_UNAWARE';
      const text = await callWithRetry(
        `${options.baseUrl}/distanceMatrix/v2:computeRouteMatrix`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-goog-api-key': options.apiKey, 'x-goog-fieldmask': FIELD_MASK },
          body: JSON.stringify(body),
        },
        { fetch: options.fetch, retry: options.retry, onAttempt: () => stats.routes++ },
      );
      return readRouteMatrix(text, origins.length, destinations.length);
    },
  };
}

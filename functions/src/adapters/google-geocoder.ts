// This file places addresses with the Google Geocoding API (one call per distinct address, a few in flight).
// Only address-level answers count as hits; anything vaguer is left to the next provider or the ZIP centroid.
import type { GeocodeHit, GeocodeOutcome, Geocoder, GeocodeQuery } from '../ports/geocoder.port';
import type { CallStats } from '../ports/logger.port';
import { callWithRetry, FetchLike, mapWithConcurrency, parseJson, ProviderError, RetryPolicy } from './http-client';

export interface GoogleGeocoderOptions {
  baseUrl: string;
  apiKey: string;
  fetch: FetchLike;
  retry: RetryPolicy;
  concurrency: number;
}

const ADDRESS_LEVEL = new Set(['ROOFTOP', 'RANGE_INTERPOLATED']);
const RETRY_STATUSES = new Set(['OVER_QUERY_LIMIT', 'UNKNOWN_ERROR']);

interface GeocodeAnswer {
  status?: unknown;
  results?: { place_id?: unknown; geometry?: { location?: { lat?: unknown; lng?: unknown }; location_type?: unknown } }[];
}

function statusOf(text: string): string | undefined {
  try {
    const status = (JSON.parse(text) as GeocodeAnswer).status;
    return typeof status === 'string' ? status : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one answer: a hit, null for "no address-level match", or a ProviderError for an answer we cannot trust. */
export function readGoogleAnswer(text: string): GeocodeHit | null {
  const answer = parseJson(text) as GeocodeAnswer;
  if (typeof answer !== 'object' || answer === null || typeof answer.status !== 'string') throw new ProviderError('MALFORMED');
  if (answer.status === 'ZERO_RESULTS') return null;
  if (answer.status !== 'OK') throw new ProviderError('REJECTED');
  const first = Array.isArray(answer.results) ? answer.results[0] : undefined;
  const location = first?.geometry?.location;
  if (!first || typeof location?.lat !== 'number' || typeof location.lng !== 'number') throw new ProviderError('MALFORMED');
  if (!ADDRESS_LEVEL.has(String(first.geometry?.location_type))) return null;
  const hit: GeocodeHit = { lat: location.lat, lng: location.lng, provider: 'google' };
  if (typeof first.place_id === 'string') hit.placeId = first.place_id;
  return hit;
}

export function createGoogleGeocoder(options: GoogleGeocoderOptions): Geocoder {
  return {
    name: 'google',
    async geocode(queries: GeocodeQuery[], stats: CallStats): Promise<GeocodeOutcome> {
      const hits = new Map<string, GeocodeHit>();
      let degraded = false;
      await mapWithConcurrency(queries, options.concurrency, async (query) => {
        if (degraded) return;
        const params = new URLSearchParams({
          address: query.zip5 && !query.address.includes(query.zip5) ? `${query.address}, ${query.zip5}` : query.address,
          components: 'country:US',
          key: options.apiKey,
        });
        try {
          const text = await callWithRetry(`${options.baseUrl}/maps/api/geocode/json?${params}`, { method: 'GET' }, {
            fetch: options.fetch,
            retry: options.retry,
            onAttempt: () => stats.google++,
            retryBody: (body) => RETRY_STATUSES.has(statusOf(body) ?? ''),
          });
          const hit = readGoogleAnswer(text);
          if (hit) hits.set(query.key, hit);
        } catch (error) {
          // A malformed answer spoils one address; anything else (spent retries, a refused key) means the provider is down.
          if (!(error instanceof ProviderError && error.code === 'MALFORMED')) degraded = true;
        }
      });
      return { hits, degraded };
    },
  };
}

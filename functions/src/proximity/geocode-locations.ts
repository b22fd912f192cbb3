// This file places every location of a request: cache → online providers in order → ZIP centroid → unknown.
// Each distinct address is looked up once; ZIP-only locations never leave the process.
import { createHash } from 'node:crypto';
import type { GeocodeQuality, LatLng, ProximityLocation, ZipCentroidLookup } from '../../../src/domain/geo';
import type { CachedGeocode, GeocodeCache, GeocodeHit, Geocoder, GeocodeQuery } from '../ports/geocoder.port';
import type { CallStats, Logger } from '../ports/logger.port';

/** Google Maps terms: coordinates from Google may be cached for at most 30 days. */
export const GOOGLE_COORDINATES_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface Placed {
  point?: LatLng;
  quality: GeocodeQuality;
}

export interface GeocodeDeps {
  cache?: GeocodeCache;
  geocoders: Geocoder[];
  lookupZip: ZipCentroidLookup;
  logger: Logger;
  now: () => number;
  cacheTimeoutMs: number;
}

export interface GeocodeReport {
  placed: Placed[];
  counts: { addresses: number; cacheHits: number; google: number; census: number; zipCentroid: number; unknown: number };
  /** Providers that stopped answering during this request, in chain order. */
  degraded: string[];
  cacheUnavailable: boolean;
}

/** Lower case, punctuation to spaces, one space between words: "12  Main St." and "12 main st" share a cache entry. */
export function normalizeAddress(address: string): string {
  return address
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/** The cache key: a hash of the normalized address and ZIP, so no address is stored in clear as a document ID. */
export function geocodeCacheKey(address: string, zip5: string | undefined): string {
  return createHash('sha256').update(`v1|${normalizeAddress(address)}|${zip5 ?? ''}`).digest('hex');
}

/** The 5-digit ZIP of a location: its zip field, else the last ZIP-looking number in its address. */
export function zip5Of(location: ProximityLocation): string | undefined {
  const fromField = location.zip?.trim().slice(0, 5);
  if (fromField) return fromField;
  const matches = location.address?.match(/\b\d{5}(?:-\d{4})?\b/g);
  return matches?.[matches.length - 1]?.slice(0, 5);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function isFresh(entry: CachedGeocode, now: number): boolean {
  return entry.expiresAtMs === undefined || entry.expiresAtMs > now;
}

export async function geocodeLocations(locations: ProximityLocation[], deps: GeocodeDeps, stats: CallStats, requestId: string): Promise<GeocodeReport> {
  const counts = { addresses: 0, cacheHits: 0, google: 0, census: 0, zipCentroid: 0, unknown: 0 };
  const degraded: string[] = [];
  let cacheUnavailable = false;

  const queries = new Map<string, GeocodeQuery>();
  const keyOf = locations.map((location) => {
    const address = location.address?.trim();
    if (!address) return undefined;
    const zip5 = zip5Of(location);
    const key = geocodeCacheKey(address, zip5);
    if (!queries.has(key)) queries.set(key, zip5 ? { key, address, zip5 } : { key, address });
    return key;
  });
  counts.addresses = queries.size;

  const found = new Map<string, GeocodeHit>();
  if (queries.size > 0 && deps.cache) {
    try {
      const cached = await withTimeout(deps.cache.getMany([...queries.keys()]), deps.cacheTimeoutMs);
      const now = deps.now();
      for (const [key, entry] of cached) if (isFresh(entry, now)) found.set(key, entry);
      counts.cacheHits = found.size;
    } catch {
      cacheUnavailable = true;
      deps.logger.warn('geocode.cache_unavailable', { requestId, operation: 'read' });
    }
  }

  const fresh = new Map<string, CachedGeocode>();
  for (const geocoder of deps.geocoders) {
    const remaining = [...queries.values()].filter((query) => !found.has(query.key));
    if (remaining.length === 0) break;
    const outcome = await geocoder.geocode(remaining, stats);
    if (outcome.degraded) degraded.push(geocoder.name);
    const now = deps.now();
    for (const [key, hit] of outcome.hits) {
      found.set(key, hit);
      const entry: CachedGeocode = { ...hit, storedAtMs: now };
      if (hit.provider === 'google') entry.expiresAtMs = now + GOOGLE_COORDINATES_TTL_MS;
      fresh.set(key, entry);
    }
  }

  if (fresh.size > 0 && deps.cache && !cacheUnavailable) {
    try {
      await withTimeout(deps.cache.putMany(fresh), deps.cacheTimeoutMs);
    } catch {
      cacheUnavailable = true;
      deps.logger.warn('geocode.cache_unavailable', { requestId, operation: 'write' });
    }
  }

  const placed = locations.map((location, index): Placed => {
    const key = keyOf[index];
    const hit = key === undefined ? undefined : found.get(key);
    if (hit) {
      counts[hit.provider]++;
      return { point: { lat: hit.lat, lng: hit.lng }, quality: 'rooftop' };
    }
    const zip5 = zip5Of(location);
    const centroid = zip5 ? deps.lookupZip(zip5) : undefined;
    if (centroid) {
      counts.zipCentroid++;
      return { point: centroid, quality: 'zip-centroid' };
    }
    counts.unknown++;
    return { quality: 'unknown' };
  });
  return { placed, counts, degraded, cacheUnavailable };
}

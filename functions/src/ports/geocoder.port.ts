// This file is the geocoding port: online providers and the cache answer the same shape, so the chain can try them in order.
import type { LatLng } from '../../../src/domain/geo';
import type { CallStats } from './logger.port';

export type OnlineProvider = 'google' | 'census';

/** One distinct address to place. `key` is its cache key (a hash); the address itself never leaves this object in logs. */
export interface GeocodeQuery {
  key: string;
  address: string;
  zip5?: string;
}

/** An address-level match from an online provider. */
export interface GeocodeHit extends LatLng {
  provider: OnlineProvider;
  placeId?: string;
}

export interface GeocodeOutcome {
  hits: Map<string, GeocodeHit>;
  /** True when the provider stopped answering (after retries) and the remaining queries were left to the next one. */
  degraded: boolean;
}

export interface Geocoder {
  readonly name: OnlineProvider;
  geocode(queries: GeocodeQuery[], stats: CallStats): Promise<GeocodeOutcome>;
}

/** A cached match. Google coordinates carry an expiry (Maps terms: at most 30 days); Census matches do not. */
export interface CachedGeocode extends GeocodeHit {
  storedAtMs: number;
  expiresAtMs?: number;
}

export interface GeocodeCache {
  getMany(keys: string[]): Promise<Map<string, CachedGeocode>>;
  putMany(entries: Map<string, CachedGeocode>): Promise<void>;
}

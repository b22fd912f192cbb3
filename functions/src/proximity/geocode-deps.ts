// This file wires the geocoding chain from the deployed params: Firestore cache → Google (with a Maps key) → US Census
// (when switched on) → ZIP centroid. Proximity and intake both build it here, so they share one chain and one cache.
import type { Firestore } from 'firebase-admin/firestore';
import { censusGeocoder, censusGeocoderUrl, googleGeocodingUrl, LIMITS, mapsApiKey, readOptionalSecret } from '../config';
import { createCensusGeocoder } from '../adapters/census-geocoder';
import { FirestoreGeocodeCache } from '../adapters/firestore-geocode-cache';
import { createGoogleGeocoder } from '../adapters/google-geocoder';
import { createZipCentroidLookup } from '../adapters/zip-centroids';
import type { Geocoder } from '../ports/geocoder.port';
import type { Logger } from '../ports/logger.port';
import type { GeocodeDeps } from './geocode-locations';

/** The Google Maps key, or undefined when it is set to "none" (Google Geocoding and Routes are then off). */
export function readMapsApiKey(): string | undefined {
  return readOptionalSecret(mapsApiKey.value());
}

/** The chain as the params configure it; call from a function that declares the GOOGLE_MAPS_API_KEY secret. */
export function createGeocodeDeps(db: Firestore, logger: Logger, apiKey: string | undefined = readMapsApiKey()): GeocodeDeps {
  const retry = LIMITS.retry;
  const geocoders: Geocoder[] = [];
  if (apiKey) geocoders.push(createGoogleGeocoder({ baseUrl: googleGeocodingUrl.value(), apiKey, fetch, retry, concurrency: LIMITS.providerConcurrency }));
  if (censusGeocoder.value().trim().toLowerCase() === 'on') {
    geocoders.push(createCensusGeocoder({ baseUrl: censusGeocoderUrl.value(), fetch, retry, concurrency: LIMITS.providerConcurrency }));
  }
  return {
    cache: new FirestoreGeocodeCache(db),
    geocoders,
    lookupZip: createZipCentroidLookup(),
    logger,
    now: Date.now,
    cacheTimeoutMs: LIMITS.cacheTimeoutMs,
  };
}

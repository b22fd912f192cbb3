// This file deploys the proximity endpoint: it reads the params once per instance and wires the real adapters.
import { randomUUID } from 'node:crypto';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { onRequest } from 'firebase-functions/v2/https';
import {
  addonClientId,
  allowedCallerEmails,
  censusGeocoder,
  censusGeocoderUrl,
  googleGeocodingUrl,
  googleRoutesUrl,
  idTokenCertsUrl,
  LIMITS,
  mapsApiKey,
  proximityMaxLocations,
  readEmailList,
  readOptionalSecret,
  readPositiveInt,
} from '../config';
import { createCensusGeocoder } from '../adapters/census-geocoder';
import { FirestoreGeocodeCache } from '../adapters/firestore-geocode-cache';
import { cloudLogger } from '../adapters/functions-logger';
import { createGoogleGeocoder } from '../adapters/google-geocoder';
import { createGoogleRoutes } from '../adapters/google-routes';
import { createCallerVerifier, googleKeySource } from '../adapters/id-token-verifier';
import { createZipCentroidLookup } from '../adapters/zip-centroids';
import type { Geocoder } from '../ports/geocoder.port';
import { createProximityHandler, HttpRequestLike, HttpResponseLike } from '../proximity/proximity-http';

/** Certificates must come over https; plain http is accepted only on loopback (the emulator's stand-in). */
function checkedCertsUrl(raw: string): string {
  const url = new URL(raw);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw new Error('ID_TOKEN_CERTS_URL must use https');
  return url.toString();
}

function buildHandler() {
  const apiKey = readOptionalSecret(mapsApiKey.value());
  const retry = LIMITS.retry;
  const geocoders: Geocoder[] = [];
  if (apiKey) geocoders.push(createGoogleGeocoder({ baseUrl: googleGeocodingUrl.value(), apiKey, fetch, retry, concurrency: LIMITS.providerConcurrency }));
  if (censusGeocoder.value().trim().toLowerCase() === 'on') {
    geocoders.push(createCensusGeocoder({ baseUrl: censusGeocoderUrl.value(), fetch, retry, concurrency: LIMITS.providerConcurrency }));
  }
  const app = getApps()[0] ?? initializeApp();
  return createProximityHandler({
    checkCaller: createCallerVerifier({
      audience: addonClientId.value().trim(),
      allowedEmails: readEmailList(allowedCallerEmails.value()),
      keys: googleKeySource(checkedCertsUrl(idTokenCertsUrl.value())),
    }),
    proximity: {
      cache: new FirestoreGeocodeCache(getFirestore(app)),
      geocoders,
      lookupZip: createZipCentroidLookup(),
      logger: cloudLogger,
      now: Date.now,
      cacheTimeoutMs: LIMITS.cacheTimeoutMs,
      routes: apiKey ? createGoogleRoutes({ baseUrl: googleRoutesUrl.value(), apiKey, fetch, retry }) : undefined,
      concurrency: LIMITS.routesConcurrency,
    },
    maxLocations: readPositiveInt(proximityMaxLocations.value(), 1000),
    maxBodyBytes: LIMITS.maxBodyBytes,
    logger: cloudLogger,
    newRequestId: randomUUID,
    clock: () => performance.now(),
  });
}

let handler: ReturnType<typeof createProximityHandler> | undefined;

/** POST JSON { origins, destinations } with "Authorization: Bearer <Google ID token>"; see src/domain/geo.ts for the shapes. */
export const proximity = onRequest({ cors: false, secrets: [mapsApiKey], timeoutSeconds: 300, memory: '512MiB' }, async (request, response) => {
  handler ??= buildHandler();
  await handler(request as HttpRequestLike, response as unknown as HttpResponseLike);
});

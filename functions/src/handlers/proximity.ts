// This file deploys the proximity endpoint: it reads the params once per instance and wires the real adapters.
import { randomUUID } from 'node:crypto';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { onRequest } from 'firebase-functions/v2/https';
import { googleRoutesUrl, LIMITS, mapsApiKey, proximityMaxLocations, readPositiveInt } from '../config';
import { cloudLogger } from '../adapters/functions-logger';
import { createGoogleRoutes } from '../adapters/google-routes';
import { buildCallerCheck } from './caller-check';
import { createGeocodeDeps, readMapsApiKey } from '../proximity/geocode-deps';
import { createProximityHandler, PairBudget } from '../proximity/proximity-http';
import type { HttpRequestLike, HttpResponseLike } from './http-endpoint';
import { MAX_PROXIMITY_LOCATIONS, MAX_PROXIMITY_PAIRS, MAX_PROXIMITY_PAIRS_PER_MINUTE } from '../../../src/domain/proximity-limits';

function buildHandler() {
  const apiKey = readMapsApiKey();
  const app = getApps()[0] ?? initializeApp();
  return createProximityHandler({
    checkCaller: buildCallerCheck(),
    proximity: {
      ...createGeocodeDeps(getFirestore(app), cloudLogger, apiKey),
      routes: apiKey ? createGoogleRoutes({ baseUrl: googleRoutesUrl.value(), apiKey, fetch, retry: LIMITS.retry }) : undefined,
      concurrency: LIMITS.routesConcurrency,
    },
    maxLocations: readPositiveInt(proximityMaxLocations.value(), MAX_PROXIMITY_LOCATIONS),
    maxPairs: MAX_PROXIMITY_PAIRS,
    pairsPerMinute: new PairBudget(MAX_PROXIMITY_PAIRS_PER_MINUTE, () => Date.now()),
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

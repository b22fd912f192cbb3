// This file deploys the proximity endpoint: it reads the params once per instance and wires the real adapters.
import { randomUUID } from 'node:crypto';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { onRequest } from 'firebase-functions/v2/https';
import { addonClientId, allowedCallerEmails, googleRoutesUrl, idTokenCertsUrl, LIMITS, mapsApiKey, proximityMaxLocations, readEmailList, readPositiveInt } from '../config';
import { cloudLogger } from '../adapters/functions-logger';
import { createGoogleRoutes } from '../adapters/google-routes';
import { createCallerVerifier, googleKeySource } from '../adapters/id-token-verifier';
import { createGeocodeDeps, readMapsApiKey } from '../proximity/geocode-deps';
import { createProximityHandler, HttpRequestLike, HttpResponseLike } from '../proximity/proximity-http';

/** Certificates must come over https; plain http is accepted only on loopback (the emulator's stand-in). */
function checkedCertsUrl(raw: string): string {
  const url = new URL(raw);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw new Error('ID_TOKEN_CERTS_URL must use https');
  return url.toString();
}

function buildHandler() {
  const apiKey = readMapsApiKey();
  const app = getApps()[0] ?? initializeApp();
  return createProximityHandler({
    checkCaller: createCallerVerifier({
      audience: addonClientId.value().trim(),
      allowedEmails: readEmailList(allowedCallerEmails.value()),
      keys: googleKeySource(checkedCertsUrl(idTokenCertsUrl.value())),
    }),
    proximity: {
      ...createGeocodeDeps(getFirestore(app), cloudLogger, apiKey),
      routes: apiKey ? createGoogleRoutes({ baseUrl: googleRoutesUrl.value(), apiKey, fetch, retry: LIMITS.retry }) : undefined,
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

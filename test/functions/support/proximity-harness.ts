// This file wires the proximity endpoint in-process for tests: real adapters pointed at the loopback maps fake,
// a local token issuer, a capturing logger, and Express-like request/response objects.
import { createCensusGeocoder } from '../../../functions/src/adapters/census-geocoder';
import { createGoogleGeocoder } from '../../../functions/src/adapters/google-geocoder';
import { createGoogleRoutes } from '../../../functions/src/adapters/google-routes';
import type { RetryPolicy } from '../../../functions/src/adapters/http-client';
import { createCallerVerifier } from '../../../functions/src/adapters/id-token-verifier';
import { MemoryGeocodeCache } from '../../../functions/src/adapters/memory-geocode-cache';
import { createZipCentroidLookup } from '../../../functions/src/adapters/zip-centroids';
import type { GeocodeCache, Geocoder } from '../../../functions/src/ports/geocoder.port';
import type { LogFields, Logger } from '../../../functions/src/ports/logger.port';
import { createProximityHandler, PairBudget } from '../../../functions/src/proximity/proximity-http';
import type { HttpRequestLike } from '../../../functions/src/handlers/http-endpoint';
import { MapsFake } from '../../fakes/geo/maps-fake';
import { TokenIssuer } from '../../fakes/geo/id-tokens';

export const AUDIENCE = 'test-client.apps.googleusercontent.com';
export const ALLOWED = ['coordinator@example.org', '@mcil.example'];
// Short backoff, but production's per-attempt timeout: tests count provider calls, and a loopback answer slowed by a
// busy machine must not time out and be asked again. The timeout test sets its own short policy.
export const FAST_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 8000 };

export const lookupZip = createZipCentroidLookup();

export class CapturingLogger implements Logger {
  readonly lines: { level: string; event: string; fields: LogFields }[] = [];
  info(event: string, fields: LogFields) {
    this.lines.push({ level: 'info', event, fields });
  }
  warn(event: string, fields: LogFields) {
    this.lines.push({ level: 'warn', event, fields });
  }
  error(event: string, fields: LogFields) {
    this.lines.push({ level: 'error', event, fields });
  }
  text(): string {
    return JSON.stringify(this.lines);
  }
  last(event: string): LogFields | undefined {
    return [...this.lines].reverse().find((line) => line.event === event)?.fields;
  }
}

export interface HarnessOptions {
  google?: boolean;
  census?: boolean;
  routes?: boolean;
  cache?: GeocodeCache | null;
  retry?: RetryPolicy;
  maxLocations?: number;
  maxPairs?: number;
  pairsPerMinute?: number;
  maxBodyBytes?: number;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function makeHarness(fake: MapsFake, issuer: TokenIssuer, options: HarnessOptions = {}) {
  const logger = new CapturingLogger();
  const retry = options.retry ?? FAST_RETRY;
  const cache = options.cache === null ? undefined : (options.cache ?? new MemoryGeocodeCache());
  const geocoders: Geocoder[] = [];
  if (options.google ?? true) geocoders.push(createGoogleGeocoder({ baseUrl: fake.url, apiKey: 'fake-key', fetch, retry, concurrency: 8 }));
  if (options.census ?? true) geocoders.push(createCensusGeocoder({ baseUrl: fake.url, fetch, retry, concurrency: 8 }));
  let ids = 0;
  const handler = createProximityHandler({
    checkCaller: createCallerVerifier({ audience: AUDIENCE, allowedEmails: ALLOWED, keys: async () => issuer.keys() }),
    proximity: {
      cache,
      geocoders,
      lookupZip,
      logger,
      now: Date.now,
      cacheTimeoutMs: 300,
      routes: options.routes ? createGoogleRoutes({ baseUrl: fake.url, apiKey: 'fake-key', fetch, retry }) : undefined,
      concurrency: 4,
    },
    maxLocations: options.maxLocations ?? 1000,
    ...(options.maxPairs ? { maxPairs: options.maxPairs } : {}),
    ...(options.pairsPerMinute ? { pairsPerMinute: new PairBudget(options.pairsPerMinute, () => performance.now()) } : {}),
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    logger,
    newRequestId: () => `req-${++ids}`,
    clock: () => performance.now(),
  });

  async function call(body: unknown, init: { token?: string | null; method?: string; raw?: string } = {}): Promise<Reply> {
    const token = init.token === undefined ? issuer.sign({}, AUDIENCE) : init.token;
    const raw = init.raw ?? JSON.stringify(body);
    const request: HttpRequestLike = {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      rawBody: Buffer.from(raw, 'utf8'),
    };
    const reply: Reply = { status: 0, headers: {}, body: undefined };
    const response = {
      status(code: number) {
        reply.status = code;
        return response;
      },
      set(field: string, value: string) {
        reply.headers[field.toLowerCase()] = value;
        return response;
      },
      json(value: unknown) {
        reply.body = JSON.parse(JSON.stringify(value));
      },
    };
    await handler(request, response);
    return reply;
  }

  return { call, logger, cache };
}

/** A location helper: `aPlace('c1', { zip: '55104' })`. */
export function aPlace(id: string, fields: { address?: string; zip?: string; mode?: 'drive' | 'transit' | 'paratransit' | 'walk' } = {}) {
  return { id, mode: fields.mode ?? 'drive', ...(fields.address !== undefined ? { address: fields.address } : {}), ...(fields.zip !== undefined ? { zip: fields.zip } : {}) };
}

/** Twin Cities ZIPs that exist in the centroid data. */
export const METRO_ZIPS = ['55101', '55102', '55103', '55104', '55105', '55106', '55107', '55108', '55116', '55117', '55119', '55130', '55401', '55403', '55404', '55405', '55406', '55407', '55408', '55409', '55410', '55411', '55412', '55413', '55414', '55417', '55418', '55419'];

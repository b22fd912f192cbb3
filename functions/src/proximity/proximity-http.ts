// This file is the proximity endpoint without the framework: caller check, limits, body check, answer, one log line.
// Rejections (401/403/405/413/400) happen before anything is read, cached or sent to a provider.
import type { CallerCheck } from '../adapters/id-token-verifier';
import { CallStats, Logger, newCallStats } from '../ports/logger.port';
import { computeProximity, ProximityDeps } from './compute-proximity';
import { MAX_PROXIMITY_PAIRS } from '../../../src/domain/proximity-limits';
import { parseProximityRequest } from './proximity-request';

/** The parts of an Express request the endpoint reads (firebase-functions passes an Express request). */
export interface HttpRequestLike {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  rawBody?: Buffer;
}

export interface HttpResponseLike {
  status(code: number): HttpResponseLike;
  set(field: string, value: string): HttpResponseLike;
  json(body: unknown): void;
}

/** Pairs each caller asked for in the last minute (per instance: a bound on cost, not an exact quota). */
export class PairBudget {
  private readonly taken = new Map<string, { at: number; pairs: number }[]>();

  constructor(
    readonly perMinute: number,
    private readonly clock: () => number,
  ) {}

  /** Counts the pairs against the caller's minute, or says no (counting nothing) when they would not fit. */
  take(caller: string, pairs: number): boolean {
    const now = this.clock();
    const recent = (this.taken.get(caller) ?? []).filter((entry) => entry.at > now - 60_000);
    if (recent.reduce((sum, entry) => sum + entry.pairs, 0) + pairs > this.perMinute) {
      this.taken.set(caller, recent);
      return false;
    }
    recent.push({ at: now, pairs });
    this.taken.set(caller, recent);
    return true;
  }
}

export interface ProximityHttpDeps {
  checkCaller: (authorization: string | undefined) => Promise<CallerCheck>;
  proximity: ProximityDeps;
  maxLocations: number;
  /** Origins × destinations per request, and per caller per minute (each pair may be a billable Routes element). */
  maxPairs?: number;
  pairsPerMinute?: PairBudget;
  maxBodyBytes: number;
  logger: Logger;
  newRequestId: () => string;
  clock: () => number;
}

/** The sentence for each caller-check refusal; every endpoint the add-on calls answers with these. */
export const AUTH_MESSAGES: Record<string, string> = {
  'AUTH.MISSING_TOKEN': 'Sign-in is required: send a Google ID token as "Authorization: Bearer …".',
  'AUTH.BAD_TOKEN': 'The sign-in token is not valid here (expired, for another app, or not from Google).',
  'AUTH.NOT_CONFIGURED': 'The service is not set up yet: ADDON_OAUTH_CLIENT_ID and ALLOWED_CALLER_EMAILS must be set.',
  'AUTH.KEYS_UNAVAILABLE': 'Sign-in cannot be checked right now; try again in a minute.',
  'AUTH.EMAIL_NOT_VERIFIED': 'This Google account has no verified email address.',
  'AUTH.NOT_ALLOWED': 'This Google account is not on the list of people allowed to use this service.',
};

export function header(request: HttpRequestLike, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function readBody(request: HttpRequestLike): { ok: true; value: unknown } | { ok: false } {
  if (!request.rawBody) return { ok: true, value: request.body };
  try {
    return { ok: true, value: JSON.parse(request.rawBody.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

export function bodyBytes(request: HttpRequestLike): number {
  if (request.rawBody) return request.rawBody.length;
  const declared = Number(header(request, 'content-length'));
  return Number.isFinite(declared) ? declared : 0;
}

export function createProximityHandler(deps: ProximityHttpDeps): (request: HttpRequestLike, response: HttpResponseLike) => Promise<void> {
  return async (request, response) => {
    const started = deps.clock();
    const requestId = deps.newRequestId();
    response.set('X-Request-Id', requestId).set('Cache-Control', 'no-store');
    const reject = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => {
      deps.logger.warn('proximity.rejected', { requestId, status, code });
      response.status(status).json({ requestId, code, message, ...extra });
    };

    const caller = await deps.checkCaller(header(request, 'authorization'));
    if (!caller.ok) {
      if (caller.status === 401) response.set('WWW-Authenticate', 'Bearer');
      return reject(caller.status, caller.code, AUTH_MESSAGES[caller.code] ?? 'Not allowed.');
    }
    if (request.method !== 'POST') {
      response.set('Allow', 'POST');
      return reject(405, 'REQUEST.METHOD', 'Send the request with POST.');
    }
    if (bodyBytes(request) > deps.maxBodyBytes) {
      return reject(413, 'REQUEST.TOO_LARGE', `The request body is larger than ${deps.maxBodyBytes} bytes; send fewer locations per request.`);
    }
    const body = readBody(request);
    if (!body.ok) return reject(400, 'REQUEST.INVALID', 'The request is not valid JSON.', { problems: ['body: not valid JSON'] });
    const maxPairs = deps.maxPairs ?? MAX_PROXIMITY_PAIRS;
    const parsed = parseProximityRequest(body.value, deps.maxLocations, maxPairs);
    if (!parsed.ok && parsed.code === 'REQUEST.TOO_MANY_PAIRS') {
      return reject(400, parsed.code, `At most ${maxPairs} origin–destination pairs per request; split the request.`, { problems: parsed.problems, maxPairs });
    }
    if (!parsed.ok) return reject(400, 'REQUEST.INVALID', 'The request has problems; see the list.', { problems: parsed.problems });
    const pairs = parsed.request.origins.length * parsed.request.destinations.length;
    if (deps.pairsPerMinute && !deps.pairsPerMinute.take(caller.email, pairs)) {
      response.set('Retry-After', '60');
      const limit = deps.pairsPerMinute.perMinute;
      return reject(429, 'REQUEST.PAIR_BUDGET', `At most ${limit} origin–destination pairs per minute for one account; try again in a minute.`, { pairsPerMinute: limit });
    }

    const stats: CallStats = newCallStats();
    try {
      const { response: answer, geocode, travel } = await computeProximity(parsed.request, deps.proximity, stats, requestId);
      deps.logger.info('proximity.done', {
        requestId,
        origins: parsed.request.origins.length,
        destinations: parsed.request.destinations.length,
        pairs: answer.pairs.length,
        addresses: geocode.counts.addresses,
        cacheHits: geocode.counts.cacheHits,
        placedGoogle: geocode.counts.google,
        placedCensus: geocode.counts.census,
        placedZipCentroid: geocode.counts.zipCentroid,
        placedUnknown: geocode.counts.unknown,
        cacheUnavailable: geocode.cacheUnavailable,
        degraded: geocode.degraded.join(',') || undefined,
        routesDegraded: travel.routesDegraded,
        pairsRoutes: travel.counts.routes,
        pairsEstimate: travel.counts.estimate,
        pairsUnknown: travel.counts.unknown,
        callsGoogleGeocoding: stats.google,
        callsCensus: stats.census,
        callsRoutes: stats.routes,
        ms: Math.round(deps.clock() - started),
      });
      response.status(200).json(answer);
    } catch (error) {
      // The error's message could quote provider text; only its class name is logged.
      deps.logger.error('proximity.failed', { requestId, error: error instanceof Error ? error.name : 'unknown' });
      response.status(500).json({ requestId, code: 'INTERNAL', message: 'Something went wrong; the request ID helps us find out what.' });
    }
  };
}

// This file is the proximity endpoint without the framework: caller check, limits, body check, answer, one log line.
// Rejections (401/403/405/413/400) happen before anything is read, cached or sent to a provider.
import { AdmitDeps, admitJsonPost, HttpRequestLike, HttpResponseLike } from '../handlers/http-endpoint';
import { CallStats, newCallStats } from '../ports/logger.port';
import { computeProximity, ProximityDeps } from './compute-proximity';
import { MAX_PROXIMITY_PAIRS } from '../../../src/domain/proximity-limits';
import { parseProximityRequest } from './proximity-request';

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

export interface ProximityHttpDeps extends AdmitDeps {
  proximity: ProximityDeps;
  maxLocations: number;
  /** Origins × destinations per request, and per caller per minute (each pair may be a billable Routes element). */
  maxPairs?: number;
  pairsPerMinute?: PairBudget;
  clock: () => number;
}

export function createProximityHandler(deps: ProximityHttpDeps): (request: HttpRequestLike, response: HttpResponseLike) => Promise<void> {
  return async (request, response) => {
    const started = deps.clock();
    const admitted = await admitJsonPost(request, response, deps, 'proximity', (max) => `The request body is larger than ${max} bytes; send fewer locations per request.`);
    if (!admitted) return;
    const { requestId, reject, caller, body } = admitted;
    const maxPairs = deps.maxPairs ?? MAX_PROXIMITY_PAIRS;
    const parsed = parseProximityRequest(body, deps.maxLocations, maxPairs);
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

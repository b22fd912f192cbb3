// This file calls the proximity function from the add-on (or any other host): it builds the request from
// consumer–mentor pairs, sends it with an injected fetch-like function, and reads the answer back into pair order.
// It has no globals: Apps Script passes a wrapper over UrlFetchApp and ScriptApp.getIdentityToken.
import type { Proximity, ProximityLocation, ProximityRequest, ProximityResponse } from '../../domain/geo';
import type { TravelMode } from '../../domain/model';
import { MAX_PROXIMITY_LOCATIONS, MAX_PROXIMITY_PAIRS } from '../../domain/proximity-limits';
import type { HttpPost } from '../../ports/http.port';
import type { ProximityPort, ProximityQuery } from '../../ports/proximity.port';

export interface ProximityClientOptions {
  url: string;
  post: HttpPost;
  /** A fresh Google ID token for the signed-in user (ScriptApp.getIdentityToken() in Apps Script). */
  idToken: () => string;
  /** Origins plus destinations per call; the function's PROXIMITY_MAX_LOCATIONS (default 1000). */
  maxLocations?: number;
  /** Origins × destinations per call; the function's cap. */
  maxPairs?: number;
}

export class ProximityCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProximityCallError';
  }
}

interface Planned {
  request: ProximityRequest;
  /** For each query, where its answer is: origin and destination ids in the request. */
  lookup: { fromId: string; toId: string }[];
}

const trimmed = (value: string | null | undefined) => (value ?? '').trim();

function locationOf(id: string, address: string, zip: string, mode: TravelMode): ProximityLocation {
  const location: ProximityLocation = { id, mode };
  if (address) location.address = address;
  if (zip) location.zip = zip;
  return location;
}

/**
 * Builds one request from pairs. Each distinct consumer (with its mode) becomes one origin and each distinct mentor
 * one destination; ids are positions ("o3", "d7"), so no record ID leaves the workbook either.
 */
export function buildProximityRequest(queries: readonly ProximityQuery[]): Planned {
  const origins = new Map<string, ProximityLocation>();
  const destinations = new Map<string, ProximityLocation>();
  const lookup = queries.map((query) => {
    const fromKey = originKey(query);
    const toKey = destinationKey(query);
    if (!origins.has(fromKey)) origins.set(fromKey, locationOf(`o${origins.size}`, trimmed(query.fromAddress), trimmed(query.fromZip), query.mode));
    if (!destinations.has(toKey)) destinations.set(toKey, locationOf(`d${destinations.size}`, trimmed(query.toAddress), trimmed(query.toZip), 'drive'));
    return { fromId: origins.get(fromKey)!.id, toId: destinations.get(toKey)!.id };
  });
  return { request: { origins: [...origins.values()], destinations: [...destinations.values()] }, lookup };
}

/** Reads an answer into one Proximity per query, in query order; a pair missing from the answer is `unknown`. */
export function readProximityResponse(status: number, body: string, lookup: Planned['lookup']): Proximity[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new ProximityCallError('PROXIMITY.BAD_ANSWER', 'The proximity service sent an answer that could not be read.', status);
  }
  if (status !== 200) {
    const error = parsed as { code?: unknown; message?: unknown };
    throw new ProximityCallError(
      typeof error?.code === 'string' ? error.code : 'PROXIMITY.FAILED',
      typeof error?.message === 'string' ? error.message : `The proximity service answered with HTTP ${status}.`,
      status,
    );
  }
  const answer = parsed as Partial<ProximityResponse>;
  if (!Array.isArray(answer.pairs)) throw new ProximityCallError('PROXIMITY.BAD_ANSWER', 'The proximity service sent an answer without pairs.', status);
  const byPair = new Map(answer.pairs.map((pair) => [`${pair.fromId}\u0000${pair.toId}`, pair]));
  return lookup.map(({ fromId, toId }) => {
    const pair = byPair.get(`${fromId}\u0000${toId}`);
    return pair ? { distanceKm: pair.distanceKm, travelMinutes: pair.travelMinutes, source: pair.source } : { distanceKm: null, travelMinutes: null, source: 'unknown' };
  });
}

const originKey = (query: ProximityQuery) => JSON.stringify([trimmed(query.fromAddress), trimmed(query.fromZip), query.mode]);
const destinationKey = (query: ProximityQuery) => JSON.stringify([trimmed(query.toAddress), trimmed(query.toZip)]);

/** Splits queries so that each call's distinct origins plus destinations, and origins × destinations, stay within the limits. */
function splitQueries(queries: readonly ProximityQuery[], maxLocations: number, maxPairs: number): ProximityQuery[][] {
  const groups: ProximityQuery[][] = [];
  let current: ProximityQuery[] = [];
  let origins = new Set<string>();
  let destinations = new Set<string>();
  for (const query of queries) {
    const newOrigin = origins.has(originKey(query)) ? 0 : 1;
    const newDestination = destinations.has(destinationKey(query)) ? 0 : 1;
    const tooMany = origins.size + destinations.size + newOrigin + newDestination > maxLocations || (origins.size + newOrigin) * (destinations.size + newDestination) > maxPairs;
    if (current.length > 0 && tooMany) {
      groups.push(current);
      current = [];
      origins = new Set();
      destinations = new Set();
    }
    current.push(query);
    origins.add(originKey(query));
    destinations.add(destinationKey(query));
  }
  if (current.length) groups.push(current);
  return groups;
}

/** The ProximityPort over the function: one call per group of pairs; throws ProximityCallError when a call fails. */
export function createProximityClient(options: ProximityClientOptions): ProximityPort {
  return {
    measure(queries) {
      if (queries.length === 0) return [];
      const results: Proximity[] = [];
      for (const group of splitQueries(queries, options.maxLocations ?? MAX_PROXIMITY_LOCATIONS, options.maxPairs ?? MAX_PROXIMITY_PAIRS)) {
        const { request, lookup } = buildProximityRequest(group);
        const reply = options.post(options.url, {
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.idToken()}` },
          body: JSON.stringify(request),
        });
        results.push(...readProximityResponse(reply.status, reply.body, lookup));
      }
      return results;
    },
  };
}

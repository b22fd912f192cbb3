// This file checks a proximity request body and lists everything wrong with it, each with where it is.
import { z } from 'zod';
import type { ProximityRequest } from '../../../src/domain/geo';
import { MAX_PROXIMITY_PAIRS } from '../../../src/domain/proximity-limits';

const location = z.strictObject({
  id: z.string().trim().min(1, 'needs an id').max(200, 'id is longer than 200 characters'),
  address: z.string().max(500, 'address is longer than 500 characters').optional(),
  zip: z
    .string()
    .trim()
    .regex(/^(\d{5}(-?\d{4})?)?$/, 'zip must be a 5-digit ZIP code (or ZIP+4)')
    .optional(),
  mode: z.enum(['drive', 'transit', 'paratransit', 'walk'], { message: 'mode must be drive, transit, paratransit or walk' }),
});

const body = z.strictObject({
  origins: z.array(location).min(1, 'needs at least one origin'),
  destinations: z.array(location).min(1, 'needs at least one destination'),
});

export type ParseResult = { ok: true; request: ProximityRequest } | { ok: false; problems: string[]; code?: 'REQUEST.TOO_MANY_PAIRS' };

const MAX_PROBLEMS = 50;

function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '') || 'body';
}

function duplicateIds(list: { id: string }[], name: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  list.forEach((item, index) => {
    if (seen.has(item.id)) problems.push(`${name}[${index}].id: repeats an id used earlier in ${name}`);
    seen.add(item.id);
  });
  return problems;
}

/** Validates a parsed JSON body; the location and pair caps are checked first so a huge body is not walked item by item. */
export function parseProximityRequest(input: unknown, maxLocations: number, maxPairs = MAX_PROXIMITY_PAIRS): ParseResult {
  if (typeof input === 'object' && input !== null) {
    const { origins, destinations } = input as { origins?: unknown; destinations?: unknown };
    const from = Array.isArray(origins) ? origins.length : 0;
    const to = Array.isArray(destinations) ? destinations.length : 0;
    if (from + to > maxLocations) return { ok: false, problems: [`too many locations: ${from + to} sent, at most ${maxLocations} per request`] };
    if (from * to > maxPairs) {
      return { ok: false, code: 'REQUEST.TOO_MANY_PAIRS', problems: [`too many pairs: ${from} origins × ${to} destinations = ${from * to}, at most ${maxPairs} per request`] };
    }
  }
  const parsed = body.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`);
    return { ok: false, problems: problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`] : problems };
  }
  const request = parsed.data as ProximityRequest;
  const problems = [...duplicateIds(request.origins, 'origins'), ...duplicateIds(request.destinations, 'destinations')];
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, request };
}

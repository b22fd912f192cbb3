// Tests the add-on side of the proximity call: the request it builds, the endpoint's answer read back in pair order.
import { buildProximityRequest, createProximityClient, ProximityCallError, readProximityResponse } from '../../src/adapters/http/proximity-client';
import type { ProximityQuery } from '../../src/ports/proximity.port';
import { TokenIssuer } from '../fakes/geo/id-tokens';
import { MapsFake } from '../fakes/geo/maps-fake';
import { lookupZip, makeHarness } from './support/proximity-harness';

const aQuery = (fields: Partial<ProximityQuery> = {}): ProximityQuery => ({ consumerId: 'C-1', mentorId: 'M-1', fromZip: '55104', toZip: '55101', mode: 'drive', ...fields });

it('sends each person once, under position ids, with no record IDs', () => {
  const { request, lookup } = buildProximityRequest([
    aQuery(),
    aQuery({ mentorId: 'M-2', toZip: '55419', toAddress: '12 Main St' }),
    aQuery({ consumerId: 'C-2', fromZip: '55105', mode: 'paratransit' }),
  ]);
  expect(request.origins).toEqual([{ id: 'o0', zip: '55104', mode: 'drive' }, { id: 'o1', zip: '55105', mode: 'paratransit' }]);
  expect(request.destinations).toEqual([{ id: 'd0', zip: '55101', mode: 'drive' }, { id: 'd1', zip: '55419', address: '12 Main St', mode: 'drive' }]);
  expect(lookup).toEqual([{ fromId: 'o0', toId: 'd0' }, { fromId: 'o0', toId: 'd1' }, { fromId: 'o1', toId: 'd0' }]);
  expect(JSON.stringify(request)).not.toMatch(/C-1|M-1/);
});

it('reads the endpoint answer back into query order', async () => {
  const fake = new MapsFake({ lookupZip });
  await fake.start();
  try {
    const { call } = makeHarness(fake, new TokenIssuer(), { google: false, census: false });
    const queries = [aQuery(), aQuery({ toZip: '00000' }), aQuery({ fromZip: '55419' })];
    const { request, lookup } = buildProximityRequest(queries);
    const reply = await call(request);
    const results = readProximityResponse(reply.status, JSON.stringify(reply.body), lookup);
    expect(results.map((r) => r.source)).toEqual(['estimate', 'unknown', 'estimate']);
    expect(results[2]!.distanceKm!).toBeGreaterThan(results[0]!.distanceKm!);
  } finally {
    await fake.stop();
  }
});

it('turns a refusal into an error with the service code', () => {
  expect(() => readProximityResponse(403, JSON.stringify({ code: 'AUTH.NOT_ALLOWED', message: 'not on the list' }), [])).toThrow(
    expect.objectContaining({ code: 'AUTH.NOT_ALLOWED', status: 403 }) as unknown as Error,
  );
  expect(() => readProximityResponse(502, '<html>', [])).toThrow(ProximityCallError);
});

it('splits calls to stay within the location limit and sends the ID token', () => {
  const calls: { origins: number; destinations: number; auth: string }[] = [];
  const client = createProximityClient({
    url: 'https://example.test/proximity',
    idToken: () => 'token-1',
    maxLocations: 8,
    post: (_url, { headers, body }) => {
      const request = JSON.parse(body) as { origins: { id: string }[]; destinations: { id: string }[] };
      calls.push({ origins: request.origins.length, destinations: request.destinations.length, auth: headers.authorization! });
      const pairs = request.origins.flatMap((o) => request.destinations.map((d) => ({ fromId: o.id, toId: d.id, mode: 'drive', distanceKm: 1, travelMinutes: 5, source: 'estimate' })));
      return { status: 200, body: JSON.stringify({ requestId: 'r', pairs, locations: [], notes: [] }) };
    },
  });
  const queries = Array.from({ length: 4 }, (_, c) => Array.from({ length: 6 }, (_, m) => aQuery({ fromZip: `5510${c}`, toZip: `5540${m}` }))).flat();
  const results = client.measure(queries);
  expect(results).toHaveLength(24);
  expect(calls.every((c) => c.origins + c.destinations <= 8 && c.auth === 'Bearer token-1')).toBe(true);
  expect(calls.length).toBeGreaterThan(1);
});

it('splits calls to stay within the pair limit (origins × destinations)', () => {
  const calls: number[] = [];
  const client = createProximityClient({
    url: 'https://example.test/proximity',
    idToken: () => 'token-1',
    maxPairs: 10,
    post: (_url, { body }) => {
      const request = JSON.parse(body) as { origins: { id: string }[]; destinations: { id: string }[] };
      calls.push(request.origins.length * request.destinations.length);
      const pairs = request.origins.flatMap((o) => request.destinations.map((d) => ({ fromId: o.id, toId: d.id, mode: 'drive', distanceKm: 1, travelMinutes: 5, source: 'estimate' })));
      return { status: 200, body: JSON.stringify({ requestId: 'r', pairs, locations: [], notes: [] }) };
    },
  });
  const queries = Array.from({ length: 5 }, (_, c) => Array.from({ length: 5 }, (_, m) => aQuery({ fromZip: `5510${c}`, toZip: `5540${m}` }))).flat();
  expect(client.measure(queries)).toHaveLength(25);
  expect(Math.max(...calls)).toBeLessThanOrEqual(10);
  expect(calls.length).toBeGreaterThanOrEqual(3);
});

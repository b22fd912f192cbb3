// Tests travel times through Google Routes: blocks that respect the per-call element limits (counted at the fake),
// bounded fan-out, paratransit always estimated, and estimates when Routes does not answer.
import fc from 'fast-check';
import { planMatrixBlocks } from '../../functions/src/proximity/route-matrix-plan';
import { TokenIssuer } from '../fakes/geo/id-tokens';
import { MapsFake } from '../fakes/geo/maps-fake';
import { aPlace, lookupZip, makeHarness, METRO_ZIPS } from './support/proximity-harness';

const issuer = new TokenIssuer();
const fake = new MapsFake({ lookupZip });

beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

const zipAt = (i: number) => METRO_ZIPS[i % METRO_ZIPS.length]!;
const people = (prefix: string, count: number, mode: 'drive' | 'transit' | 'paratransit' | 'walk' = 'drive') =>
  Array.from({ length: count }, (_, i) => aPlace(`${prefix}${i}`, { zip: zipAt(i * 7 + prefix.length), mode }));

describe('planMatrixBlocks', () => {
  it('covers every element exactly once within the limit, in the fewest calls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 80 }), fc.constantFrom(100, 625), (origins, destinations, limit) => {
        const blocks = planMatrixBlocks(origins, destinations, limit);
        const seen = new Uint8Array(origins * destinations);
        for (const b of blocks) {
          expect((b.originEnd - b.originStart) * (b.destinationEnd - b.destinationStart)).toBeLessThanOrEqual(limit);
          for (let o = b.originStart; o < b.originEnd; o++) for (let d = b.destinationStart; d < b.destinationEnd; d++) seen[o * destinations + d]!++;
        }
        expect(seen.every((count) => count === 1)).toBe(true);
        expect(blocks.length).toBeGreaterThanOrEqual(Math.ceil((origins * destinations) / limit));
      }),
    );
  });

  it('needs 2 calls for 30 × 40 driving and 12 for transit', () => {
    expect(planMatrixBlocks(30, 40, 625)).toHaveLength(2);
    expect(planMatrixBlocks(30, 40, 100)).toHaveLength(12);
  });
});

describe('travel times with Google Routes', () => {
  it('splits 30 × 40 driving into 2 requests at the service', async () => {
    const { call, logger } = makeHarness(fake, issuer, { routes: true });
    const reply = await call({ origins: people('c', 30), destinations: people('m', 40) });
    expect(reply.status).toBe(200);
    expect(fake.calls.routes).toBe(2);
    expect(fake.routesCalls.every((c) => c.origins * c.destinations <= 625 && c.travelMode === 'DRIVE')).toBe(true);
    expect(reply.body.pairs).toHaveLength(1200);
    expect(reply.body.pairs.every((p: { source: string }) => p.source === 'routes')).toBe(true);
    expect(logger.last('proximity.done')).toMatchObject({ callsRoutes: 2, pairsRoutes: 1200 });
  });

  it('splits 30 × 40 transit into at least 12 requests of at most 100 elements', async () => {
    const { call } = makeHarness(fake, issuer, { routes: true });
    const reply = await call({ origins: people('c', 30, 'transit'), destinations: people('m', 40) });
    expect(fake.calls.routes).toBeGreaterThanOrEqual(12);
    expect(fake.routesCalls.every((c) => c.origins * c.destinations <= 100 && c.travelMode === 'TRANSIT')).toBe(true);
    expect(reply.body.pairs.filter((p: { source: string }) => p.source === 'routes')).toHaveLength(1200);
  });

  it('matches each answer to the right pair', async () => {
    const { call } = makeHarness(fake, issuer, { routes: true });
    const reply = await call({ origins: [aPlace('near', { zip: '55104' }), aPlace('far', { zip: '55419' })], destinations: [aPlace('m1', { zip: '55104' }), aPlace('m2', { zip: '55419' })] });
    const minutes = Object.fromEntries(reply.body.pairs.map((p: { fromId: string; toId: string; travelMinutes: number }) => [`${p.fromId}-${p.toId}`, p.travelMinutes]));
    expect(minutes['near-m1']).toBeLessThan(minutes['near-m2']);
    expect(minutes['far-m2']).toBeLessThan(minutes['far-m1']);
  });

  it('estimates paratransit without asking Routes, and says so', async () => {
    const { call } = makeHarness(fake, issuer, { routes: true });
    const reply = await call({ origins: people('c', 3, 'paratransit'), destinations: people('m', 4) });
    expect(fake.calls.routes).toBe(0);
    expect(reply.body.pairs.every((p: { source: string; mode: string }) => p.source === 'estimate' && p.mode === 'paratransit')).toBe(true);
    expect(reply.body.notes.join(' ')).toMatch(/Paratransit times are estimates/);
  });

  it('uses the estimate when Routes keeps failing, after bounded retries', async () => {
    fake.failAlways('routes', { status: 500 });
    const { call } = makeHarness(fake, issuer, { routes: true });
    const reply = await call({ origins: people('c', 30, 'transit'), destinations: people('m', 40) });
    expect(reply.status).toBe(200);
    // At most the blocks already in flight (4) use up their 3 attempts before the rest stop asking.
    expect(fake.calls.routes).toBeLessThanOrEqual(4 * 3);
    expect(reply.body.pairs.every((p: { source: string }) => p.source === 'estimate')).toBe(true);
    expect(reply.body.notes).toContain('Google Routes did not answer; some travel times are estimates.');
  });

  it('recovers from one 429 and treats a malformed answer as a failure', async () => {
    fake.failNext('routes', { status: 429 });
    const { call } = makeHarness(fake, issuer, { routes: true });
    const ok = await call({ origins: people('c', 2), destinations: people('m', 2) });
    expect(fake.calls.routes).toBe(2);
    expect(ok.body.pairs.every((p: { source: string }) => p.source === 'routes')).toBe(true);
    fake.reset();
    fake.failNext('routes', { malformed: true });
    const degraded = await call({ origins: people('c', 2), destinations: people('m', 2) });
    expect(degraded.body.pairs.every((p: { source: string }) => p.source === 'estimate')).toBe(true);
  });

  it('leaves pairs with an unplaced person unknown and never sends them to Routes', async () => {
    const { call } = makeHarness(fake, issuer, { routes: true });
    const reply = await call({ origins: [aPlace('c1', { zip: '00000' }), aPlace('c2', { zip: '55104' })], destinations: people('m', 2) });
    expect(fake.routesCalls).toEqual([{ origins: 1, destinations: 2, travelMode: 'DRIVE' }]);
    expect(reply.body.pairs.map((p: { source: string }) => p.source)).toEqual(['unknown', 'unknown', 'routes', 'routes']);
  });
});

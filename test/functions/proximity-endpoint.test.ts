// Tests the proximity endpoint in-process: caller checks, request checks, the geocoding chain and its fallbacks,
// caching, and that no address reaches the logs. Providers are the loopback maps fake; tokens are signed locally.
import { MemoryGeocodeCache } from '../../functions/src/adapters/memory-geocode-cache';
import type { GeocodeCache } from '../../functions/src/ports/geocoder.port';
import { geocodeCacheKey, GOOGLE_COORDINATES_TTL_MS } from '../../functions/src/proximity/geocode-locations';
import { TokenIssuer } from '../fakes/geo/id-tokens';
import { MapsFake } from '../fakes/geo/maps-fake';
import { aPlace, AUDIENCE, lookupZip, makeHarness } from './support/proximity-harness';
import { personalDetailsIn } from '../helpers/personal-details';

const issuer = new TokenIssuer();
const fake = new MapsFake({ lookupZip });

beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

const STREETS = ['1600 University Ave W, St Paul, MN 55104', '530 N Robert St, St Paul, MN 55101', '200 Portland Ave, Minneapolis, MN 55401'];

describe('caller checks', () => {
  it('answers 401 without a token, and touches no provider or cache', async () => {
    const cache = new MemoryGeocodeCache();
    const getMany = jest.spyOn(cache, 'getMany');
    const { call } = makeHarness(fake, issuer, { cache });
    const reply = await call({ origins: [aPlace('c1', { address: STREETS[0] })], destinations: [aPlace('m1', { zip: '55101' })] }, { token: null });
    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toBe('Bearer');
    expect(reply.body.code).toBe('AUTH.MISSING_TOKEN');
    expect(fake.totalProviderCalls()).toBe(0);
    expect(getMany).not.toHaveBeenCalled();
  });

  it.each([
    ['expired', { exp: Math.floor(Date.now() / 1000) - 3600, iat: Math.floor(Date.now() / 1000) - 7200 }, 401],
    ['for another audience', { aud: 'someone-else.apps.googleusercontent.com' }, 401],
    ['from another issuer', { iss: 'https://evil.example' }, 401],
    ['with an unverified email', { email_verified: false }, 403],
    ['for someone not on the list', { email: 'stranger@example.com' }, 403],
  ])('rejects a token %s', async (_label, claims, status) => {
    const { call } = makeHarness(fake, issuer);
    const reply = await call({ origins: [aPlace('c1', { address: STREETS[0] })], destinations: [aPlace('m1', { zip: '55101' })] }, { token: issuer.sign(claims, AUDIENCE) });
    expect(reply.status).toBe(status);
    expect(fake.totalProviderCalls()).toBe(0);
  });

  it('rejects a token signed by another key', async () => {
    const { call } = makeHarness(fake, issuer);
    const reply = await call({ origins: [aPlace('c1', { zip: '55104' })], destinations: [aPlace('m1', { zip: '55101' })] }, { token: new TokenIssuer(issuer.kid).sign({}, AUDIENCE) });
    expect(reply.status).toBe(401);
  });

  it('accepts everyone at an allowed Workspace domain', async () => {
    const { call } = makeHarness(fake, issuer);
    const reply = await call({ origins: [aPlace('c1', { zip: '55104' })], destinations: [aPlace('m1', { zip: '55101' })] }, { token: issuer.sign({ email: 'Staff@MCIL.example', hd: 'mcil.example' }, AUDIENCE) });
    expect(reply.status).toBe(200);
  });
});

describe('request checks', () => {
  it('lists every problem in a malformed request', async () => {
    const { call } = makeHarness(fake, issuer);
    const reply = await call({ origins: [{ id: '', mode: 'bike', zip: 'abc' }], destinations: [], extra: 1 });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('REQUEST.INVALID');
    const problems: string[] = reply.body.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^origins\[0\]\.id: /),
        expect.stringMatching(/^origins\[0\]\.mode: mode must be/),
        expect.stringMatching(/^origins\[0\]\.zip: zip must be/),
        expect.stringMatching(/^destinations: needs at least one destination/),
      ]),
    );
  });

  it('says when the body is not JSON', async () => {
    const { call } = makeHarness(fake, issuer);
    const reply = await call(undefined, { raw: '{"origins": [' });
    expect(reply.status).toBe(400);
    expect(reply.body.problems).toEqual(['body: not valid JSON']);
  });

  it('refuses 10,000 locations with the limit in the message', async () => {
    const { call } = makeHarness(fake, issuer, { maxBodyBytes: 10 * 1024 * 1024 });
    const many = Array.from({ length: 9999 }, (_, i) => aPlace(`m${i}`, { zip: '55104' }));
    const reply = await call({ origins: [aPlace('c1', { zip: '55104' })], destinations: many });
    expect(reply.status).toBe(400);
    expect(reply.body.problems).toEqual(['too many locations: 10000 sent, at most 1000 per request']);
    expect(fake.totalProviderCalls()).toBe(0);
  });

  it('refuses 500 origins × 500 destinations (inside the location cap) with the pair limit, before any provider call', async () => {
    const { call } = makeHarness(fake, issuer, { maxBodyBytes: 10 * 1024 * 1024 });
    const side = (prefix: string) => Array.from({ length: 500 }, (_, i) => aPlace(`${prefix}${i}`, { zip: '55104' }));
    const reply = await call({ origins: side('c'), destinations: side('m') });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'REQUEST.TOO_MANY_PAIRS', maxPairs: 10_000, problems: ['too many pairs: 500 origins × 500 destinations = 250000, at most 10000 per request'] });
    expect(reply.body.message).toContain('10000');
    expect(fake.totalProviderCalls()).toBe(0);
  });

  it('limits the pairs one caller asks for in a minute, with the limit in the answer', async () => {
    const { call } = makeHarness(fake, issuer, { pairsPerMinute: 12 });
    const request = { origins: [aPlace('c1', { zip: '55104' }), aPlace('c2', { zip: '55105' })], destinations: Array.from({ length: 5 }, (_, i) => aPlace(`m${i}`, { zip: '55414' })) };
    expect((await call(request)).status).toBe(200);
    const refused = await call(request);
    expect(refused).toMatchObject({ status: 429, body: { code: 'REQUEST.PAIR_BUDGET', pairsPerMinute: 12 } });
    expect(refused.headers['retry-after'] ?? refused.headers['Retry-After']).toBe('60');
  });

  it('refuses a body over the size cap', async () => {
    const { call } = makeHarness(fake, issuer, { maxBodyBytes: 1000 });
    const reply = await call({ origins: [aPlace('c1', { address: 'x'.repeat(2000) })], destinations: [aPlace('m1', { zip: '55104' })] });
    expect(reply.status).toBe(413);
  });

  it('refuses repeated ids and other methods', async () => {
    const { call } = makeHarness(fake, issuer);
    const repeated = await call({ origins: [aPlace('c1', { zip: '55104' }), aPlace('c1', { zip: '55105' })], destinations: [aPlace('m1', { zip: '55101' })] });
    expect(repeated.status).toBe(400);
    expect(repeated.body.problems).toEqual(['origins[1].id: repeats an id used earlier in origins']);
    const get = await call({}, { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });
});

describe('geocoding chain', () => {
  const request = { origins: [aPlace('c1', { address: STREETS[0] })], destinations: [aPlace('m1', { address: STREETS[1] })] };

  it('asks Google first and stops there when it answers', async () => {
    const { call } = makeHarness(fake, issuer);
    const reply = await call(request);
    expect(reply.status).toBe(200);
    expect(fake.calls.geocode).toBe(2);
    expect(fake.calls.censusOne + fake.calls.censusBatch).toBe(0);
    expect(reply.body.locations).toEqual([
      { id: 'c1', role: 'origin', quality: 'rooftop' },
      { id: 'm1', role: 'destination', quality: 'rooftop' },
    ]);
    expect(reply.body.pairs).toEqual([{ fromId: 'c1', toId: 'm1', mode: 'drive', distanceKm: expect.any(Number), travelMinutes: expect.any(Number), source: 'estimate' }]);
  });

  it('retries a 429 and a 500 with backoff, then uses the answer', async () => {
    fake.failNext('geocode', { status: 429 }, { status: 500 });
    const { call } = makeHarness(fake, issuer, { census: false });
    const reply = await call({ origins: [aPlace('c1', { address: STREETS[0] })], destinations: [aPlace('m1', { zip: '55101' })] });
    expect(fake.calls.geocode).toBe(3);
    expect(reply.body.locations[0].quality).toBe('rooftop');
  });

  it('falls back to the Census geocoder when Google keeps failing, and says so', async () => {
    fake.failAlways('geocode', { status: 503 });
    const { call, logger } = makeHarness(fake, issuer);
    const reply = await call(request);
    expect(reply.status).toBe(200);
    expect(fake.calls.geocode).toBeLessThanOrEqual(3 * 2);
    expect(fake.calls.censusOne).toBe(2);
    expect(reply.body.locations.map((l: { quality: string }) => l.quality)).toEqual(['rooftop', 'rooftop']);
    expect(reply.body.notes).toContain('Google Geocoding did not answer; some places use the next source.');
    expect(logger.last('proximity.done')).toMatchObject({ placedCensus: 2, degraded: 'google' });
  });

  it('falls back on timeouts and malformed answers too', async () => {
    fake.failAlways('geocode', { latencyMs: 800 });
    fake.failAlways('censusOne', { malformed: true });
    const { call } = makeHarness(fake, issuer, { retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 10, timeoutMs: 100 } });
    const reply = await call(request);
    expect(reply.status).toBe(200);
    expect(reply.body.locations.map((l: { quality: string }) => l.quality)).toEqual(['zip-centroid', 'zip-centroid']);
    expect(reply.body.pairs[0].source).toBe('estimate');
  });

  it('leaves a vague Google answer to the next provider', async () => {
    fake.failNext('geocode', { approximate: true });
    const { call } = makeHarness(fake, issuer);
    const reply = await call({ origins: [aPlace('c1', { address: STREETS[0] })], destinations: [aPlace('m1', { zip: '55101' })] });
    expect(fake.calls.censusOne).toBe(1);
    expect(reply.body.locations[0].quality).toBe('rooftop');
  });

  it('uses the Census batch endpoint for many addresses', async () => {
    const { call, logger } = makeHarness(fake, issuer, { google: false });
    const destinations = Array.from({ length: 40 }, (_, i) => aPlace(`m${i}`, { address: `${100 + i} Main St, St Paul, MN 55104` }));
    const reply = await call({ origins: [aPlace('c1', { address: STREETS[2] })], destinations });
    expect(reply.status).toBe(200);
    expect(fake.calls.censusBatch).toBe(1);
    expect(fake.calls.censusOne).toBe(0);
    expect(logger.last('proximity.done')).toMatchObject({ placedCensus: 41, callsCensus: 1 });
  });

  it('places ZIP-only, unknown-ZIP and empty-address people without any provider', async () => {
    const { call } = makeHarness(fake, issuer);
    const reply = await call({
      origins: [aPlace('c1', { zip: '55104' }), aPlace('c2', { zip: '00000' }), aPlace('c3', { address: '   ' })],
      destinations: [aPlace('m1', { zip: '55101-1234' })],
    });
    expect(reply.status).toBe(200);
    expect(fake.totalProviderCalls()).toBe(0);
    expect(reply.body.locations.map((l: { quality: string }) => l.quality)).toEqual(['zip-centroid', 'unknown', 'unknown', 'zip-centroid']);
    expect(reply.body.pairs.map((p: { source: string }) => p.source)).toEqual(['estimate', 'unknown', 'unknown']);
    expect(reply.body.pairs[1]).toMatchObject({ distanceKm: null, travelMinutes: null });
    expect(reply.body.notes).toContain('2 location(s) could not be placed: add a ZIP code or a full street address.');
  });

  it('falls back to the ZIP centroid when no provider places the address', async () => {
    const { call } = makeHarness(fake, issuer);
    const reply = await call({ origins: [aPlace('c1', { address: 'Somewhere without a number', zip: '55104' })], destinations: [aPlace('m1', { zip: '55101' })] });
    expect(fake.calls.geocode).toBe(1);
    expect(fake.calls.censusOne).toBe(1);
    expect(reply.body.locations[0].quality).toBe('zip-centroid');
  });
});

describe('cache', () => {
  const request = { origins: [aPlace('c1', { address: STREETS[0] })], destinations: STREETS.slice(1).map((address, i) => aPlace(`m${i}`, { address })) };

  it('answers a repeated request with zero provider calls', async () => {
    const { call } = makeHarness(fake, issuer);
    const first = await call(request);
    expect(fake.calls.geocode).toBe(3);
    fake.reset();
    const second = await call(request);
    expect(fake.totalProviderCalls()).toBe(0);
    expect(second.body.pairs).toEqual(first.body.pairs);
    expect(second.body.locations).toEqual(first.body.locations);
  });

  it('keys entries by a hash and keeps Google coordinates at most 30 days', async () => {
    const cache = new MemoryGeocodeCache();
    const { call } = makeHarness(fake, issuer, { cache, census: false });
    const before = Date.now();
    await call(request);
    expect(cache.entries.size).toBe(3);
    for (const [key, entry] of cache.entries) {
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(entry.provider).toBe('google');
      expect(entry.expiresAtMs! - before).toBeLessThanOrEqual(GOOGLE_COORDINATES_TTL_MS + 5000);
      expect(entry.expiresAtMs! - before).toBeGreaterThan(GOOGLE_COORDINATES_TTL_MS - 5000);
    }
    expect(JSON.stringify([...cache.entries])).not.toMatch(/University|Robert|Portland/i);
  });

  it('ignores expired Google coordinates and keeps Census matches without expiry', async () => {
    const cache = new MemoryGeocodeCache();
    cache.entries.set(geocodeCacheKey(STREETS[0]!, '55104'), { lat: 1, lng: 1, provider: 'google', storedAtMs: 0, expiresAtMs: Date.now() - 1 });
    const { call } = makeHarness(fake, issuer, { cache, google: false });
    const reply = await call({ origins: [aPlace('c1', { address: STREETS[0] })], destinations: [aPlace('m1', { zip: '55101' })] });
    expect(fake.calls.censusOne).toBe(1);
    expect(reply.body.pairs[0].distanceKm).toBeLessThan(20);
    expect(cache.entries.get(geocodeCacheKey(STREETS[0]!, '55104'))).toMatchObject({ provider: 'census' });
    expect(cache.entries.get(geocodeCacheKey(STREETS[0]!, '55104'))?.expiresAtMs).toBeUndefined();
  });

  it('answers without the cache when it fails or hangs', async () => {
    const broken: GeocodeCache = { getMany: () => new Promise(() => undefined), putMany: async () => Promise.reject(new Error('down')) };
    const { call, logger } = makeHarness(fake, issuer, { cache: broken });
    const reply = await call(request);
    expect(reply.status).toBe(200);
    expect(reply.body.locations.every((l: { quality: string }) => l.quality === 'rooftop')).toBe(true);
    expect(logger.last('geocode.cache_unavailable')).toMatchObject({ operation: 'read' });
  });
});

describe('privacy', () => {
  it('never writes an address, a street or a ZIP to the logs or echoes an address back', async () => {
    fake.failNext('geocode', { status: 500 });
    const { call, logger } = makeHarness(fake, issuer, { routes: true });
    const consoleSpy = jest.spyOn(console, 'log');
    const destinations = STREETS.map((address, i) => aPlace(`m${i}`, { address }));
    const reply = await call({ origins: [aPlace('c1', { address: '77 Secret Lane, Saint Paul, MN 55105' })], destinations });
    await call({ origins: [{ id: 'c1', mode: 'drive', address: '99 Hidden Rd', zip: 'bad' }], destinations });
    consoleSpy.mockRestore();
    const logged = logger.text() + JSON.stringify(consoleSpy.mock.calls);
    expect(personalDetailsIn(logged, ['Secret Lane', 'Hidden Rd', 'University', 'Robert', 'Portland', '55105', '55104', 'Saint Paul'])).toEqual([]);
    expect(logger.lines.find((l) => l.event === 'proximity.done')?.fields).toMatchObject({ requestId: 'req-1', origins: 1, destinations: 3 });
    expect(JSON.stringify(reply.body)).not.toMatch(/Secret|University|Robert|Portland/);
    expect(fake.addressesSeen.length).toBeGreaterThan(0);
  });
});

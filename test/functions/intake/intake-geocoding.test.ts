// Tests that the intake looks applicants up through the proximity chain: the real Google and Census adapters against the
// maps fake on loopback, the offline ZIP centroids, a shared cache, and the real googleapis client against the Sheets fake.
import { MemoryGeocodeCache } from '../../../functions/src/adapters/memory-geocode-cache';
import { createCensusGeocoder } from '../../../functions/src/adapters/census-geocoder';
import { createGoogleGeocoder } from '../../../functions/src/adapters/google-geocoder';
import type { RetryPolicy } from '../../../functions/src/adapters/http-client';
import { receiveSubmission } from '../../../functions/src/intake/intake-service';
import { createPlaceChecker } from '../../../functions/src/intake/place-checker';
import type { CachedGeocode, GeocodeCache, Geocoder } from '../../../functions/src/ports/geocoder.port';
import { GOOGLE_COORDINATES_TTL_MS, GeocodeDeps } from '../../../functions/src/proximity/geocode-locations';
import { buildProximityRequest } from '../../../src/adapters/http/proximity-client';
import { PLACE_NOT_FOUND_MESSAGE, PLACE_UNCHECKED_MESSAGE } from '../../../src/domain/intake';
import { TokenIssuer } from '../../fakes/geo/id-tokens';
import { MapsFake } from '../../fakes/geo/maps-fake';
import { FakeSheetsApi } from '../../fakes/sheets-api';
import { aSubmission, FIXTURE_PERSONAL_DETAILS } from '../../helpers/intake-submissions';
import { FAST_RETRY, lookupZip, makeHarness } from '../support/proximity-harness';
import { CapturingLogger, makeRig, seedWorkbook, WORKBOOK } from './support';
import { personalDetailsIn } from '../../helpers/personal-details';

const sheets = new FakeSheetsApi();
const maps = new MapsFake({ lookupZip });
const issuer = new TokenIssuer();
beforeAll(() => Promise.all([sheets.start(), maps.start()]));
afterAll(() => Promise.all([sheets.stop(), maps.stop()]));
beforeEach(() => {
  seedWorkbook(sheets);
  sheets.resetCounts();
  sheets.fault = () => undefined;
  maps.reset();
});

const NEW_NAMES = ['Rae Quill', 'Tam Ortiz', 'Lu Vance', 'Ode Fenn', 'Sy Marsh', 'Io Brandt'];
let people = 0;

/** A new person (no duplicate of the seeded workbook or of each other), so the only issue a row can carry is the place one. */
function newMentor(answers: Record<string, unknown> = {}) {
  people += 1;
  return aSubmission('mentor-application', { name: NEW_NAMES[people % NEW_NAMES.length], email: `new${people}@example.org`, phone: '', ...answers });
}

const geocoders = (retry: RetryPolicy): Geocoder[] => [
  createGoogleGeocoder({ baseUrl: maps.url, apiKey: 'fake-key', fetch, retry, concurrency: 8 }),
  createCensusGeocoder({ baseUrl: maps.url, fetch, retry, concurrency: 8 }),
];

function geoRig(options: { cache?: GeocodeCache; timeoutMs?: number; retry?: RetryPolicy } = {}) {
  const logger = new CapturingLogger();
  const cache = options.cache ?? new MemoryGeocodeCache();
  const deps: GeocodeDeps = { cache, geocoders: geocoders(options.retry ?? FAST_RETRY), lookupZip, logger, now: Date.now, cacheTimeoutMs: 200 };
  const places = createPlaceChecker(deps, { timeoutMs: options.timeoutMs ?? 3000, logger });
  return { ...makeRig(sheets, { logger, places }), cache };
}

function rowOf(responseId: string): Record<string, unknown> {
  const [header, ...rows] = sheets.rows(WORKBOOK, 'Applications');
  const row = rows.find((cells) => cells[header!.indexOf('Response ID')] === responseId)!;
  return Object.fromEntries(header!.map((name, index) => [String(name), row[index]]));
}

const geocodingCalls = () => maps.calls.geocode + maps.calls.censusOne + maps.calls.censusBatch;

describe('intake geocoding', () => {
  it('flags an application whose address and ZIP are on no map, and sets Needs review', async () => {
    const rig = geoRig();
    const withAddress = newMentor({ address: '42 Nowhere Rd', city: 'Lost Lake', zip: '99999' });
    const zipOnly = newMentor({ address: '', city: '', zip: '00001' });
    await Promise.all([withAddress, zipOnly].map((submission) => receiveSubmission(rig.deps, WORKBOOK, submission)));
    for (const submission of [withAddress, zipOnly]) {
      expect(rowOf(submission.responseId)).toMatchObject({ Status: 'Needs review', Issues: `Address: ${PLACE_NOT_FOUND_MESSAGE}` });
    }
    // The address went to Google and Census; the ZIP alone never leaves the process.
    expect(maps.addressesSeen.length).toBeGreaterThan(0);
    expect(maps.addressesSeen.every((address) => address.includes('Nowhere'))).toBe(true);
  });

  it('needs no place issue for a street address or a known ZIP', async () => {
    const rig = geoRig();
    const street = newMentor({ address: '200 Lake St', city: 'Minneapolis', zip: '55414' });
    const noHouseNumber = newMentor({ address: 'Lake St', city: 'Minneapolis', zip: '55414' });
    const zipOnly = newMentor({ address: '', city: '', zip: '55104-1234' });
    await Promise.all([street, noHouseNumber, zipOnly].map((submission) => receiveSubmission(rig.deps, WORKBOOK, submission)));
    for (const submission of [street, noHouseNumber, zipOnly]) expect(rowOf(submission.responseId)).toMatchObject({ Status: 'New', Issues: '' });
    expect(rig.logger.lines.map((line) => JSON.parse(line)).find((line) => line.event === 'intake.geocode')).toMatchObject({ applications: 3, found: 1, zipCentroid: 2, notFound: 0 });
  });

  it('looks up no check-in', async () => {
    const rig = geoRig();
    await receiveSubmission(rig.deps, WORKBOOK, aSubmission('mentor-check-in'));
    expect(geocodingCalls()).toBe(0);
    expect(rig.logger.text()).not.toContain('intake.geocode');
  });

  it('lands the row once when every provider fails, claiming no missing place', async () => {
    for (const endpoint of ['geocode', 'censusOne', 'censusBatch'] as const) maps.failAlways(endpoint, { status: 500 });
    const rig = geoRig();
    const knownZip = newMentor({ address: '200 Lake St', city: 'Minneapolis', zip: '55414' });
    const unknownZip = newMentor({ address: '42 Nowhere Rd', city: 'Lost Lake', zip: '99999' });
    for (let delivery = 0; delivery < 2; delivery++) {
      await Promise.all([knownZip, unknownZip].map((submission) => receiveSubmission(rig.deps, WORKBOOK, submission)));
    }
    expect(sheets.rows(WORKBOOK, 'Applications')).toHaveLength(3);
    expect(rowOf(knownZip.responseId)).toMatchObject({ Status: 'New', Issues: '' });
    expect(rowOf(unknownZip.responseId)).toMatchObject({ Status: 'Needs review', Issues: `Address: ${PLACE_UNCHECKED_MESSAGE}` });
    expect(maps.calls.geocode).toBeGreaterThan(0);
  });

  it('waits no longer than its limit for a provider that hangs, then writes', async () => {
    maps.failAlways('geocode', { latencyMs: 600 });
    // One short attempt, so the look-up left behind ends before the suite does.
    const rig = geoRig({ timeoutMs: 100, retry: { attempts: 1, baseDelayMs: 5, maxDelayMs: 5, timeoutMs: 400 } });
    const submission = newMentor({ address: '200 Lake St', city: 'Minneapolis', zip: '55414' });
    const started = Date.now();
    const result = await receiveSubmission(rig.deps, WORKBOOK, submission);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ result: 'written', status: 'New' });
    expect(rig.logger.text()).toContain('"failed":"TIMEOUT"');
  });

  it('writes through a cache that is down, still placing the address', async () => {
    const down: GeocodeCache = { getMany: () => new Promise(() => undefined), putMany: async () => Promise.reject(new Error('unavailable')) };
    const rig = geoRig({ cache: down });
    const submission = newMentor({ address: '200 Lake St', city: 'Minneapolis', zip: '55414' });
    expect(await receiveSubmission(rig.deps, WORKBOOK, submission)).toMatchObject({ result: 'written', status: 'New' });
    expect(rig.logger.text()).toContain('geocode.cache_unavailable');
  });

  it('warms the shared cache: proximity for the accepted person makes zero provider calls', async () => {
    const rig = geoRig();
    const submission = aSubmission('consumer-request', { name: 'Kit Moss', email: 'kit@example.org', phone: '' });
    await receiveSubmission(rig.deps, WORKBOOK, submission);
    const entries = [...(rig.cache as MemoryGeocodeCache).entries.values()] as CachedGeocode[];
    expect(entries).toHaveLength(1);
    expect(entries[0]!.provider).toBe('google');
    expect(entries[0]!.expiresAtMs! - entries[0]!.storedAtMs).toBe(GOOGLE_COORDINATES_TTL_MS);

    // The add-on asks about an accepted consumer with "address, city" and the ZIP from the row.
    const row = rowOf(submission.responseId);
    const { request } = buildProximityRequest([
      { consumerId: 'C-0044', mentorId: 'M-0003', fromAddress: `${row.Address}, ${row.City}`, fromZip: String(row.ZIP), toAddress: null, toZip: '55414', mode: 'transit' },
    ]);
    maps.reset();
    const proximity = makeHarness(maps, issuer, { cache: rig.cache });
    const reply = await proximity.call(request);
    expect(reply.status).toBe(200);
    expect(reply.body.locations[0]).toMatchObject({ role: 'origin', quality: 'rooftop' });
    expect(maps.totalProviderCalls()).toBe(0);
  });

  it('logs counts and codes only: no name, email, phone or address', async () => {
    const rig = geoRig();
    maps.failNext('geocode', { status: 429 }, { malformed: true });
    await Promise.all(
      [aSubmission('consumer-request'), aSubmission('mentor-application'), newMentor({ address: '42 Nowhere Rd', city: 'Lost Lake', zip: '99999' })].map((submission) =>
        receiveSubmission(rig.deps, WORKBOOK, submission),
      ),
    );
    const logs = rig.logger.text();
    expect(logs).toContain('intake.geocode');
    expect(personalDetailsIn(logs, [...FIXTURE_PERSONAL_DETAILS, 'Nowhere', 'Lost Lake', 'University', 'Minneapolis', 'St Paul', '55104', '55414', '99999'])).toEqual([]);
  });
});

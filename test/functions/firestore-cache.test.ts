// Tests the Firestore geocode cache against the Firestore stand-in (@firestore-emulator/server on loopback).
import { FirestoreServer } from '@firestore-emulator/server';
import { deleteApp, initializeApp, App } from 'firebase-admin/app';
import { Firestore, getFirestore } from 'firebase-admin/firestore';
import { FirestoreGeocodeCache, GEOCODE_CACHE_COLLECTION } from '../../functions/src/adapters/firestore-geocode-cache';
import { TokenIssuer } from '../fakes/geo/id-tokens';
import { MapsFake } from '../fakes/geo/maps-fake';
import { freePort } from './support/functions-emulator';
import { aPlace, lookupZip, makeHarness } from './support/proximity-harness';

let server: FirestoreServer;
let app: App;
let db: Firestore;
const fake = new MapsFake({ lookupZip });
const issuer = new TokenIssuer();

beforeAll(async () => {
  const port = await freePort();
  server = new FirestoreServer();
  await server.start(port);
  process.env.FIRESTORE_EMULATOR_HOST = `127.0.0.1:${port}`;
  process.env.METADATA_SERVER_DETECTION = 'none'; // no Google Cloud metadata server on a laptop
  app = initializeApp({ projectId: 'demo-peer-mentoring' }, `geocode-cache-${port}`);
  db = getFirestore(app);
  await fake.start();
});

afterAll(async () => {
  await db.terminate();
  await deleteApp(app);
  server.stop();
  delete process.env.FIRESTORE_EMULATOR_HOST;
  delete process.env.METADATA_SERVER_DETECTION;
  await fake.stop();
});

it('stores and reads entries by key, with the TTL field for Google coordinates', async () => {
  const cache = new FirestoreGeocodeCache(db);
  const expires = Date.now() + 1000;
  await cache.putMany(
    new Map([
      ['a'.repeat(64), { lat: 44.9, lng: -93.1, provider: 'google' as const, placeId: 'place-1', storedAtMs: 1000, expiresAtMs: expires }],
      ['b'.repeat(64), { lat: 45, lng: -93.2, provider: 'census' as const, storedAtMs: 2000 }],
    ]),
  );
  const found = await cache.getMany(['a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64)]);
  expect(found.get('a'.repeat(64))).toEqual({ lat: 44.9, lng: -93.1, provider: 'google', placeId: 'place-1', storedAtMs: 1000, expiresAtMs: expires });
  expect(found.get('b'.repeat(64))).toEqual({ lat: 45, lng: -93.2, provider: 'census', storedAtMs: 2000 });
  expect(found.has('c'.repeat(64))).toBe(false);
  const raw = await db.collection(GEOCODE_CACHE_COLLECTION).doc('a'.repeat(64)).get();
  expect(raw.get('expiresAt').toMillis()).toBe(expires);
});

it('lets a second request through the endpoint make zero provider calls', async () => {
  const { call } = makeHarness(fake, issuer, { cache: new FirestoreGeocodeCache(db) });
  const request = { origins: [aPlace('c1', { address: '12 Selby Ave, St Paul, MN 55102' })], destinations: [aPlace('m1', { address: '400 Wabasha St N, St Paul, MN 55102' })] };
  const first = await call(request);
  expect(fake.calls.geocode).toBe(2);
  fake.reset();
  const second = await call(request);
  expect(fake.totalProviderCalls()).toBe(0);
  expect(second.body.pairs).toEqual(first.body.pairs);
});

it('create() refuses to overwrite an existing document (the precondition the intake ledger relies on)', async () => {
  const ref = db.collection('preconditionCheck').doc('one');
  await ref.create({ n: 1 });
  await expect(ref.create({ n: 2 })).rejects.toThrow();
  expect((await ref.get()).get('n')).toBe(1);
});

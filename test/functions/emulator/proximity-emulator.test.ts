// Runs the proximity function in the real Firebase Functions emulator: the auth matrix end to end, the Firestore
// cache through the stand-in, and the emulator's own log output searched for addresses.
// Everything is on loopback: Firestore (@firestore-emulator/server), Google's endpoints and certificates (the maps fake).
import { FirestoreServer } from '@firestore-emulator/server';
import { TokenIssuer } from '../../fakes/geo/id-tokens';
import { MapsFake } from '../../fakes/geo/maps-fake';
import { freePort, RunningEmulator, startFunctionsEmulator } from '../support/functions-emulator';
import { lookupZip } from '../support/proximity-harness';
import { formDefinition } from '../../../src/domain/intake';
import { FakeFormsApi } from '../../fakes/forms-api';
import { FakeSheetsApi } from '../../fakes/sheets-api';
import { aSubmission, FIXTURE_PERSONAL_DETAILS } from '../../helpers/intake-submissions';
import { MAPPED_HEADERS, seedMappedWorkbook, seedWorkbook, WORKBOOK } from '../intake/support';
import { personalDetailsIn } from '../../helpers/personal-details';

// First run on a fresh machine installs the Firebase CLI (about a minute) before the emulator starts.
jest.setTimeout(60_000);

const AUDIENCE = 'emulator-client.apps.googleusercontent.com';
// A second copy of the add-on (a development copy) allowed beside the program's own.
const DEV_AUDIENCE = 'emulator-dev-copy.apps.googleusercontent.com';
const issuer = new TokenIssuer('emulator-key');
const fake = new MapsFake({ lookupZip, certs: () => issuer.keys() });
let firestore: FirestoreServer;
let emulator: RunningEmulator;
// The intake runs in the same emulator, against the Sheets and Forms API fakes.
const sheetsFake = new FakeSheetsApi();
const formsFake = new FakeFormsApi();

beforeAll(async () => {
  await fake.start();
  await Promise.all([sheetsFake.start(), formsFake.start()]);
  const firestorePort = await freePort();
  firestore = new FirestoreServer();
  await firestore.start(firestorePort);
  emulator = await startFunctionsEmulator({
    params: {
      ADDON_OAUTH_CLIENT_ID: `${DEV_AUDIENCE}, ${AUDIENCE}`,
      ALLOWED_CALLER_EMAILS: 'coordinator@example.org, @mcil.example',
      CENSUS_GEOCODER: 'on',
      GOOGLE_GEOCODING_URL: fake.url,
      GOOGLE_ROUTES_URL: fake.url,
      CENSUS_GEOCODER_URL: fake.url,
      ID_TOKEN_CERTS_URL: `${fake.url}/oauth2/v1/certs`,
      INTAKE_SHEETS_API_URL: sheetsFake.rootUrl,
      INTAKE_FORMS_API_URL: formsFake.rootUrl,
    },
    secrets: { GOOGLE_MAPS_API_KEY: 'fake-maps-key' },
    env: { FIRESTORE_EMULATOR_HOST: `127.0.0.1:${firestorePort}` },
  });
}, 420_000);

afterAll(async () => {
  await emulator?.stop();
  firestore?.stop();
  await fake.stop();
  await Promise.all([sheetsFake.stop(), formsFake.stop()]);
}, 30_000);

beforeEach(() => fake.reset());

const request = {
  origins: [{ id: 'C-1', address: '1600 University Ave W, St Paul, MN 55104', mode: 'transit' }],
  destinations: [
    { id: 'M-1', address: '530 N Robert St, St Paul, MN 55101', mode: 'drive' },
    { id: 'M-2', zip: '55419', mode: 'drive' },
  ],
};

async function post(body: unknown, token: string | null) {
  const response = await fetch(emulator.functionUrl('proximity'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown>, cors: response.headers.get('access-control-allow-origin') };
}

const now = () => Math.floor(Date.now() / 1000);

describe('auth through the emulator', () => {
  it.each([
    ['no token', null, 401, 'AUTH.MISSING_TOKEN'],
    ['an expired token', issuer.sign({ iat: now() - 7200, exp: now() - 3600 }, AUDIENCE), 401, 'AUTH.BAD_TOKEN'],
    ['a token for another audience', issuer.sign({}, 'other.apps.googleusercontent.com'), 401, 'AUTH.BAD_TOKEN'],
    ['a token from another issuer', issuer.sign({ iss: 'https://issuer.example' }, AUDIENCE), 401, 'AUTH.BAD_TOKEN'],
    ['an unverified email', issuer.sign({ email_verified: false }, AUDIENCE), 403, 'AUTH.EMAIL_NOT_VERIFIED'],
    ['an email not on the list', issuer.sign({ email: 'stranger@example.com' }, AUDIENCE), 403, 'AUTH.NOT_ALLOWED'],
  ])('refuses %s with no side effects', async (_label, token, status, code) => {
    const reply = await post(request, token);
    expect(reply.status).toBe(status);
    expect(reply.body.code).toBe(code);
    expect(fake.totalProviderCalls()).toBe(0);
  });

  it('answers callers from each listed copy of the add-on', async () => {
    for (const audience of [AUDIENCE, DEV_AUDIENCE]) expect((await post(request, issuer.sign({}, audience))).status).toBe(200);
  });

  it('answers a valid caller, without CORS headers', async () => {
    const reply = await post(request, issuer.sign({}, AUDIENCE));
    expect(reply.status).toBe(200);
    expect(reply.cors).toBeNull();
    expect(reply.body.locations).toEqual([
      { id: 'C-1', role: 'origin', quality: 'rooftop' },
      { id: 'M-1', role: 'destination', quality: 'rooftop' },
      { id: 'M-2', role: 'destination', quality: 'zip-centroid' },
    ]);
    expect((reply.body.pairs as { source: string }[]).map((p) => p.source)).toEqual(['routes', 'routes']);
  });
});

describe('the deployed wiring', () => {
  it('loads the five functions on Node 22 with every param from committed files: no prompt, no .env.local', () => {
    const output = emulator.output();
    expect(output).toContain('Using node@22 from host');
    expect(output).toContain('Loaded functions definitions from source: intake, plan, proximity, reconcile, reconcileScheduled.');
    for (const name of ['intake', 'plan', 'proximity', 'reconcile']) expect(output).toContain(`functions[us-central1-${name}]: http function initialized`);
    // A schedule trigger: the emulator names it and skips it, having no Pub/Sub emulator.
    expect(output).toContain('functions[us-central1-reconcileScheduled]: function ignored because the pubsub emulator');
    expect(output).not.toContain('Prompting for parameters');
    expect(output).not.toContain('.env.local');
  });

  it('caches geocodes in Firestore: the same request again makes zero provider calls', async () => {
    const body = { origins: [{ id: 'C-9', address: '77 Selby Ave, St Paul, MN 55102', mode: 'paratransit' }], destinations: [{ id: 'M-9', address: '400 Wabasha St N, St Paul, MN 55102', mode: 'drive' }] };
    const first = await post(body, issuer.sign({}, AUDIENCE));
    expect(first.status).toBe(200);
    expect(fake.calls.geocode).toBe(2);
    fake.reset();
    const second = await post(body, issuer.sign({}, AUDIENCE));
    expect(second.body.pairs).toEqual(first.body.pairs);
    expect(fake.totalProviderCalls()).toBe(0);
  });

  it('lists what is wrong with a bad request', async () => {
    const reply = await post({ origins: [{ id: 'C-1', mode: 'bus' }], destinations: [] }, issuer.sign({}, AUDIENCE));
    expect(reply.status).toBe(400);
    expect(reply.body.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^origins\[0\]\.mode/), expect.stringMatching(/^destinations/)]));
  });

  it('keeps addresses and emails out of the emulator logs', () => {
    const output = emulator.output();
    expect(output).toContain('proximity.done');
    expect(personalDetailsIn(output, ['University Ave', 'Robert St', 'Selby', 'Wabasha', '55104', 'coordinator@example.org'])).toEqual([]);
  });
});

describe('form intake through the emulator', () => {
  async function postTo(name: string, body: unknown, token: string | null = issuer.sign({}, AUDIENCE)) {
    const response = await fetch(emulator.functionUrl(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  const responseIds = (tab: string) => {
    const rows = sheetsFake.rows(WORKBOOK, tab);
    const column = rows[0]!.indexOf('Response ID');
    return rows.slice(1).map((row) => row[column]);
  };

  it('refuses a caller without a token before touching the workbook', async () => {
    seedWorkbook(sheetsFake);
    sheetsFake.resetCounts();
    expect((await postTo('intake', { spreadsheetId: WORKBOOK, submissions: [aSubmission()] }, null)).status).toBe(401);
    expect(sheetsFake.counts.spreadsheet).toBe(0);
  });

  it('writes a submission delivered three times once, and a check-in to Reviews', async () => {
    seedWorkbook(sheetsFake);
    const submission = aSubmission('consumer-request', {}, { formId: 'form-requests' });
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await postTo('intake', { spreadsheetId: WORKBOOK, submissions: [submission] }));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
    expect(replies.map((reply) => reply.body.results[0].result)).toEqual(['written', 'already', 'already']);
    const checkIn = aSubmission('mentor-check-in', {}, { formId: 'form-checkins' });
    expect((await postTo('intake', { spreadsheetId: WORKBOOK, submissions: [checkIn] })).body.results[0]).toMatchObject({ result: 'written', tab: 'Reviews' });
    expect(responseIds('Applications')).toEqual([submission.responseId]);
    expect(responseIds('Reviews')).toEqual([checkIn.responseId]);

    formsFake.addForm('form-requests', formDefinition('consumer-request'), WORKBOOK);
    formsFake.addResponse('form-requests', { responseId: submission.responseId, createTime: submission.submittedAt, answers: submission.answers });
    formsFake.addResponse('form-requests', { responseId: 'emu-missed-1', createTime: submission.submittedAt, answers: { ...submission.answers, email: 'missed@example.org' } });
    const report = await postTo('reconcile', { spreadsheetId: WORKBOOK, forms: [{ formId: 'form-requests' }] });
    expect(report.body).toEqual({ responses: 2, restoredRows: 1, restoredLedgerEntries: 0, restored: 1, failed: 0, inProgress: 0 });
    expect(responseIds('Applications')).toEqual([submission.responseId, 'emu-missed-1']);
  });

  it('geocodes an application into the shared Firestore cache, so proximity for that person asks no provider', async () => {
    seedWorkbook(sheetsFake);
    const submission = aSubmission('mentor-application', { name: 'Rae Quill', email: 'rae.quill@example.org', phone: '', address: '88 Snelling Ave N', city: 'St Paul', zip: '55104' });
    const unknown = aSubmission('mentor-application', { name: 'Tam Ortiz', email: 'tam@example.org', phone: '', address: '', city: '', zip: '99999' });
    const reply = await postTo('intake', { spreadsheetId: WORKBOOK, submissions: [submission, unknown] });
    expect(reply.body.results.map((result: { status: string }) => result.status)).toEqual(['New', 'Needs review']);
    expect(fake.calls.geocode).toBe(1);

    fake.reset();
    const origin = { id: 'o0', address: '88 Snelling Ave N, St Paul', zip: '55104', mode: 'drive' };
    const trip = await post({ origins: [origin], destinations: [{ id: 'd0', zip: '55414', mode: 'drive' }] }, issuer.sign({}, AUDIENCE));
    expect(trip.body.locations).toEqual([
      { id: 'o0', role: 'origin', quality: 'rooftop' },
      { id: 'd0', role: 'destination', quality: 'zip-centroid' },
    ]);
    expect(fake.calls.geocode + fake.calls.censusOne + fake.calls.censusBatch).toBe(0);
  });

  it('writes into the columns of the coordinator\'s saved mapping, and reconcile finds them through the copy in Firestore', async () => {
    const { mapping, header, before } = seedMappedWorkbook(sheetsFake);
    sheetsFake.resetCounts();
    const tab = 'Sign-ups 2026';
    const submission = aSubmission('consumer-request', { name: 'Rae Quill', email: 'rae.quill@example.org', phone: '' }, { formId: 'form-mapped' });
    const reply = await postTo('intake', { spreadsheetId: WORKBOOK, submissions: [submission], mapping });
    expect(reply.status).toBe(200);
    expect(reply.body.results[0]).toMatchObject({ result: 'written', tab, row: 5 });
    const rows = () => sheetsFake.rows(WORKBOOK, tab);
    // The title, the instructions, the headers and the earlier application are untouched; one append, nothing else.
    expect(rows().slice(0, 4)).toEqual(before);
    expect(sheetsFake.appliedWrites.map((write) => write.kind)).toEqual(['append']);
    const cellOf = (row: number, name: string) => rows()[row]![header.indexOf(name)];
    expect([cellOf(4, MAPPED_HEADERS.responseId!), cellOf(4, MAPPED_HEADERS.name!), cellOf(4, MAPPED_HEADERS.email!), cellOf(4, 'Guardian name')]).toEqual([submission.responseId, 'Rae Quill', 'rae.quill@example.org', '']);

    // Reconcile carries no mapping: it reads the copy the delivery left in Firestore.
    formsFake.addForm('form-mapped', formDefinition('consumer-request'), WORKBOOK);
    formsFake.addResponse('form-mapped', { responseId: submission.responseId, createTime: submission.submittedAt, answers: submission.answers });
    formsFake.addResponse('form-mapped', { responseId: 'emu-mapped-missed', createTime: submission.submittedAt, answers: { ...submission.answers, name: 'Mia Ssed', email: 'mia.ssed@example.org' } });
    const report = await postTo('reconcile', { spreadsheetId: WORKBOOK, forms: [{ formId: 'form-mapped' }] });
    expect(report.body).toMatchObject({ responses: 2, restoredRows: 1 });
    expect(rows()).toHaveLength(6);
    expect([cellOf(5, MAPPED_HEADERS.responseId!), cellOf(5, MAPPED_HEADERS.name!)]).toEqual(['emu-mapped-missed', 'Mia Ssed']);
    expect(rows().slice(0, 4)).toEqual(before);
  });

  it('keeps names, emails, phones and addresses out of the emulator logs', () => {
    const output = emulator.output();
    expect(output).toContain('intake.done');
    expect(output).toContain('intake.geocode');
    expect(personalDetailsIn(output, [...FIXTURE_PERSONAL_DETAILS, 'Snelling', '99999'])).toEqual([]);
  });
});


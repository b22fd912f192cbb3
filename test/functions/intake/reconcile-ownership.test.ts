// Tests that reconcile copies a form's answers only into the workbook the form sends them to: the registration made by
// the first delivery cannot be moved by another caller, and a form linked elsewhere is refused before anything is read.
import { FirestoreServer } from '@firestore-emulator/server';
import { deleteApp, initializeApp, App } from 'firebase-admin/app';
import { Firestore, getFirestore } from 'firebase-admin/firestore';
import { createCallerVerifier } from '../../../functions/src/adapters/id-token-verifier';
import { FirestoreFormRegistry } from '../../../functions/src/intake/form-registry';
import { FirestoreIntakeLedger } from '../../../functions/src/intake/firestore-intake-ledger';
import { createFormResponsesSource, createFormsClient } from '../../../functions/src/intake/form-responses';
import { createIntakeHandler } from '../../../functions/src/intake/intake-http';
import { createReconcileHandler } from '../../../functions/src/intake/reconcile-http';
import { createSheetsClient, createSheetsGateway } from '../../../functions/src/intake/sheets-gateway';
import type { HttpRequestLike } from '../../../functions/src/handlers/http-endpoint';
import { formDefinition } from '../../../src/domain/intake';
import { FakeFormsApi } from '../../fakes/forms-api';
import { TokenIssuer } from '../../fakes/geo/id-tokens';
import { FakeSheetsApi } from '../../fakes/sheets-api';
import { aSubmission } from '../../helpers/intake-submissions';
import { ALLOWED, AUDIENCE } from '../support/proximity-harness';
import { freePort } from '../support/functions-emulator';
import { makeRig, seedWorkbook, testAuth, WORKBOOK } from './support';

let server: FirestoreServer;
let app: App;
let db: Firestore;
const sheetsFake = new FakeSheetsApi();
const formsFake = new FakeFormsApi();
const issuer = new TokenIssuer();
const OTHER = 'workbook-of-someone-else';

beforeAll(async () => {
  const port = await freePort();
  server = new FirestoreServer();
  await server.start(port);
  process.env.FIRESTORE_EMULATOR_HOST = `127.0.0.1:${port}`;
  process.env.METADATA_SERVER_DETECTION = 'none';
  app = initializeApp({ projectId: 'demo-peer-mentoring' }, `reconcile-ownership-${port}`);
  db = getFirestore(app);
  await Promise.all([sheetsFake.start(), formsFake.start()]);
});

afterAll(async () => {
  await db.terminate();
  await deleteApp(app);
  server.stop();
  delete process.env.FIRESTORE_EMULATOR_HOST;
  delete process.env.METADATA_SERVER_DETECTION;
  await Promise.all([sheetsFake.stop(), formsFake.stop()]);
});

type Handler = (request: HttpRequestLike, response: never) => Promise<void>;

async function call(handler: Handler, body: unknown, email: string) {
  const token = issuer.sign({ email }, AUDIENCE);
  const request: HttpRequestLike = { method: 'POST', headers: { authorization: `Bearer ${token}` }, rawBody: Buffer.from(JSON.stringify(body)) };
  const reply = { status: 0, body: undefined as unknown as Record<string, unknown> };
  const response = {
    status(code: number) {
      reply.status = code;
      return response;
    },
    set() {
      return response;
    },
    json(value: unknown) {
      reply.body = JSON.parse(JSON.stringify(value));
    },
  };
  await handler(request, response as never);
  return reply;
}

function endpoints() {
  const ledger = new FirestoreIntakeLedger(db);
  const rig = makeRig(sheetsFake, { ledger });
  const registry = new FirestoreFormRegistry(db);
  const checkCaller = createCallerVerifier({ audience: AUDIENCE, allowedEmails: ALLOWED, keys: async () => issuer.keys() });
  const reconcile = createReconcileHandler({
    checkCaller,
    registry,
    logger: rig.logger,
    reconcile: {
      forms: createFormResponsesSource(createFormsClient({ rootUrl: formsFake.rootUrl, auth: testAuth() }), 1000),
      gateway: createSheetsGateway(createSheetsClient({ rootUrl: sheetsFake.rootUrl, auth: testAuth() }), 1000),
      reads: rig.reads,
      writer: rig.writer,
      ledger,
      clock: rig.clock,
      logger: rig.logger,
    },
  });
  const intake = createIntakeHandler({
    checkCaller,
    service: rig.deps,
    maxBodyBytes: 1024 * 1024,
    logger: rig.logger,
    newRequestId: () => 'req',
    registerForm: async (registration) => void (await registry.register(registration)),
  });
  return { reconcile: reconcile as Handler, intake: intake as Handler, registry };
}

describe('reconcile ownership', () => {
  it('registers a form with its first delivery, before writing, and another caller cannot move it to their workbook', async () => {
    seedWorkbook(sheetsFake);
    seedWorkbook(sheetsFake, OTHER);
    const { intake, registry } = endpoints();
    const submission = aSubmission('consumer-request', {}, { formId: 'form-owned' });
    // The first write fails for good (a 403 from Sheets), yet the form is already registered.
    sheetsFake.fault = ({ kind }) => (kind === 'append' ? { status: 403 } : undefined);
    await call(intake, { spreadsheetId: WORKBOOK, submissions: [submission] }, 'coordinator@example.org');
    sheetsFake.fault = () => undefined;
    expect(await registry.get('form-owned')).toMatchObject({ spreadsheetId: WORKBOOK, registeredBy: 'coordinator@example.org' });
    await call(intake, { spreadsheetId: OTHER, submissions: [aSubmission('consumer-request', {}, { formId: 'form-owned' })] }, 'coordinator@example.org');
    expect(await registry.register({ spreadsheetId: OTHER, formId: 'form-owned', formKind: 'consumer-request', registeredBy: 'someone@example.org' })).toBe('conflict');
    expect((await registry.get('form-owned'))?.spreadsheetId).toBe(WORKBOOK);
  });

  it('refuses to copy a form registered to another workbook, or one whose responses go elsewhere, and writes nothing', async () => {
    seedWorkbook(sheetsFake);
    seedWorkbook(sheetsFake, OTHER);
    const { reconcile, registry } = endpoints();
    formsFake.addForm('form-theirs', formDefinition('consumer-request'), OTHER);
    formsFake.addResponse('form-theirs', { responseId: 'theirs-1', createTime: '2026-03-03T15:04:05.000Z', answers: aSubmission().answers });
    await registry.register({ spreadsheetId: OTHER, formId: 'form-theirs', formKind: 'consumer-request', registeredBy: 'coordinator@example.org' });
    const before = sheetsFake.rows(WORKBOOK, 'Applications').length;

    const registered = await call(reconcile, { spreadsheetId: WORKBOOK, forms: [{ formId: 'form-theirs' }] }, 'coordinator@example.org');
    expect(registered).toMatchObject({ status: 403, body: { code: 'RECONCILE.NOT_THIS_WORKBOOK' } });

    // Not registered, but linked to another workbook: refused by the form's own destination.
    formsFake.addForm('form-unregistered', formDefinition('consumer-request'), OTHER);
    formsFake.addResponse('form-unregistered', { responseId: 'theirs-2', createTime: '2026-03-03T15:04:05.000Z', answers: aSubmission().answers });
    const linked = await call(reconcile, { spreadsheetId: WORKBOOK, forms: [{ formId: 'form-unregistered' }] }, 'coordinator@example.org');
    expect(linked).toMatchObject({ status: 403, body: { code: 'RECONCILE.NOT_THIS_WORKBOOK' } });
    expect(sheetsFake.rows(WORKBOOK, 'Applications').length).toBe(before);

    // The owner's own reconcile of the same form works.
    const own = await call(reconcile, { spreadsheetId: OTHER, forms: [{ formId: 'form-theirs' }] }, 'coordinator@example.org');
    expect(own).toMatchObject({ status: 200, body: { responses: 1, restoredRows: 1 } });
  });
});

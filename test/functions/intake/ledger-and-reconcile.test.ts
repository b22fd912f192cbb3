// Tests the Firestore ledger against the Firestore stand-in (@firestore-emulator/server on loopback), and reconcile
// restoring deleted rows and ledger entries from the form's responses (Forms API fake) through the real clients.
import { FirestoreServer } from '@firestore-emulator/server';
import { deleteApp, initializeApp, App } from 'firebase-admin/app';
import { Firestore, getFirestore } from 'firebase-admin/firestore';
import { FirestoreIntakeLedger, INTAKE_LEDGER_COLLECTION, ledgerDocId } from '../../../functions/src/intake/firestore-intake-ledger';
import { createFormResponsesSource, createFormsClient } from '../../../functions/src/intake/form-responses';
import { receiveSubmission } from '../../../functions/src/intake/intake-service';
import { reconcileWorkbook } from '../../../functions/src/intake/reconcile';
import { createSheetsClient, createSheetsGateway } from '../../../functions/src/intake/sheets-gateway';
import { formDefinition } from '../../../src/domain/intake';
import { FakeFormsApi } from '../../fakes/forms-api';
import { FakeSheetsApi } from '../../fakes/sheets-api';
import { aSubmission } from '../../helpers/intake-submissions';
import { freePort } from '../support/functions-emulator';
import { makeRig, seedWorkbook, testAuth, WORKBOOK } from './support';

let server: FirestoreServer;
let app: App;
let db: Firestore;
const sheetsFake = new FakeSheetsApi();
const formsFake = new FakeFormsApi();

beforeAll(async () => {
  const port = await freePort();
  server = new FirestoreServer();
  await server.start(port);
  process.env.FIRESTORE_EMULATOR_HOST = `127.0.0.1:${port}`;
  process.env.METADATA_SERVER_DETECTION = 'none';
  app = initializeApp({ projectId: 'demo-peer-mentoring' }, `intake-ledger-${port}`);
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

describe('the Firestore intake ledger', () => {
  it('relies on create() failing for an existing document (checked first: exactly-once depends on it)', async () => {
    const ref = db.collection('createCheck').doc('one');
    await ref.create({ n: 1 });
    await expect(ref.create({ n: 2 })).rejects.toMatchObject({ code: 6 });
    expect((await ref.get()).data()).toEqual({ n: 1 });
  });

  it('claims a response ID once, even when ten deliveries race', async () => {
    const ledger = new FirestoreIntakeLedger(db);
    const entry = { responseId: 'race-1', formKind: 'consumer-request' as const, spreadsheetId: WORKBOOK, receivedAt: 1 };
    const claims = await Promise.all(Array.from({ length: 10 }, () => ledger.claim(entry)));
    expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
    expect(claims.filter((claim) => !claim.claimed).every((claim) => !claim.claimed && claim.entry.state === 'received')).toBe(true);
    await ledger.markWritten('race-1', { tab: 'Applications', row: 5 }, 2);
    expect(await ledger.claim(entry)).toEqual({ claimed: false, entry: { ...entry, state: 'written', rowRef: { tab: 'Applications', row: 5 }, writtenAt: 2 } });
  });

  it('keeps odd response IDs in safe document IDs and holds no answers', async () => {
    expect(ledgerDocId('2_ABaOnud-x.y:z')).toBe('2_ABaOnud-x.y:z');
    expect(ledgerDocId('a/b')).toBe('enc-a%2Fb');
    const rig = makeRig(sheetsFake, { ledger: new FirestoreIntakeLedger(db) });
    seedWorkbook(sheetsFake);
    const submission = aSubmission('consumer-request');
    await receiveSubmission(rig.deps, WORKBOOK, submission);
    const stored = (await db.collection(INTAKE_LEDGER_COLLECTION).doc(submission.responseId).get()).data();
    expect(Object.keys(stored!).sort()).toEqual(['formId', 'formKind', 'receivedAt', 'responseId', 'rowRef', 'spreadsheetId', 'state', 'writtenAt']);
  });
});

describe('reconcile', () => {
  it('restores 3 deleted rows and 2 lost ledger entries, and reports 5', async () => {
    seedWorkbook(sheetsFake);
    const ledger = new FirestoreIntakeLedger(db);
    const rig = makeRig(sheetsFake, { ledger });
    formsFake.addForm('form-requests', formDefinition('consumer-request'), WORKBOOK);
    formsFake.addForm('form-checkins', formDefinition('mentor-check-in'), WORKBOOK);
    const submissions = [
      ...Array.from({ length: 8 }, (_, i) => aSubmission('consumer-request', { email: `r${i}@example.org` }, { responseId: `rec-req-${i}`, formId: 'form-requests' })),
      ...Array.from({ length: 2 }, (_, i) => aSubmission('mentor-check-in', {}, { responseId: `rec-chk-${i}`, formId: 'form-checkins' })),
    ];
    for (const submission of submissions) formsFake.addResponse(submission.formId!, { responseId: submission.responseId, createTime: submission.submittedAt, answers: submission.answers });
    for (const submission of submissions) await receiveSubmission(rig.deps, WORKBOOK, submission);

    // A coordinator deletes three rows (one a check-in); two ledger entries are lost.
    const applications = sheetsFake.rows(WORKBOOK, 'Applications');
    applications.splice(2, 1);
    applications.splice(4, 1);
    sheetsFake.rows(WORKBOOK, 'Reviews').splice(1, 1);
    await db.collection(INTAKE_LEDGER_COLLECTION).doc('rec-req-6').delete();
    await db.collection(INTAKE_LEDGER_COLLECTION).doc('rec-req-7').delete();

    const gateway = createSheetsGateway(createSheetsClient({ rootUrl: sheetsFake.rootUrl, auth: testAuth() }), 1000);
    const forms = createFormResponsesSource(createFormsClient({ rootUrl: formsFake.rootUrl, auth: testAuth() }), 1000);
    formsFake.pageSize = 3;
    const report = await reconcileWorkbook({ forms, gateway, reads: rig.reads, writer: rig.writer, ledger, clock: rig.clock, logger: rig.logger }, WORKBOOK, [
      { formId: 'form-requests' },
      { formId: 'form-checkins' },
    ]);
    expect(report).toEqual({ responses: 10, restoredRows: 3, restoredLedgerEntries: 2, restored: 5, failed: 0, inProgress: 0 });
    const ids = (tab: string) => {
      const rows = sheetsFake.rows(WORKBOOK, tab);
      const column = rows[0]!.indexOf('Response ID');
      return rows.slice(1).map((row) => row[column]).sort();
    };
    expect(ids('Applications')).toEqual(submissions.slice(0, 8).map((s) => s.responseId).sort());
    expect(ids('Reviews')).toEqual(['rec-chk-0', 'rec-chk-1']);
    const entries = await ledger.getMany(submissions.map((s) => s.responseId));
    expect([...entries.values()].every((entry) => entry.state === 'written')).toBe(true);
    expect(entries.size).toBe(10);

    // A second run finds nothing to do.
    const again = await reconcileWorkbook({ forms, gateway, reads: rig.reads, writer: rig.writer, ledger, clock: rig.clock, logger: rig.logger }, WORKBOOK, [{ formId: 'form-requests' }, { formId: 'form-checkins' }]);
    expect(again.restored).toBe(0);
  });

  it('reads a form again when the Forms API answers 503 or 429, and refuses a form of no intake kind at once', async () => {
    seedWorkbook(sheetsFake);
    const ledger = new FirestoreIntakeLedger(db);
    const rig = makeRig(sheetsFake, { ledger });
    formsFake.addForm('form-busy', formDefinition('consumer-request'), WORKBOOK);
    const submission = aSubmission('consumer-request', { email: 'busy@example.org' }, { responseId: 'rec-busy-0', formId: 'form-busy' });
    formsFake.addResponse('form-busy', { responseId: submission.responseId, createTime: submission.submittedAt, answers: submission.answers });
    const gateway = createSheetsGateway(createSheetsClient({ rootUrl: sheetsFake.rootUrl, auth: testAuth() }), 1000);
    const forms = createFormResponsesSource(createFormsClient({ rootUrl: formsFake.rootUrl, auth: testAuth() }), 1000);
    const deps = { forms, gateway, reads: rig.reads, writer: rig.writer, ledger, clock: rig.clock, logger: rig.logger };

    formsFake.failNext = [503, 429];
    const report = await reconcileWorkbook(deps, WORKBOOK, [{ formId: 'form-busy' }]);
    expect(formsFake.failNext).toEqual([]);
    expect(report).toMatchObject({ responses: 1, restoredRows: 1, failed: 0 });
    expect(sheetsFake.rows(WORKBOOK, 'Applications').some((row) => row.includes('rec-busy-0'))).toBe(true);

    formsFake.addForm('form-other', { ...formDefinition('consumer-request'), title: 'Potluck sign-up' }, WORKBOOK);
    const getsBefore = formsFake.getCalls;
    await expect(reconcileWorkbook(deps, WORKBOOK, [{ formId: 'form-other' }])).rejects.toMatchObject({ code: 'FORM.UNKNOWN_KIND' });
    expect(formsFake.getCalls - getsBefore).toBe(1);
  });
});

// Races two real writer instances against one response: each instance is its own load of the intake modules (its own
// googleapis clients, Firestore client, writer queue and lease holder), sharing only the Firestore stand-in and the
// Sheets API fake. Latencies come from a seeded generator; every trial must end with exactly one row per response.
// Time is real here (the lease fences on real deadlines), scaled down: the fake's processing deadline is 700 ms, the
// writers' timeout 120 ms (late commits land anywhere up to 580 ms after it), and the writers wait out 700 ms + 250 ms
// of margin for a write without an answer.
import { FirestoreServer } from '@firestore-emulator/server';
import { deleteApp, initializeApp, App } from 'firebase-admin/app';
import { Firestore, getFirestore } from 'firebase-admin/firestore';
import type { Submission } from '../../../src/domain/intake';
import { formDefinition } from '../../../src/domain/intake';
import { FakeFormsApi } from '../../fakes/forms-api';
import { FakeSheetsApi, SheetsFault, SheetsRequestInfo, WRITE_KINDS } from '../../fakes/sheets-api';
import { aSubmission } from '../../helpers/intake-submissions';
import { freePort } from '../support/functions-emulator';
import { CapturingLogger, seedWorkbook, testAuth } from './support';

type ReceiveFn = typeof import('../../../functions/src/intake/intake-service').receiveSubmission;
type ReconcileFn = typeof import('../../../functions/src/intake/reconcile').reconcileWorkbook;

const TRIALS = 50;
const SIDE_BY_SIDE = 5;
const TIMEOUT_MS = 120;
const PROCESSING_DEADLINE_MS = 700;
const COMMIT_DEADLINE_MS = PROCESSING_DEADLINE_MS + 250;

let server: FirestoreServer;
const apps: App[] = [];
const dbs: Firestore[] = [];
const sheets = new FakeSheetsApi();
const forms = new FakeFormsApi();

interface Instance {
  receive: (spreadsheetId: string, submission: Submission) => ReturnType<ReceiveFn>;
  reconcile: (spreadsheetId: string, formId: string) => ReturnType<ReconcileFn>;
}

/** One writer instance: a fresh load of the intake modules over its own clients. */
function startInstance(name: string): Instance {
  let instance: Instance | undefined;
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { receiveSubmission } = require('../../../functions/src/intake/intake-service') as typeof import('../../../functions/src/intake/intake-service');
    const { reconcileWorkbook } = require('../../../functions/src/intake/reconcile') as typeof import('../../../functions/src/intake/reconcile');
    const { IntakeWriter } = require('../../../functions/src/intake/intake-writer') as typeof import('../../../functions/src/intake/intake-writer');
    const { FirestoreIntakeLedger } = require('../../../functions/src/intake/firestore-intake-ledger') as typeof import('../../../functions/src/intake/firestore-intake-ledger');
    const { FirestoreLeaseTerms } = require('../../../functions/src/intake/firestore-lease-terms') as typeof import('../../../functions/src/intake/firestore-lease-terms');
    const { leaseTiming, WorkbookLeases } = require('../../../functions/src/intake/workbook-lease') as typeof import('../../../functions/src/intake/workbook-lease');
    const { createSheetsClient, createSheetsGateway } = require('../../../functions/src/intake/sheets-gateway') as typeof import('../../../functions/src/intake/sheets-gateway');
    const { createFormResponsesSource, createFormsClient } = require('../../../functions/src/intake/form-responses') as typeof import('../../../functions/src/intake/form-responses');
    const { RateLimiter } = require('../../../functions/src/intake/write-rate-limiter') as typeof import('../../../functions/src/intake/write-rate-limiter');
    const { realClock } = require('../../../functions/src/intake/retry-policy') as typeof import('../../../functions/src/intake/retry-policy');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const app = initializeApp({ projectId: 'demo-peer-mentoring' }, `race-${name}`);
    apps.push(app);
    const db = getFirestore(app);
    dbs.push(db);
    const clock = realClock;
    const logger = new CapturingLogger();
    const gateway = createSheetsGateway(createSheetsClient({ rootUrl: sheets.rootUrl, auth: testAuth() }), TIMEOUT_MS);
    const reads = new RateLimiter(100_000, clock);
    const ledger = new FirestoreIntakeLedger(db);
    const backoff = { attempts: 30, baseDelayMs: 50, maxDelayMs: 500 };
    const writer = new IntakeWriter({
      gateway,
      reads,
      writes: new RateLimiter(100_000, clock),
      leases: new WorkbookLeases({ store: new FirestoreLeaseTerms(db), clock, holderId: name, timing: leaseTiming(TIMEOUT_MS, COMMIT_DEADLINE_MS) }),
      clock,
      logger,
      backoff,
    });
    const formsSource = createFormResponsesSource(createFormsClient({ rootUrl: forms.rootUrl, auth: testAuth() }), 2000);
    instance = {
      receive: (spreadsheetId, submission) => receiveSubmission({ ledger, writer, clock, logger }, spreadsheetId, submission),
      reconcile: (spreadsheetId, formId) => reconcileWorkbook({ forms: formsSource, gateway, reads, writer, ledger, clock, logger, backoff }, spreadsheetId, [{ formId }]),
    };
  });
  return instance!;
}

let first: Instance;
let second: Instance;

beforeAll(async () => {
  const port = await freePort();
  server = new FirestoreServer();
  await server.start(port);
  process.env.FIRESTORE_EMULATOR_HOST = `127.0.0.1:${port}`;
  process.env.METADATA_SERVER_DETECTION = 'none';
  await Promise.all([sheets.start(), forms.start()]);
  sheets.processingDeadlineMs = PROCESSING_DEADLINE_MS;
  sheets.fault = (request) => faults.get(request.spreadsheetId)?.(request);
  first = startInstance('instance-a');
  second = startInstance('instance-b');
});

afterAll(async () => {
  for (const db of dbs) await db.terminate();
  for (const app of apps) await deleteApp(app);
  server.stop();
  delete process.env.FIRESTORE_EMULATOR_HOST;
  delete process.env.METADATA_SERVER_DETECTION;
  await Promise.all([sheets.stop(), forms.stop()]);
});

/** Park–Miller: the same seed gives the same latencies and the same late commits. */
function seeded(seed: number) {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

let trialNo = 0;
/** Each trial's faults, by its workbook: trials run side by side, each with its own generator. */
const faults = new Map<string, (request: SheetsRequestInfo) => SheetsFault | undefined>();

/** A fresh workbook with one form linked to it, holding one response; the fake's faults drawn from `random`. */
function setUpTrial(random: () => number, lateCommits: boolean) {
  trialNo += 1;
  const spreadsheetId = `race-${trialNo}`;
  const formId = `race-form-${trialNo}`;
  seedWorkbook(sheets, spreadsheetId);
  const submission = aSubmission('consumer-request', { email: `race${trialNo}@example.org` }, { formId, responseId: `race-resp-${trialNo}` });
  forms.addForm(formId, formDefinition('consumer-request'), spreadsheetId);
  forms.addResponse(formId, { responseId: submission.responseId, createTime: submission.submittedAt, answers: submission.answers });
  let lateSent = false;
  faults.set(spreadsheetId, ({ kind }) => {
    // The first append of the trial commits after its client gave up, at a random moment before the deadline.
    if (lateCommits && !lateSent && kind === 'append') {
      lateSent = true;
      return { commitAfterMs: TIMEOUT_MS + Math.floor(random() * (PROCESSING_DEADLINE_MS - TIMEOUT_MS)) };
    }
    const roll = random();
    if (WRITE_KINDS.includes(kind) && roll < 0.1) return { status: 503 };
    return { delayMs: Math.floor(random() * 20) };
  });
  return { spreadsheetId, formId, submission };
}

const rowsFor = (spreadsheetId: string, responseId: string) => {
  const rows = sheets.rows(spreadsheetId, 'Applications');
  const column = rows[0]!.indexOf('Response ID');
  return rows.slice(1).filter((row) => row[column] === responseId).length;
};

/** Runs the trials, five side by side, then waits out any write still able to commit before counting rows. */
async function runTrials(seed: number, lateCommits: boolean, race: (trial: ReturnType<typeof setUpTrial>, random: () => number) => Promise<unknown>) {
  const counts: number[] = [];
  for (let round = 0; round < TRIALS / SIDE_BY_SIDE; round++) {
    const trials = Array.from({ length: SIDE_BY_SIDE }, (_, i) => {
      const random = seeded(seed * 1000 + round * SIDE_BY_SIDE + i + 1);
      return { setUp: setUpTrial(random, lateCommits), random };
    });
    await Promise.all(trials.map(({ setUp, random }) => race(setUp, random)));
    await new Promise((resolve) => setTimeout(resolve, PROCESSING_DEADLINE_MS + 20));
    for (const { setUp } of trials) counts.push(rowsFor(setUp.spreadsheetId, setUp.submission.responseId));
  }
  return { duplicates: counts.filter((n) => n > 1).length, losses: counts.filter((n) => n === 0).length, trials: counts.length };
}

const pause = (random: () => number) => new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 40)));

describe('exactly once across two writer instances', () => {
  it('a delivery at one instance and a reconcile at the other, at the same moment, land the response once (50 trials)', async () => {
    const outcome = await runTrials(11, false, async ({ spreadsheetId, formId, submission }, random) => {
      const delivery = pause(random).then(() => first.receive(spreadsheetId, submission));
      const reconcile = pause(random).then(() => second.reconcile(spreadsheetId, formId));
      await Promise.all([delivery, reconcile]);
    });
    expect(outcome).toEqual({ duplicates: 0, losses: 0, trials: TRIALS });
  }, 120_000);

  it('two reconciles at two instances land a missing response once, the first append committing after its client gave up (50 trials)', async () => {
    const outcome = await runTrials(23, true, async ({ spreadsheetId, formId }, random) => {
      await Promise.all([pause(random).then(() => first.reconcile(spreadsheetId, formId)), pause(random).then(() => second.reconcile(spreadsheetId, formId))]);
    });
    expect(outcome).toEqual({ duplicates: 0, losses: 0, trials: TRIALS });
  }, 120_000);

  it('an append that commits after its client timed out is not written again, by its own retry or by a reconcile elsewhere (50 trials)', async () => {
    const outcome = await runTrials(37, true, async ({ spreadsheetId, formId, submission }, random) => {
      const delivery = first.receive(spreadsheetId, submission);
      const reconcile = pause(random).then(() => second.reconcile(spreadsheetId, formId));
      await Promise.all([delivery, reconcile]);
    });
    expect(sheets.lateCommits.applied).toBeGreaterThanOrEqual(TRIALS);
    expect(outcome).toEqual({ duplicates: 0, losses: 0, trials: TRIALS });
  }, 120_000);

  it('two deliveries of one response at two instances, the first one commit late, land it once (50 trials)', async () => {
    const outcome = await runTrials(41, true, async ({ spreadsheetId, submission }, random) => {
      await Promise.all([first.receive(spreadsheetId, submission), pause(random).then(() => second.receive(spreadsheetId, submission))]);
      // The second delivery may have been told "in progress"; the add-on sends it again later, as it would.
      await second.receive(spreadsheetId, submission);
    });
    expect(outcome).toEqual({ duplicates: 0, losses: 0, trials: TRIALS });
  }, 120_000);
});

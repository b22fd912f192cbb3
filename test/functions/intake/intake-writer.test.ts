// Tests the intake writer and service in-process: the real googleapis client against the Sheets API fake on loopback.
import { receiveSubmission } from '../../../functions/src/intake/intake-service';
import { MemoryIntakeLedger } from '../../../functions/src/intake/memory-intake-ledger';
import { createFormResponsesSource, createFormsClient } from '../../../functions/src/intake/form-responses';
import { reconcileWorkbook } from '../../../functions/src/intake/reconcile';
import { createSheetsClient, createSheetsGateway } from '../../../functions/src/intake/sheets-gateway';
import { RateLimiter } from '../../../functions/src/intake/write-rate-limiter';
import { formDefinition } from '../../../src/domain/intake';
import { FakeFormsApi } from '../../fakes/forms-api';
import { FakeSheetsApi, WRITE_KINDS } from '../../fakes/sheets-api';
import { aSubmission, FIXTURE_PERSONAL_DETAILS } from '../../helpers/intake-submissions';
import { makeRig, seedWorkbook, testAuth, WORKBOOK } from './support';
import { personalDetailsIn } from '../../helpers/personal-details';

const fake = new FakeSheetsApi();
const forms = new FakeFormsApi();

beforeAll(() => Promise.all([fake.start(), forms.start()]));
afterAll(() => Promise.all([fake.stop(), forms.stop()]));
beforeEach(() => {
  seedWorkbook(fake);
  fake.resetCounts();
  fake.fault = () => undefined;
});

const applicationRows = () => fake.rows(WORKBOOK, 'Applications');
const responseIds = (tab = 'Applications') => {
  const rows = fake.rows(WORKBOOK, tab);
  const column = rows[0]!.indexOf('Response ID');
  return rows.slice(1).map((row) => row[column]);
};

describe('intake writer', () => {
  it('writes one Applications row with a header, RAW text and the status and issues', async () => {
    const rig = makeRig(fake);
    const result = await receiveSubmission(rig.deps, WORKBOOK, aSubmission('mentor-application', { name: '=HYPERLINK("http://x","y")', zip: '554', email: 'new@example.org', phone: '' }));
    expect(result).toMatchObject({ result: 'written', tab: 'Applications', row: 2, status: 'Needs review' });
    const [header, row] = applicationRows();
    expect(header!.slice(0, 4)).toEqual(['Response ID', 'Form', 'Submitted at', 'Name']);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Name')).toBe('\'=HYPERLINK("http://x","y")');
    expect(cell('ZIP')).toBe('554');
    expect(cell('Issues')).toBe('ZIP: "554" is not a ZIP code (use 5 digits, like 55104)');
    expect(cell('Status')).toBe('Needs review');
    expect(applicationRows().flat().some((value) => typeof value === 'object' && value !== null)).toBe(false);
  });

  it('writes the same submission delivered three times once, whether in turn or at once', async () => {
    const rig = makeRig(fake);
    const submission = aSubmission('consumer-request');
    const first = await receiveSubmission(rig.deps, WORKBOOK, submission);
    const again = await Promise.all([receiveSubmission(rig.deps, WORKBOOK, submission), receiveSubmission(rig.deps, WORKBOOK, submission)]);
    expect(first.result).toBe('written');
    expect(again.map((result) => result.result)).toEqual(['already', 'already']);
    // Three deliveries reaching three instances at once share the ledger: one writes, two leave it to the first.
    const other = aSubmission('consumer-request');
    const ledger = new MemoryIntakeLedger();
    const results = await Promise.all([1, 2, 3].map(() => receiveSubmission(makeRig(fake, { ledger }).deps, WORKBOOK, other)));
    expect(results.map((result) => result.result).sort()).toEqual(['in-progress', 'in-progress', 'written']);
    expect(responseIds()).toEqual([submission.responseId, other.responseId]);
  });

  it('lands 50 concurrent submissions as 50 rows, none overwritten, in a few write requests', async () => {
    const rig = makeRig(fake);
    const submissions = Array.from({ length: 50 }, () => aSubmission('consumer-request', { email: '' }));
    const results = await Promise.all(submissions.map((submission) => receiveSubmission(rig.deps, WORKBOOK, submission)));
    expect(new Set(results.map((result) => result.row)).size).toBe(50);
    expect(responseIds().sort()).toEqual(submissions.map((submission) => submission.responseId).sort());
    expect(fake.writeRequests()).toBeLessThanOrEqual(3);
  });

  it('puts a check-in on the Reviews tab, adding the Response ID column once', async () => {
    const rig = makeRig(fake);
    const checkIn = aSubmission('mentor-check-in');
    await receiveSubmission(rig.deps, WORKBOOK, checkIn);
    await receiveSubmission(rig.deps, WORKBOOK, checkIn);
    const rows = fake.rows(WORKBOOK, 'Reviews');
    expect(rows[0]).toEqual(['Review ID', 'Match ID', 'Date', 'Kind', 'Attendees', 'Goal ID', 'Progress', 'Minutes', 'Notes', 'Next review', 'Response ID']);
    expect(rows.slice(1)).toEqual([['R-0001', 'X-0007', '2026-03-03', 'check-in', 'M-0003, C-0042', 'G-0100', 'Good progress — Employment', 60, 'We practised an interview.', '', checkIn.responseId]]);
  });

  it('finds a possible duplicate of a consumer already in the workbook', async () => {
    const rig = makeRig(fake);
    await receiveSubmission(rig.deps, WORKBOOK, aSubmission('consumer-request'));
    const [header, row] = applicationRows();
    expect(row![header!.indexOf('Duplicate of')]).toBe('C-0042');
  });

  it('retries 429, 500 and 503 with backoff, and never retries 400 or 403', async () => {
    const rig = makeRig(fake);
    fake.fault = ({ kind, n }) => (kind === 'append' && n <= 3 ? { status: [429, 500, 503][n - 1] } : undefined);
    await receiveSubmission(rig.deps, WORKBOOK, aSubmission('consumer-request'));
    expect(fake.counts.append).toBe(4);
    expect(rig.clock.slept).toBeGreaterThan(0);

    for (const status of [400, 403]) {
      const before = fake.counts.append;
      fake.fault = ({ kind }) => (kind === 'append' ? { status } : undefined);
      await expect(receiveSubmission(makeRig(fake).deps, WORKBOOK, aSubmission('consumer-request'))).rejects.toMatchObject({ status });
      expect(fake.counts.append - before).toBe(1);
    }
  });

  it('lands 1,000 submissions exactly once through 429/500s, timeouts after success, late commits and two concurrent reconciles, within the write quota', async () => {
    // Failures of one in four requests make long chains of failed attempts likely; the writer may try 30 times.
    // A client timeout of a second keeps a busy test machine from timing out requests the fake did answer.
    const rig = makeRig(fake, { timeoutMs: 1000, maxBatch: 50, attempts: 30 });
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    // Late commits run on the test's virtual clock, within Sheets' processing deadline of 180 s after arriving.
    fake.schedule = (ms, run) => rig.clock.schedule(ms, run);
    fake.fault = ({ kind }) => {
      const roll = random();
      if (roll < 0.08) return { status: 429 };
      if (roll < 0.16) return { status: 500 };
      if (roll < 0.2) return { hangAfterSuccessMs: 1500 };
      if (roll < 0.25 && WRITE_KINDS.includes(kind)) return { commitAfterMs: 1_000 + Math.floor(random() * 178_000) };
      return undefined;
    };
    const submissions = Array.from({ length: 1000 }, (_, i) => aSubmission(i % 2 ? 'consumer-request' : 'mentor-application', { email: `p${i}@example.org`, phone: '' }, { formId: 'form-fault' }));
    forms.addForm('form-fault', formDefinition('consumer-request'), WORKBOOK);
    // The reconciles read the form's responses while deliveries are still landing: half the responses are on the form.
    for (const submission of submissions.filter((_, i) => i % 2 === 1)) forms.addResponse('form-fault', { responseId: submission.responseId, createTime: submission.submittedAt, answers: submission.answers });
    const reconcileDeps = {
      forms: createFormResponsesSource(createFormsClient({ rootUrl: forms.rootUrl, auth: testAuth() }), 5000),
      gateway: createSheetsGateway(createSheetsClient({ rootUrl: fake.rootUrl, auth: testAuth() }), 1000),
      // Reads of its own, so a reconcile never moves the virtual clock while a write is on the wire.
      reads: new RateLimiter(100_000, rig.clock),
      writer: rig.writer,
      ledger: rig.deps.ledger,
      clock: rig.clock,
      logger: rig.logger,
    };
    const reconcile = () => reconcileWorkbook(reconcileDeps, WORKBOOK, [{ formId: 'form-fault' }]).catch(() => undefined);
    const [results] = await Promise.all([Promise.all(submissions.map((submission) => receiveSubmission(rig.deps, WORKBOOK, submission))), reconcile(), reconcile()]);
    const ids = responseIds();
    expect(ids).toHaveLength(1000);
    expect(new Set(ids).size).toBe(1000);
    expect(results.every((result) => result.result === 'written' || result.result === 'already')).toBe(true);
    expect(fake.lateCommits.applied).toBeGreaterThan(0);
    expect(rig.writes.maxInWindow).toBeLessThanOrEqual(60);
    expect(rig.reads.maxInWindow).toBeLessThanOrEqual(60);
    expect(rig.writer.stats.attempts).toBeGreaterThan(rig.writer.stats.batches);
    // How fast is for the bench (npm run bench: intake); a wall-clock limit here would fail on a busy machine.
  }, 180_000);

  it('sets aside a submission that cannot be prepared, writes the rest of its batch, and does not retry it', async () => {
    const ledger = new MemoryIntakeLedger();
    const rig = makeRig(fake, { ledger });
    let nested: unknown = 'Jobs';
    for (let depth = 0; depth < 200_000; depth++) nested = [nested];
    const poison = aSubmission('consumer-request', { goalAreas: nested });
    const good = Array.from({ length: 4 }, (_, i) => aSubmission('consumer-request', { email: `ok${i}@example.org` }));
    const results = await Promise.all([...good.slice(0, 2), poison, ...good.slice(2)].map((submission) => receiveSubmission(rig.deps, WORKBOOK, submission)));
    expect(results[2]).toMatchObject({ result: 'failed', retry: false, code: 'INTAKE.UNREADABLE_RANGEERROR' });
    expect(results.filter((result) => result.result === 'written')).toHaveLength(4);
    expect(responseIds().sort()).toEqual(good.map((submission) => submission.responseId).sort());
    expect(rig.writer.stats).toMatchObject({ batches: 1, attempts: 1, unprepared: 1 });
    expect(ledger.entries.get(poison.responseId)).toMatchObject({ state: 'failed', failureCode: 'INTAKE.UNREADABLE_RANGEERROR' });
    // Delivered again, it is answered from the ledger without another attempt.
    expect(await receiveSubmission(rig.deps, WORKBOOK, poison)).toMatchObject({ result: 'failed', retry: false });
    expect(rig.writer.stats.attempts).toBe(1);
  });

  it('logs counts and codes only: no name, email, phone or address', async () => {
    const rig = makeRig(fake);
    fake.fault = ({ kind, n }) => (kind === 'append' && n === 1 ? { status: 500 } : undefined);
    await receiveSubmission(rig.deps, WORKBOOK, aSubmission('consumer-request', { name: 'Ann Lee', email: 'ann.lee@example.org' }));
    await receiveSubmission(rig.deps, WORKBOOK, aSubmission('mentor-check-in'));
    expect(rig.logger.lines.length).toBeGreaterThan(1);
    expect(personalDetailsIn(rig.logger.text(), FIXTURE_PERSONAL_DETAILS)).toEqual([]);
  });
});

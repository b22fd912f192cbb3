// Tests that the intake finds the coordinator's tab, header row and columns through the saved mapping the add-on sends
// (and reconcile through the copy kept of it): real googleapis client against the Sheets API fake on loopback.
import { createFormResponsesSource, createFormsClient } from '../../../functions/src/intake/form-responses';
import { createIntakeHandler } from '../../../functions/src/intake/intake-http';
import { receiveSubmission } from '../../../functions/src/intake/intake-service';
import { MemorySavedMappings } from '../../../functions/src/intake/memory-saved-mappings';
import type { SavedMappings } from '../../../functions/src/intake/saved-mappings.port';
import { reconcileWorkbook } from '../../../functions/src/intake/reconcile';
import { createSheetsClient, createSheetsGateway } from '../../../functions/src/intake/sheets-gateway';
import { createCallerVerifier } from '../../../functions/src/adapters/id-token-verifier';
import { formDefinition } from '../../../src/domain/intake';
import { TokenIssuer } from '../../fakes/geo/id-tokens';
import { FakeFormsApi } from '../../fakes/forms-api';
import { FakeSheetsApi } from '../../fakes/sheets-api';
import { aSubmission } from '../../helpers/intake-submissions';
import { ALLOWED, AUDIENCE } from '../support/proximity-harness';
import { IntakeRig, makeRig, MAPPED_HEADERS, seedMappedWorkbook, testAuth, WORKBOOK } from './support';

const TAB = 'Sign-ups 2026';
const fake = new FakeSheetsApi();
const forms = new FakeFormsApi();
const issuer = new TokenIssuer();
beforeAll(() => Promise.all([fake.start(), forms.start()]));
afterAll(() => Promise.all([fake.stop(), forms.stop()]));
beforeEach(() => {
  fake.resetCounts();
  fake.fault = () => undefined;
});

/** A row without its blank cells at the end: the fake keeps '' where the writer filled unmapped columns of a new row. */
function trimmed(row: readonly unknown[]): unknown[] {
  const cells = row.map((cell) => cell ?? '');
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}
const rowsOf = () => fake.rows(WORKBOOK, TAB).map(trimmed);

/** The intake endpoint over a rig, keeping the mappings deliveries carry in `mappings`; `post` answers status and body. */
function endpoint(rig: IntakeRig, mappings: SavedMappings = new MemorySavedMappings()) {
  const handler = createIntakeHandler({
    checkCaller: createCallerVerifier({ audience: AUDIENCE, allowedEmails: ALLOWED, keys: async () => issuer.keys() }),
    service: rig.deps,
    maxBodyBytes: 4 * 1024 * 1024,
    logger: rig.logger,
    newRequestId: () => 'req',
    saveMapping: (spreadsheetId, saved, savedBy) => mappings.save(spreadsheetId, saved, savedBy),
  });
  return async (body: unknown) => {
    const reply: { status: number; body?: { problems?: string[] } } = { status: 0 };
    const response = {
      status: (code: number) => ((reply.status = code), response),
      set: () => response,
      json: (value: unknown) => void (reply.body = value as typeof reply.body),
    };
    await handler({ method: 'POST', headers: { authorization: `Bearer ${issuer.sign({}, AUDIENCE)}` }, rawBody: Buffer.from(JSON.stringify(body)) }, response);
    return reply;
  };
}

describe('the intake through the coordinator\'s saved mapping', () => {
  it('writes an application into the mapped columns below a header on row 3, touching no other cell', async () => {
    const { mapping, header, before } = seedMappedWorkbook(fake);
    const submission = aSubmission('consumer-request', { name: 'Rae Quill', email: 'rae.quill@example.org', phone: '' });
    const result = await receiveSubmission(makeRig(fake).deps, WORKBOOK, submission, mapping);

    expect(result).toMatchObject({ result: 'written', tab: TAB, row: 5 });
    const rows = rowsOf();
    // The title, the instructions, the headers and the earlier application are as they were.
    expect(rows.slice(0, 4)).toEqual(before.map(trimmed));
    expect(rows).toHaveLength(5);
    const cell = (name: string) => rows[4]![header.indexOf(name)];
    expect(cell(MAPPED_HEADERS.name!)).toBe('Rae Quill');
    expect(cell(MAPPED_HEADERS.responseId!)).toBe(submission.responseId);
    expect(cell(MAPPED_HEADERS.email!)).toBe('rae.quill@example.org');
    expect(cell(MAPPED_HEADERS.zip!)).toBe('55104');
    expect(cell(MAPPED_HEADERS.status!)).toBe('New');
    expect(cell('Guardian name')).toBe('');
    // One append and nothing else: no header cell added, no tab created.
    expect(fake.appliedWrites.map((write) => write.kind)).toEqual(['append']);
  });

  it('finds responses already in the mapped "Ref #" column, so none is written twice', async () => {
    const { mapping } = seedMappedWorkbook(fake);
    const rig = makeRig(fake);
    const submission = aSubmission('mentor-application');
    await receiveSubmission(rig.deps, WORKBOOK, submission, mapping);
    const again = await receiveSubmission(makeRig(fake).deps, WORKBOOK, submission, mapping);
    const earlier = await receiveSubmission(rig.deps, WORKBOOK, aSubmission('mentor-application', {}, { responseId: 'earlier-1' }), mapping);
    expect([again, earlier].map((result) => [result.result, result.row])).toEqual([['already', 5], ['already', 4]]);
    expect(rowsOf()).toHaveLength(5);
  });

  it('keeps the mapping a delivery carries, and reconcile writes a missed response with that copy', async () => {
    const { mapping, header } = seedMappedWorkbook(fake);
    const rig = makeRig(fake);
    const mappings: SavedMappings = new MemorySavedMappings();
    const delivered = aSubmission('consumer-request', {}, { formId: 'form-mapped' });
    expect((await endpoint(rig, mappings)({ spreadsheetId: WORKBOOK, submissions: [delivered], mapping })).status).toBe(200);
    expect(await mappings.get(WORKBOOK)).toEqual(mapping);

    forms.addForm('form-mapped', formDefinition('consumer-request'), WORKBOOK);
    forms.addResponse('form-mapped', { responseId: delivered.responseId, createTime: delivered.submittedAt, answers: delivered.answers });
    forms.addResponse('form-mapped', { responseId: 'missed-1', createTime: delivered.submittedAt, answers: { ...delivered.answers, name: 'Mia Ssed', email: 'missed@example.org' } });
    const formsSource = createFormResponsesSource(createFormsClient({ rootUrl: forms.rootUrl, auth: testAuth() }), 300);
    const gateway = createSheetsGateway(createSheetsClient({ rootUrl: fake.rootUrl, auth: testAuth() }), 300);
    const deps = { forms: formsSource, gateway, reads: rig.reads, writer: rig.writer, ledger: rig.deps.ledger, clock: rig.clock, logger: rig.logger };
    // Reconcile gets no mapping from a delivery: only the copy the intake kept.
    const report = await reconcileWorkbook({ ...deps, mappings }, WORKBOOK, [{ formId: 'form-mapped' }]);
    expect(report).toMatchObject({ responses: 2, restoredRows: 1 });
    const rows = rowsOf();
    expect(rows.slice(4).map((row) => [row[header.indexOf(MAPPED_HEADERS.responseId!)], row[header.indexOf(MAPPED_HEADERS.name!)]])).toEqual([
      [delivered.responseId, 'Ann Lee'],
      ['missed-1', 'Mia Ssed'],
    ]);
  });

  it('refuses a mapping for a tab the intake does not use, naming where, before anything is written', async () => {
    const { mapping } = seedMappedWorkbook(fake);
    const mappings = new MemorySavedMappings();
    const wrong = { ...mapping, tabs: { ...mapping.tabs, settings: { tab: 'Settings', fields: { key: 'Key' } } } };
    const reply = await endpoint(makeRig(fake), mappings)({ spreadsheetId: WORKBOOK, submissions: [aSubmission('consumer-request')], mapping: wrong });
    expect(reply.status).toBe(400);
    expect(await mappings.get(WORKBOOK)).toBeUndefined();
    expect(reply.body?.problems?.join(' ')).toMatch(/^mapping\.tabs/);
    expect(fake.writeRequests()).toBe(0);
  });
});

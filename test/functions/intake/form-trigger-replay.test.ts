// Replays form-submit events through the BUILT add-on (dist/addon/addon.js) in the Apps Script emulation: the
// trigger sends each response with the user's ID token; while the function is down it queues them in the workbook,
// and the time-driven retry delivers them. What the add-on sent is then posted to the real intake endpoint.
import { createCallerVerifier } from '../../../functions/src/adapters/id-token-verifier';
import { createIntakeHandler } from '../../../functions/src/intake/intake-http';
import type { HttpRequestLike } from '../../../functions/src/handlers/http-endpoint';
import { FakeSpreadsheet } from '../../../src/workbench/gas/spreadsheet';
import { GasRuntime } from '../../../src/workbench/gas/runtime';
import type { FetchRequest, TriggerRecord } from '../../../src/workbench/gas/services';
import type { FakeFormApp, RecordedFormSubmitEvent } from '../../../src/workbench/gas/forms';
import { aSubmission } from '../../helpers/intake-submissions';
import { TokenIssuer } from '../../fakes/geo/id-tokens';
import { FakeSheetsApi } from '../../fakes/sheets-api';
import { ALLOWED, AUDIENCE } from '../support/proximity-harness';
import { acceptProposal, demoSpreadsheet, sidebarCall, startAddon } from '../../helpers/addon-runtime';
import { makeRig, MAPPED_HEADERS, mappedApplicationsTab, seedMappedWorkbook, seedWorkbook, WORKBOOK } from './support';
import recorded from './fixtures/form-submit-event.json';

const FUNCTION_URL = 'https://us-central1-demo-peer-mentoring.cloudfunctions.net/proximity';
const issuer = new TokenIssuer();
const sheetsFake = new FakeSheetsApi();
beforeAll(() => sheetsFake.start());
afterAll(() => sheetsFake.stop());

interface Setup {
  runtime: GasRuntime;
  formApp: FakeFormApp;
  triggers: TriggerRecord[];
  sent: { url: string; body: { spreadsheetId: string; submissions: { responseId: string }[] }; token: string }[];
  functionUp: { value: boolean };
  queue: () => unknown[][];
}

function setUp(): Setup {
  const spreadsheet = new FakeSpreadsheet({ id: WORKBOOK });
  spreadsheet.addSheet('Settings', [['Key', 'Value'], ['functionUrl', FUNCTION_URL]]);
  const sent: Setup['sent'] = [];
  const functionUp = { value: true };
  // The intake function as the add-on sees it: a 503 while down; otherwise each submission is acknowledged.
  const fetch = (request: FetchRequest) => {
    if (!functionUp.value) return { status: 503, body: '{"code":"UNAVAILABLE"}' };
    const body = JSON.parse(request.payload) as Setup['sent'][number]['body'];
    sent.push({ url: request.url, body, token: String(request.headers.Authorization ?? '').replace(/^Bearer /, '') });
    return { status: 200, body: JSON.stringify({ results: body.submissions.map((s) => ({ responseId: s.responseId, result: 'written' })) }) };
  };
  const runtime = new GasRuntime({ spreadsheet, fetch, identityToken: () => issuer.sign({}, AUDIENCE) });
  runtime.loadAddon();
  const { formApp, triggers } = runtime;
  const queue = () => spreadsheet.sheet('Intake queue')?.api.getDataRange().getValues().slice(1) ?? [];
  return { runtime, formApp, triggers, sent, functionUp, queue };
}

/** Posts what the add-on sent to the real intake endpoint, as the function would receive it. */
async function deliver(sent: Setup['sent'], seed: () => void = () => seedWorkbook(sheetsFake), tab = 'Applications') {
  seed();
  const rig = makeRig(sheetsFake);
  const handler = createIntakeHandler({
    checkCaller: createCallerVerifier({ audience: AUDIENCE, allowedEmails: ALLOWED, keys: async () => issuer.keys() }),
    service: rig.deps,
    maxBodyBytes: 8 * 1024 * 1024,
    logger: rig.logger,
    newRequestId: () => 'req',
  });
  const statuses: number[] = [];
  for (const request of sent) {
    const http: HttpRequestLike = { method: 'POST', headers: { authorization: `Bearer ${request.token}` }, rawBody: Buffer.from(JSON.stringify(request.body)) };
    const response = { status: (code: number) => (statuses.push(code), response), set: () => response, json: () => undefined };
    await handler(http, response);
  }
  const rows = sheetsFake.rows(WORKBOOK, tab);
  return { statuses, rows, header: rows[0] as string[] };
}

describe('form intake in the built add-on', () => {
  it('creates the three forms from the menu, linked to the workbook, with their triggers, once', () => {
    const { runtime, formApp, triggers } = setUp();
    runtime.run('createIntakeFormsFromMenu');
    runtime.run('createIntakeFormsFromMenu');
    expect([...formApp.forms.values()].map((form) => [form.title, form.destination])).toEqual([
      ['Ask for a peer mentor', WORKBOOK],
      ['Become a peer mentor', WORKBOOK],
      ['Mentor check-in', WORKBOOK],
    ]);
    expect(formApp.forms.get('form-1')!.items.find((item) => item.title === 'What do you want help with?')).toMatchObject({ type: 'CHECKBOX', other: true, required: true });
    // Within the editor-add-on rules: one form-submit trigger, on this workbook, and a retry at most hourly.
    expect(triggers.map((t) => [t.handler, t.event, t.sourceId, t.everyMinutes])).toEqual([
      ['onIntakeFormSubmit', 'ON_FORM_SUBMIT', WORKBOOK, undefined],
      ['retryIntakeQueue', 'CLOCK', '', 60],
    ]);
    expect([...formApp.forms.values()].every((form) => form.published)).toBe(true);
  });

  it('sends a recorded form-submit event with its response ID and the user\'s ID token, and it lands as one row', async () => {
    const { runtime, formApp, sent } = setUp();
    runtime.run('onIntakeFormSubmit', formApp.replay(recorded as RecordedFormSubmitEvent));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('https://us-central1-demo-peer-mentoring.cloudfunctions.net/intake');
    expect(sent[0]!.body.submissions[0]).toMatchObject({ responseId: '2_ABaOnudXyZ-recorded-0001', formKind: 'consumer-request', formId: 'FORM_ID' });
    const { statuses, rows, header } = await deliver(sent);
    expect(statuses).toEqual([200]);
    const row = rows[1]!;
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('Name'), cell('Email'), cell('Phone'), cell('ZIP'), cell('Travel mode')]).toEqual(['Rosa Marquez', 'rosa.m@example.org', '+16515550177', '55104', 'paratransit']);
    expect(cell('In their words')).toBe('\'=IMPORTXML("http://x")');
    expect(cell('Other answers')).toBe('How did you hear about us?: A friend');
    expect(cell('Goal areas or skills')).toBe('Employment; Transportation / mobility');
    expect([cell('Status'), cell('Issues')]).toEqual(['New', '']);
  });

  it('sends the Applications mapping saved in Setup, and the function writes the answers into those columns', async () => {
    const tab = mappedApplicationsTab();
    const spreadsheet = demoSpreadsheet({ id: WORKBOOK });
    spreadsheet.addSheet('Sign-ups 2026', tab.rows);
    spreadsheet.sheet('Settings')!.api.appendRow(['functionUrl', FUNCTION_URL]);
    const sent: Setup['sent'] = [];
    const runtime = startAddon(spreadsheet, {
      identityToken: () => issuer.sign({}, AUDIENCE),
      fetch: (request: FetchRequest) => {
        const body = JSON.parse(request.payload) as Setup['sent'][number]['body'];
        sent.push({ url: request.url, body, token: String(request.headers.Authorization ?? '').replace(/^Bearer /, '') });
        return { status: 200, body: JSON.stringify({ results: body.submissions.map((s) => ({ responseId: s.responseId, result: 'written' })) }) };
      },
    });
    // The coordinator points Setup at their own tab, its header row and the columns no rule would guess.
    const choices = acceptProposal(sidebarCall(runtime, 'getSetupProposal'));
    choices.tabs.applications = { tab: 'Sign-ups 2026', headerRow: 3, fields: tab.mapping.tabs.applications!.fields };
    sidebarCall(runtime, 'applySetup', choices);

    runtime.run('onIntakeFormSubmit', runtime.formApp.replay(recorded as RecordedFormSubmitEvent));
    expect(sent).toHaveLength(1);
    const mapping = (sent[0]!.body as { mapping?: { tabs: Record<string, unknown> } }).mapping;
    expect(mapping?.tabs.applications).toEqual({ tab: 'Sign-ups 2026', headerRow: 3, fields: tab.mapping.tabs.applications!.fields });
    // Only the tabs the intake writes and reads: never Settings, Trainings or Attendance.
    expect(Object.keys(mapping!.tabs).sort()).toEqual(['applications', 'consumers', 'goals', 'matches', 'mentors', 'reviews']);

    const { statuses, rows } = await deliver(sent, () => seedMappedWorkbook(sheetsFake), 'Sign-ups 2026');
    expect(statuses).toEqual([200]);
    const row = rows[4]!;
    const cell = (name: string) => row[tab.header.indexOf(name)];
    expect([cell(MAPPED_HEADERS.responseId!), cell(MAPPED_HEADERS.name!), cell(MAPPED_HEADERS.email!), cell('Guardian name')]).toEqual(['2_ABaOnudXyZ-recorded-0001', 'Rosa Marquez', 'rosa.m@example.org', '']);
  });

  it('queues the first 100 submissions while the function is down, and the retry trigger delivers every one', async () => {
    const { runtime, formApp, sent, functionUp, queue } = setUp();
    runtime.run('createIntakeFormsFromMenu');
    functionUp.value = false;
    const responses = Array.from({ length: 130 }, (_, i) => {
      const answers = aSubmission('consumer-request', { email: `person${i}@example.org`, phone: '' }).answers;
      const titles = new Map([['name', 'What is your name?'], ['email', 'What is your email?'], ['zip', 'What is your ZIP code?'], ['goalAreas', 'What do you want help with?'], ['consent', 'Can we give your name, phone and email to your mentor?'], ['adaDisability', 'Do you have a disability?']]);
      return { id: `resp-${i}`, timestamp: new Date(Date.parse('2026-03-03T15:00:00.000Z') + i * 60_000).toISOString(), itemResponses: [...titles].map(([key, title]) => ({ item: { title, type: 'TEXT' }, response: answers[key] })) };
    });
    // Each answer lands on the form's responses tab and the workbook's form-submit trigger runs, as in Sheets.
    responses.forEach((response, i) => {
      if (i === 100) functionUp.value = true;
      expect(runtime.submitForm('form-1', response)).toEqual(['onIntakeFormSubmit']);
    });
    expect(queue()).toHaveLength(100);
    expect(sent).toHaveLength(30);
    // No answers are kept in the queue: IDs, attempts and an error code only.
    expect(JSON.stringify(queue())).not.toMatch(/example\.org|Ann|Lee/);

    runtime.run('retryIntakeQueue');
    expect(queue()).toHaveLength(0);
    expect(sent.length).toBe(32);
    const { statuses, rows } = await deliver(sent);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const ids = rows.slice(1).map((row) => row[0]);
    expect(ids).toHaveLength(130);
    expect(new Set(ids).size).toBe(130);
  });

  it('keeps a submission queued when the function answers 503 again, with the attempt counted', () => {
    const { runtime, formApp, functionUp, queue } = setUp();
    runtime.run('createIntakeFormsFromMenu');
    functionUp.value = false;
    const response = { id: 'resp-x', timestamp: '2026-03-03T15:00:00.000Z', itemResponses: [{ item: { title: 'What is your name?', type: 'TEXT' }, response: 'Zed' }] };
    runtime.submitForm('form-1', response);
    runtime.run('retryIntakeQueue');
    expect(queue()).toEqual([['resp-x', 'form-1', 'consumer-request', expect.any(String), 2, 'HTTP_503']]);
  });
});

// Create forms in the built add-on under Google's rules for each way it runs: an installed editor add-on, its test
// deployment (no installable triggers) and a script bound to the workbook; forms are published and take answers.
import { FakeSpreadsheet, GasMode, GasRuntime } from '../../src/workbench/gas';
import type { FetchRequest } from '../../src/workbench/gas';
import { ADDON_DIR } from '../helpers/paths';

const WORKBOOK = 'workbook-1';
const FUNCTION_URL = 'https://us-central1-demo-peer-mentoring.cloudfunctions.net/proximity';

function start(mode: GasMode) {
  const spreadsheet = new FakeSpreadsheet({ id: WORKBOOK });
  spreadsheet.addSheet('Settings', [['Key', 'Value'], ['functionUrl', FUNCTION_URL]]);
  const sent: string[] = [];
  const fetch = (request: FetchRequest) => {
    const body = JSON.parse(request.payload) as { submissions: { responseId: string }[] };
    sent.push(...body.submissions.map((s) => s.responseId));
    return { status: 200, body: JSON.stringify({ results: body.submissions.map((s) => ({ responseId: s.responseId, result: 'written' })) }) };
  };
  const runtime = new GasRuntime({ spreadsheet, fetch, mode, addonDir: ADDON_DIR }).loadAddon();
  const createForms = () => {
    runtime.run('createIntakeFormsFromMenu');
    return spreadsheet.toasts.at(-1)!.message;
  };
  return { runtime, spreadsheet, sent, createForms };
}

const anAnswer = (id: string, minute: number) => ({
  id,
  timestamp: new Date(Date.UTC(2026, 11, 1, 15, minute)).toISOString(),
  itemResponses: [
    { item: { title: 'What is your name?', type: 'TEXT' }, response: 'Zed Quill' },
    { item: { title: 'What is your email?', type: 'TEXT' }, response: 'zed@example.org' },
  ],
});

describe.each(['editor-add-on', 'bound-script'] as const)('Create forms as %s', (mode) => {
  it('makes three published forms answering into this workbook, one form-submit trigger on it and an hourly retry; an answer reaches the intake', () => {
    const { runtime, spreadsheet, sent, createForms } = start(mode);
    const formsSection = () => (runtime.callFromSidebar('getIntakeForms') as { value: { forms: { created: boolean }[]; whoMayRespond: string } }).value;
    expect(formsSection().forms.map((f) => f.created)).toEqual([false, false, false]);
    const message = createForms();
    expect(formsSection().forms.map((f) => f.created)).toEqual([true, true, true]);
    expect(formsSection().whoMayRespond).toMatch(/^Anyone with a form's link can answer it, without signing in .* Settings → Responses\.$/);
    expect(message).toBe('Created Ask for a peer mentor, created Become a peer mentor, created Mentor check-in, set up the trigger that brings answers in and set up the hourly retry; anyone with a form\'s link can answer it.');
    expect([...runtime.formApp.forms.values()].map((f) => [f.destination, f.published])).toEqual([[WORKBOOK, true], [WORKBOOK, true], [WORKBOOK, true]]);
    expect(runtime.triggers.map((t) => [t.event, t.sourceId, t.everyMinutes ?? null])).toEqual([['ON_FORM_SUBMIT', WORKBOOK, null], ['CLOCK', '', 60]]);
    expect(spreadsheet.sheets.filter((s) => s.formId).map((s) => s.name)).toHaveLength(3);

    expect(runtime.submitForm('form-1', anAnswer('resp-1', 1))).toEqual(['onIntakeFormSubmit']);
    expect(runtime.submitForm('form-2', anAnswer('resp-2', 2))).toEqual(['onIntakeFormSubmit']);
    expect(sent).toEqual(['resp-1', 'resp-2']);
  });

  it('run again, changes nothing and says so; after a half-finished run it links, publishes and installs what is missing', () => {
    const { runtime, createForms } = start(mode);
    createForms();
    expect(createForms()).toBe('The three forms were already set up, published and linked to this workbook.');
    expect(runtime.formApp.forms.size).toBe(3);
    expect(runtime.triggers).toHaveLength(2);

    // What a run that stopped early leaves: a form neither linked nor published, and no form-submit trigger.
    const form = runtime.formApp.forms.get('form-2')!;
    form.destination = '';
    form.published = false;
    runtime.triggers.splice(runtime.triggers.findIndex((t) => t.event === 'ON_FORM_SUBMIT'), 1);
    expect(createForms()).toBe('Linked Become a peer mentor to this workbook, published Become a peer mentor and set up the trigger that brings answers in; anyone with a form\'s link can answer it.');
    expect([form.destination, form.published]).toEqual([WORKBOOK, true]);
    expect(runtime.formApp.forms.size).toBe(3);
    expect(runtime.triggers.map((t) => t.event).sort()).toEqual(['CLOCK', 'ON_FORM_SUBMIT']);
  });

});

describe('Create forms in a bound script made by an older version', () => {
  it('replaces the per-form triggers an older version installed with the one on this workbook, so no answer is sent twice', () => {
    const { runtime, sent, createForms } = start('bound-script');
    createForms();
    runtime.triggers.length = 0;
    runtime.triggers.push({ id: 'old-1', handler: 'onIntakeFormSubmit', event: 'ON_FORM_SUBMIT', sourceId: 'form-1' });
    runtime.triggers.push({ id: 'old-2', handler: 'retryIntakeQueue', event: 'CLOCK', sourceId: '', everyMinutes: 10 });
    createForms();
    expect(runtime.triggers.map((t) => [t.event, t.sourceId])).toEqual([['CLOCK', ''], ['ON_FORM_SUBMIT', WORKBOOK]]);
    runtime.submitForm('form-1', anAnswer('resp-9', 9));
    expect(sent).toEqual(['resp-9']);
  });
});

describe('Create forms in a test deployment', () => {
  it('makes and publishes the forms, then says plainly that answers wait until the add-on is installed, not "Something went wrong"', () => {
    const { runtime, sent, createForms } = start('test-deployment');
    const message = createForms();
    expect(message).toContain('Google did not let the add-on set up the trigger that brings answers in (a test deployment runs no triggers)');
    expect(message).not.toMatch(/something went wrong/i);
    expect([...runtime.formApp.forms.values()].every((f) => f.published)).toBe(true);
    expect(runtime.triggers).toHaveLength(0);
    expect(runtime.submitForm('form-1', anAnswer('resp-1', 1))).toEqual([]);
    expect(sent).toEqual([]);
  });
});

describe('the editor-add-on rules, through the emulation', () => {
  const scriptApp = (mode: GasMode) => (new GasRuntime({ spreadsheet: new FakeSpreadsheet({ id: WORKBOOK }), mode, addonDir: ADDON_DIR }).context as any).ScriptApp;

  it('refuses, as Google does, a trigger on another file, a second trigger of a type, and a clock more often than hourly', () => {
    const app = scriptApp('editor-add-on');
    expect(() => app.newTrigger('f').forForm('form-9').onFormSubmit().create()).toThrow('An add-on can only create triggers for the file in which the add-on is used.');
    expect(() => app.newTrigger('f').timeBased().everyMinutes(10).create()).toThrow('at most once per hour');
    app.newTrigger('f').forSpreadsheet(WORKBOOK).onFormSubmit().create();
    expect(() => app.newTrigger('g').forSpreadsheet(WORKBOOK).onFormSubmit().create()).toThrow('only one trigger of each type');
  });

  it('lets a bound script put triggers on other files and run a clock every 10 minutes; a test deployment creates none', () => {
    const bound = scriptApp('bound-script');
    bound.newTrigger('f').forForm('form-9').onFormSubmit().create();
    bound.newTrigger('f').timeBased().everyMinutes(10).create();
    expect(bound.getProjectTriggers()).toHaveLength(2);
    expect(() => scriptApp('test-deployment').newTrigger('f').forSpreadsheet(WORKBOOK).onFormSubmit().create()).toThrow('not supported in test deployments');
  });

  it('refuses an answer to an unpublished form', () => {
    const { runtime } = start('editor-add-on');
    (runtime.context as any).FormApp.create('Draft');
    expect(() => runtime.submitForm('form-1', anAnswer('r', 1))).toThrow('is not published, so it accepts no responses');
  });
});

describe('Create forms with the local ride service named in Settings', () => {
  it('puts its name after the plain words of the travel choice', () => {
    const { runtime, spreadsheet, createForms } = start('editor-add-on');
    spreadsheet.sheet('Settings')!.load([['Key', 'Value'], ['functionUrl', FUNCTION_URL], ['rideServiceName', 'Metro Mobility']]);
    createForms();
    const request = [...runtime.formApp.forms.values()].find((f) => f.title === 'Ask for a peer mentor')!;
    const travel = request.items.find((i) => i.title === 'How do you travel to places?')!;
    expect(travel.choices).toContain('A van ride service for people who have a disability (like Metro Mobility)');
    expect(travel.choices).not.toContain('A van ride service for people who have a disability');
  });
});

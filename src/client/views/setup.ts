// This file is the Setup view in three steps that fit the 300 px sidebar: (1) which tab holds each role, (2) the
// columns matching needs, (3) optional columns, collapsed. Save works on every step; the column lists follow the tab
// chosen in step 1 (the server proposes the columns of the new tab).
import type { SetupChoices, SetupProposalView, SetupTabProposal } from '../../shared/rpc-contract';
import { button, el, field, focusHeading, run, select, startView } from '../dom';
import { call } from '../rpc';
import { goalsCopyOffer } from './goals-copy';
import { readinessPanel } from './readiness';

/** The people tabs come first everywhere: they are what matching reads. */
const PEOPLE = ['mentors', 'consumers'];

const STEPS = ['Your tabs', 'What matching needs', 'Optional columns'] as const;

/** One role as the coordinator has it so far: the tab, the header row, a column per field, values for everyone. */
interface RoleChoice {
  proposal: SetupTabProposal;
  tab: string;
  headerRow: number;
  fields: Record<string, string>;
  defaults: Record<string, string>;
}

interface SetupState {
  proposal: SetupProposalView;
  roles: RoleChoice[];
  step: number;
}

/** Setup; `arg` opens a step ('1'…'3') or the step holding a field ('consumers.adaEligible') with that field focused. */
export async function showSetup(outcome?: string, arg?: string): Promise<void> {
  const view = startView('Setup');
  view.append(el('p', 'Loading your tabs and columns…'));
  const proposal = await run('Reading your tabs…', () => call('getSetupProposal'), 'Setup proposal ready.', outcome);
  if (!proposal) return;
  const state: SetupState = { proposal, roles: proposal.tabs.map(roleChoice), step: 1 };
  const target = arg?.includes('.') ? arg : undefined;
  state.step = target ? stepOf(state, target) : Math.min(Math.max(Number(arg) || 1, 1), STEPS.length);
  render(state);
  const control = target ? document.querySelector<HTMLElement>(`[data-key="${CSS.escape(target)}"]`) : null;
  if (control) control.focus();
  else focusHeading();
}

function roleChoice(proposal: SetupTabProposal): RoleChoice {
  const fields = Object.fromEntries(proposal.fields.map((f) => [f.field, f.header ?? '']));
  return { proposal, tab: proposal.tab ?? '', headerRow: proposal.headerRow, fields, defaults: { ...proposal.defaults } };
}

function stepOf(state: SetupState, target: string): number {
  const [role, key] = target.split('.');
  const found = state.roles.find((r) => r.proposal.key === role)?.proposal.fields.find((f) => f.field === key);
  return found && PEOPLE.includes(role!) && found.step === 'matching' ? 2 : found ? 3 : 1;
}

function render(state: SetupState): void {
  const view = startView('Setup');
  const intro = state.proposal.done
    ? 'Setup was saved before. Check the tabs and columns, and save again after renaming or moving any.'
    : 'Check which of your tabs and columns the add-on should use. Nothing is moved or deleted.';
  const form = el('form', undefined, { 'aria-labelledby': 'setup-step' });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.append(el('p', `Step ${state.step} of ${STEPS.length}`, { class: 'hint' }), el('h3', STEPS[state.step - 1]!, { id: 'setup-step', tabindex: '-1' }));
  form.append(...[stepTabs, stepMatching, stepOptional][state.step - 1]!(state));
  const actions = el('div', undefined, { class: 'actions' });
  actions.append(button('Save setup', () => void apply(state)));
  if (state.step < STEPS.length) actions.append(button(`Next: ${STEPS[state.step]!.toLowerCase()}`, () => goToStep(state, state.step + 1), 'secondary'));
  if (state.step > 1) actions.append(button(`Back: ${STEPS[state.step - 2]!.toLowerCase()}`, () => goToStep(state, state.step - 1), 'secondary'));
  form.append(actions);
  view.append(el('p', intro), form);
}

function goToStep(state: SetupState, step: number): void {
  state.step = step;
  render(state);
  document.getElementById('setup-step')?.focus();
}

const tabOptions = (state: SetupState, role: RoleChoice) => [
  ...state.proposal.tabNames.map((name) => ({ value: name, label: name })),
  { value: '', label: `Create a new ${role.proposal.name} tab` },
];

/** Step 1: the tab for each role; the people tabs first, the others collapsed. */
function stepTabs(state: SetupState): HTMLElement[] {
  const people = state.roles.filter((r) => PEOPLE.includes(r.proposal.key)).map((role) => tabField(state, role));
  const others = el('details');
  const rest = state.roles.filter((r) => !PEOPLE.includes(r.proposal.key));
  others.append(el('summary', `Other tabs the add-on keeps (${rest.length})`));
  others.append(el('p', 'A role with no tab of yours gets a new tab with the default headers when you save.', { class: 'hint' }));
  for (const role of rest) others.append(tabField(state, role));
  // A question about one of these tabs opens the list, so it is not missed.
  others.open = rest.some((r) => r.tab !== '' && !r.proposal.headerRowSure);
  return [...people, others];
}

function tabField(state: SetupState, role: RoleChoice): HTMLElement {
  const group = el('fieldset');
  group.append(el('legend', role.proposal.name));
  const control = select(tabOptions(state, role), role.tab);
  control.dataset.key = `${role.proposal.key}.tab`;
  const about = role.tab === ''
    ? `Setup creates a ${role.proposal.name} tab with the default headers.`
    : `${role.proposal.headers.length} columns, headers on row ${role.headerRow}.`;
  group.append(field(`Tab for ${role.proposal.name}`, control, about));
  control.addEventListener('change', () => void chooseTab(state, role, control.value, null, control.dataset.key!));
  if (role.tab !== '' && role.proposal.fields.length && (!role.proposal.headerRowSure || role.headerRow > 1)) {
    const rows = select(Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: `Row ${i + 1}` })), String(role.headerRow));
    rows.dataset.key = `${role.proposal.key}.headerRow`;
    const help = role.proposal.headerRowSure ? 'The rows above it are left alone.' : 'Which row holds the column headers is not clear: choose it.';
    group.append(field(`Row of ${role.tab} that holds the column headers`, rows, help));
    rows.addEventListener('change', () => void chooseTab(state, role, role.tab, Number(rows.value), rows.dataset.key!));
  }
  return group;
}

/** The tab (or its header row) changed: the server proposes that tab's columns, and the step is drawn again. */
async function chooseTab(state: SetupState, role: RoleChoice, tab: string, headerRow: number | null, focusKey: string): Promise<void> {
  const proposal = await run('Reading the tab’s columns…', () => call('getSetupTab', { role: role.proposal.key, tab, headerRow }), (p) => (p.tab ? `${p.headers.length} columns of ${p.tab} loaded.` : `A new ${p.name} tab will be created.`));
  if (!proposal) return;
  Object.assign(role, roleChoice(proposal), { defaults: role.defaults });
  render(state);
  document.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
}

/** Step 2: the columns matching reads on the people tabs, and a value for everyone where a tab has no column. */
function stepMatching(state: SetupState): HTMLElement[] {
  return state.roles.filter((r) => PEOPLE.includes(r.proposal.key)).map((role) => {
    const group = el('fieldset');
    group.append(el('legend', role.tab ? `${role.proposal.name} (${role.tab})` : role.proposal.name));
    if (role.tab === '') {
      group.append(el('p', `A new ${role.proposal.name} tab is created with every column; nothing to choose.`, { class: 'hint' }));
      return group;
    }
    for (const f of role.proposal.fields.filter((x) => x.step === 'matching')) group.append(fieldSelect(role, f.field));
    group.append(...everyoneControls(role));
    group.append(...questions(role, 'matching'));
    return group;
  });
}

/** Step 3: every other column, one collapsed list per tab. */
function stepOptional(state: SetupState): HTMLElement[] {
  const parts: HTMLElement[] = [el('p', 'These columns are optional: the add-on shows and writes them when they are there.', { class: 'hint' })];
  for (const role of state.roles) {
    const optional = role.proposal.fields.filter((f) => !PEOPLE.includes(role.proposal.key) || f.step === 'optional');
    if (role.tab === '' || optional.length === 0) continue;
    const details = el('details');
    const found = optional.filter((f) => role.fields[f.field]).length;
    details.append(el('summary', `${role.proposal.name}: ${found} of ${optional.length} found`));
    for (const f of optional) details.append(fieldSelect(role, f.field));
    details.append(...questions(role, 'optional'));
    const other = role.proposal.otherPerson;
    if (other.length) details.append(el('p', `About another person, never read as this person's details: ${other.join(', ')}`, { class: 'hint' }));
    const unused = role.proposal.unmapped.filter((h) => !other.includes(h));
    if (unused.length) details.append(el('p', `Columns the add-on leaves alone: ${unused.join(', ')}`, { class: 'hint' }));
    // A required column without a choice opens its list, so Save does not fail on something hidden.
    details.open = optional.some((f) => f.required && f.field !== 'id' && !role.fields[f.field]);
    parts.push(details);
  }
  return parts;
}

function fieldSelect(role: RoleChoice, key: string): HTMLElement {
  const f = role.proposal.fields.find((x) => x.field === key)!;
  const options = [{ value: '', label: 'No column' }, ...role.proposal.headers.map((h) => ({ value: h, label: h }))];
  const control = select(options, role.fields[key] ?? '');
  control.dataset.key = `${role.proposal.key}.${key}`;
  const chosen = role.fields[key] ?? '';
  const help = chosen && chosen === f.header ? `${f.howLabel ?? ''}${f.required ? '; required' : ''}` : chosen ? 'your choice' : f.required && key !== 'id' ? 'Required: choose a column' : 'Not found';
  control.addEventListener('change', () => {
    role.fields[key] = control.value;
    document.querySelectorAll<HTMLElement>(`[data-everyone="${role.proposal.key}.${key}"]`).forEach((node) => (node.hidden = control.value !== ''));
  });
  return field(f.label, control, help);
}

/** Values for every row of a tab with no column for them: everyone eligible; how many consumers every mentor takes. */
function everyoneControls(role: RoleChoice): HTMLElement[] {
  const key = role.proposal.key;
  if (key === 'consumers') {
    const box = el('input', undefined, { type: 'checkbox' });
    box.checked = role.defaults.adaEligible === 'yes';
    box.dataset.key = 'consumers.everyoneEligible';
    box.addEventListener('change', () => setDefault(role, 'adaEligible', box.checked ? 'yes' : ''));
    const wrap = field(`Everyone on ${role.tab} is eligible under the Americans with Disabilities Act (ADA)`, box, 'Use this when the tab has no eligibility column.');
    wrap.classList.add('check');
    wrap.dataset.everyone = 'consumers.adaEligible';
    wrap.hidden = role.fields.adaEligible !== '';
    return [wrap];
  }
  if (key === 'mentors') {
    const places = select([{ value: '', label: 'Not set: 1 each' }, ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))], role.defaults.maxMentees ?? '');
    places.dataset.key = 'mentors.everyoneCapacity';
    places.addEventListener('change', () => setDefault(role, 'maxMentees', places.value));
    const wrap = field(`How many consumers every mentor on ${role.tab} can take`, places, 'Use this when the tab has no capacity column.');
    wrap.dataset.everyone = 'mentors.maxMentees';
    wrap.hidden = role.fields.maxMentees !== '';
    return [wrap];
  }
  return [];
}

function setDefault(role: RoleChoice, key: string, value: string): void {
  if (value) role.defaults[key] = value;
  else delete role.defaults[key];
}

/** What Setup asks about the tab's columns, for the fields of this step. */
function questions(role: RoleChoice, step: 'matching' | 'optional'): HTMLElement[] {
  const inStep = (key: string) => (role.proposal.fields.find((f) => f.field === key)?.step ?? 'optional') === step || !PEOPLE.includes(role.proposal.key);
  const out: HTMLElement[] = [];
  for (const a of role.proposal.ambiguous.filter((x) => inStep(x.field))) out.push(el('p', `${a.label}: more than one column could be it (${a.headers.join(', ')}). Choose one above.`, { class: 'bad' }));
  for (const s of role.proposal.stale.filter((x) => inStep(x.field))) out.push(el('p', `The saved column '${s.header}' is no longer on this tab. Choose its new column.`, { class: 'bad' }));
  const name = role.proposal.nameChoice;
  if (name && step === 'matching') out.push(el('p', `The name is in '${name.full}' and in '${name.first}' + '${name.last}'. Choose one above: Name, or First name and Last name.`, { class: 'bad' }));
  return out;
}

async function apply(state: SetupState): Promise<void> {
  const payload: SetupChoices = { tabs: {} };
  for (const role of state.roles) {
    const fields = Object.fromEntries(Object.entries(role.fields).filter(([, header]) => header !== ''));
    // A value for everyone counts only while the tab has no column for it.
    const defaults = Object.fromEntries(Object.entries(role.defaults).filter(([key]) => !role.fields[key]));
    payload.tabs[role.proposal.key] = { tab: role.tab, fields, headerRow: role.headerRow, defaults };
  }
  const result = await run('Saving setup…', () => call('applySetup', payload), 'Setup saved.');
  if (!result) return;
  const view = startView('Setup saved');
  const list = el('ul');
  list.append(el('li', result.created.length ? `Created tabs: ${result.created.join(', ')}` : 'No tabs needed creating.'));
  if (result.addedColumns.length) list.append(el('li', `Added columns: ${result.addedColumns.join(', ')}`));
  list.append(el('li', `${result.idsAssigned} rows were given an ID.`));
  view.append(list, readinessPanel(result.readiness), goalsCopyOffer(result.goals), button('Review setup again', () => void showSetup(), 'secondary'));
  focusHeading();
}

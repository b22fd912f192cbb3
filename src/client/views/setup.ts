// This file is the Setup view: the proposed tab and column for each field, corrected by the coordinator and saved.
import type { SetupChoices, SetupProposal } from '../../shared/rpc-contract';
import { button, el, field, focusHeading, run, select, startView } from '../dom';
import { call } from '../rpc';

const HOW: Record<string, string> = { saved: 'saved', exact: 'exact match', alias: 'common wording', contains: 'close wording', fuzzy: 'please check' };

export async function showSetup(outcome?: string): Promise<void> {
  const view = startView('Setup');
  view.append(el('p', 'Loading your tabs and columns…'));
  const proposal = await run('Reading your tabs…', () => call('getSetupProposal'), 'Setup proposal ready.', outcome);
  if (!proposal) return;
  render(proposal);
}

function render(proposal: SetupProposal): void {
  const intro = proposal.done ? 'Setup was saved before. Check the columns and save again after renaming or moving any.' : 'Check which of your tabs and columns the add-on should use. Nothing is moved or deleted.';
  const form = el('form');
  const choices: { key: string; tab: HTMLSelectElement; fields: Map<string, HTMLSelectElement> }[] = [];
  for (const tab of proposal.tabs) {
    const group = el('fieldset');
    group.append(el('legend', tab.name));
    const tabOptions = [{ value: '', label: tab.required ? 'Choose a tab' : `Create a new ${tab.name} tab` }, ...proposal.tabNames.map((n) => ({ value: n, label: n }))];
    const tabSelect = select(tabOptions, tab.tab ?? '');
    group.append(field(`Tab for ${tab.name}`, tabSelect));
    const fields = new Map<string, HTMLSelectElement>();
    if (tab.tab && tab.fields.length) {
      const options = [{ value: '', label: 'No column' }, ...tab.headers.map((h) => ({ value: h, label: h }))];
      for (const f of tab.fields) {
        const control = select(options, f.header ?? '');
        const help = f.header ? `${HOW[f.how ?? ''] ?? ''}${f.required ? '; required' : ''}` : f.required ? 'Required: choose a column' : 'Not found';
        group.append(field(f.label, control, help));
        fields.set(f.field, control);
      }
      for (const a of tab.ambiguous) group.append(el('p', `${a.label}: more than one column could be it (${a.headers.join(', ')}). Choose one above.`, { class: 'bad' }));
      for (const s of tab.stale) group.append(el('p', `The saved column '${s.header}' is no longer on this tab. Choose its new column.`, { class: 'bad' }));
      if (tab.unmapped.length) group.append(el('p', `Columns the add-on leaves alone: ${tab.unmapped.join(', ')}`, { class: 'hint' }));
    }
    choices.push({ key: tab.key, tab: tabSelect, fields });
    form.append(group);
  }
  const save = button('Save setup', () => void apply(choices));
  form.append(save);
  form.addEventListener('submit', (event) => event.preventDefault());
  startView('Setup').append(el('p', intro), form);
  focusHeading();
}

async function apply(choices: { key: string; tab: HTMLSelectElement; fields: Map<string, HTMLSelectElement> }[]): Promise<void> {
  const payload: SetupChoices = { tabs: {} };
  for (const c of choices) payload.tabs[c.key] = { tab: c.tab.value, fields: Object.fromEntries([...c.fields].map(([k, s]) => [k, s.value])) };
  const result = await run('Saving setup…', () => call('applySetup', payload), 'Setup saved.');
  if (!result) return;
  const view = startView('Setup saved');
  const list = el('ul');
  list.append(el('li', result.created.length ? `Created tabs: ${result.created.join(', ')}` : 'No tabs needed creating.'));
  if (result.addedColumns.length) list.append(el('li', `Added ID columns: ${result.addedColumns.join(', ')}`));
  list.append(el('li', `${result.idsAssigned} rows were given an ID.`));
  list.append(el('li', result.check.usable ? 'Your workbook is ready to use.' : 'Something required is still missing; check the Setup view again.'));
  view.append(list, button('Review setup again', () => void showSetup(), 'secondary'));
  focusHeading();
}

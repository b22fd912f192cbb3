// This file is the Setup view: the proposed tab and column for each field, corrected by the coordinator and saved.
import type { SetupChoices, SetupProposal, WorkbookCheck } from '../../shared/rpc-contract';
import { button, el, field, focusHeading, run, select, startView } from '../dom';
import { call } from '../rpc';


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
  const choices: Choice[] = [];
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
        const help = f.header ? `${f.howLabel ?? ''}${f.required ? '; required' : ''}` : f.required ? 'Required: choose a column' : 'Not found';
        group.append(field(f.label, control, help));
        fields.set(f.field, control);
      }
      for (const a of tab.ambiguous) group.append(el('p', `${a.label}: more than one column could be it (${a.headers.join(', ')}). Choose one above.`, { class: 'bad' }));
      for (const s of tab.stale) group.append(el('p', `The saved column '${s.header}' is no longer on this tab. Choose its new column.`, { class: 'bad' }));
      if (tab.headerRow > 1) group.append(el('p', `The headers are on row ${tab.headerRow}; the rows above are left alone.`, { class: 'hint' }));
      if (tab.nameChoice) group.append(el('p', `The name is in '${tab.nameChoice.full}' and in '${tab.nameChoice.first}' + '${tab.nameChoice.last}'. Choose one above: Name, or First name and Last name.`, { class: 'bad' }));
      if (tab.otherPerson.length) group.append(el('p', `About another person, never read as this person's details: ${tab.otherPerson.join(', ')}`, { class: 'hint' }));
      const unused = tab.unmapped.filter((h) => !tab.otherPerson.includes(h));
      if (unused.length) group.append(el('p', `Columns the add-on leaves alone: ${unused.join(', ')}`, { class: 'hint' }));
    }
    choices.push({ key: tab.key, proposed: tab.tab, headerRow: tab.headerRow, defaults: tab.defaults, tab: tabSelect, fields });
    form.append(group);
  }
  const save = button('Save setup', () => void apply(choices, proposal));
  form.append(save);
  form.addEventListener('submit', (event) => event.preventDefault());
  startView('Setup').append(el('p', intro), form);
  focusHeading();
}

interface Choice {
  key: string;
  proposed: string | null;
  headerRow: number;
  defaults: Record<string, string>;
  tab: HTMLSelectElement;
  fields: Map<string, HTMLSelectElement>;
}

async function apply(choices: Choice[], proposal: SetupProposal): Promise<void> {
  const payload: SetupChoices = { tabs: {} };
  for (const c of choices) {
    // The header row found for the chosen tab: the proposal's own, or that tab's when the coordinator picked another.
    const headerRow = c.tab.value === c.proposed ? c.headerRow : (proposal.columnsByTab[c.tab.value]?.headerRow ?? 1);
    payload.tabs[c.key] = { tab: c.tab.value, fields: Object.fromEntries([...c.fields].map(([k, s]) => [k, s.value])), headerRow, defaults: c.defaults };
  }
  const result = await run('Saving setup…', () => call('applySetup', payload), 'Setup saved.');
  if (!result) return;
  const view = startView('Setup saved');
  const list = el('ul');
  list.append(el('li', result.created.length ? `Created tabs: ${result.created.join(', ')}` : 'No tabs needed creating.'));
  if (result.addedColumns.length) list.append(el('li', `Added ID columns: ${result.addedColumns.join(', ')}`));
  list.append(el('li', `${result.idsAssigned} rows were given an ID.`));
  view.append(list, readinessList(result.check.readiness), button('Review setup again', () => void showSetup(), 'secondary'));
  focusHeading();
}

/** Can the coordinator match now: the counts, then each blocker with its fix and the cells to look at. */
export function readinessList(readiness: WorkbookCheck['readiness']): HTMLElement {
  const section = el('section', undefined, { 'aria-label': 'Can you match today?' });
  const summary = `${readiness.mentorsSuggestable} of ${readiness.mentors} mentors can be suggested; ${readiness.consumersWaitingEligible} of ${readiness.consumers} consumers are waiting and eligible.`;
  section.append(el('h3', readiness.ready ? 'You can match today' : 'Not ready to match yet'), el('p', summary));
  if (readiness.blockers.length) {
    const list = el('ul');
    for (const blocker of readiness.blockers) {
      const item = el('li', undefined, blocker.blocks ? { class: 'bad' } : {});
      item.append(el('p', blocker.message), el('p', `To fix: ${blocker.fix}`, { class: 'hint' }));
      if (blocker.action?.kind === 'go-to-cells') {
        const cells = el('ul');
        for (const cell of blocker.cells) cells.append(el('li', [cell.tab, cell.row !== undefined ? `row ${cell.row}` : '', cell.column !== undefined ? `column '${cell.column}'` : ''].filter(Boolean).join(', ')));
        item.append(cells);
      }
      list.append(item);
    }
    section.append(list);
  }
  return section;
}

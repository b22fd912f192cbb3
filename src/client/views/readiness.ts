// This file is the readiness panel: can the coordinator match today, each blocker with its one-sentence fix and the
// control that applies it (a value for everyone, the Setup step that chooses a column or tab), and Go to cell for
// each value that could not be read.
import type { ReadinessAction, ReadinessView } from '../../shared/rpc-contract';
import { button, el, field, run, select } from '../dom';
import { call } from '../rpc';
import { go } from './nav';

/** Most cells listed under one blocker; the rest are counted, so a sheet with hundreds stays usable. */
const CELLS_SHOWN = 50;

/** The panel; it redraws itself in place after a fix is applied. */
export function readinessPanel(readiness: ReadinessView): HTMLElement {
  const section = el('section', undefined, { 'aria-labelledby': 'readiness-title', id: 'readiness', tabindex: '-1' });
  fill(section, readiness);
  return section;
}

function fill(section: HTMLElement, readiness: ReadinessView): void {
  section.replaceChildren(el('h3', readiness.heading, { id: 'readiness-title' }), el('p', readiness.summary));
  if (!readiness.blockers.length) return;
  const list = el('ul', undefined, { class: 'cards' });
  for (const blocker of readiness.blockers) {
    const item = el('li', undefined, { class: 'card' });
    item.append(el('p', blocker.message, blocker.blocks ? { class: 'bad' } : {}), el('p', `To fix: ${blocker.fix}`, { class: 'hint' }));
    if (blocker.action) item.append(...control(blocker.action, section));
    if (blocker.action?.kind === 'go-to-cells') item.append(cellList(blocker.cells));
    list.append(item);
  }
  section.append(list);
}

function control(action: ReadinessAction, section: HTMLElement): HTMLElement[] {
  switch (action.kind) {
    case 'set-default':
      return setDefault(action, section);
    case 'create-tab':
      return [button('Choose or create the tab in Setup', () => go('setup', '1'), 'secondary')];
    case 'choose-header-row':
      return [button('Choose the header row in Setup', () => go('setup', '1'), 'secondary')];
    case 'choose-column':
      return [button('Choose the column in Setup', () => go('setup', `${action.role}.${action.field}`), 'secondary')];
    default:
      return [];
  }
}

/** "Everyone on this tab is eligible" is one button; a capacity for every mentor is a number to choose, then Save. */
function setDefault(action: Extract<ReadinessAction, { kind: 'set-default' }>, section: HTMLElement): HTMLElement[] {
  const apply = async (value: string) => {
    const next = await run('Saving…', () => call('saveSetupDefault', { role: action.role, field: action.field, value }), (r) => `Saved. ${r.summary}`);
    if (!next) return;
    fill(section, next);
    section.focus();
  };
  if (action.field === 'maxMentees') {
    const places = select(Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })), action.value);
    return [field(action.label, places), button('Save this number', () => void apply(places.value), 'secondary')];
  }
  return [button(action.label, () => void apply(action.value), 'secondary')];
}

function cellList(cells: ReadinessView['blockers'][number]['cells']): HTMLElement {
  const list = el('ul');
  for (const cell of cells.slice(0, CELLS_SHOWN)) {
    const item = el('li');
    item.append(el('p', cell.note ? `${cell.where}: ${cell.note}` : cell.where));
    if (cell.row !== null) {
      const target = { tab: cell.tab, row: cell.row, column: cell.column };
      const jump = button('Go to cell', () => void goTo(target), 'secondary');
      jump.setAttribute('aria-label', `Go to cell: ${cell.where}`);
      item.append(jump);
    }
    list.append(item);
  }
  if (cells.length > CELLS_SHOWN) list.append(el('li', `… and ${cells.length - CELLS_SHOWN} more; fix these first, then check again.`));
  return list;
}

async function goTo(cell: { tab: string; row: number; column: string | null }): Promise<void> {
  await run('Moving the cursor…', () => call('goToCell', cell), (reached) => reached.message);
}

/** When nothing can be suggested, says why under the result: the readiness panel, if matching is blocked. */
export async function explainWhenStuck(target: HTMLElement, said: string): Promise<void> {
  const readiness = await run('Checking what stops matching…', () => call('getReadiness'), (r) => (r.ready ? said : `${said} ${r.heading}.`));
  if (readiness && !readiness.ready) target.append(readinessPanel(readiness));
}

// This file runs the workbench page: loads the tabs, redraws the grid after every add-on call (the sidebar's shim
// posts a message after each one), moves the cursor when a row is chosen, and wires the add-on's menu.
import { getOverview, getTab, Overview, selectCell } from './api';
import { columnLetters, renderGrid, renderTabs } from './grid';
import { closeAddonDialog, setUpMenu } from './menu';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let current = '';
let shownVersion = -1;
/** The cursor last shown, so a cursor the add-on moved (Go to cell) is followed: its tab shown, its cell marked. */
let shownActive = '';
/** Counts tab loads, so an answer that arrives after a later one (the person switched tabs meanwhile) is dropped. */
let loads = 0;

function announce(text: string): void {
  $('grid-status').textContent = text;
}

function showSidebar(url: string): void {
  const frame = $<HTMLIFrameElement>('sidebar');
  frame.hidden = false;
  $('sidebar-closed').hidden = true;
  frame.src = url;
}

async function showTab(name: string, keepFocus = false): Promise<void> {
  current = name;
  const load = ++loads;
  const view = await getTab(name);
  if (load !== loads) return;
  const table = $<HTMLTableElement>('grid');
  renderGrid(table, view, (row) => void chooseRow(row));
  table.dataset.tab = name;
  $('grid-panel').setAttribute('aria-labelledby', `tab-${name.replace(/[^A-Za-z0-9_-]/g, '_')}`);
  if (!keepFocus) announce(`${name}: ${view.rows} rows.`);
}

async function chooseRow(row: number): Promise<void> {
  await selectCell(current, row, 1);
  shownActive = JSON.stringify({ tab: current, row, column: 1 });
  document.querySelectorAll('#grid tr.selected').forEach((tr) => tr.classList.remove('selected'));
  document.querySelector(`#grid tr[data-row="${row}"]`)?.classList.add('selected');
  announce(`Cursor on ${current} row ${row}.`);
}

/** Shows the cell the add-on moved the cursor to, and says where it is. */
function followCursor(active: Overview['active']): void {
  const cell = document.querySelector<HTMLElement>('#grid td.active-cell');
  cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  announce(`Cursor on ${active.tab}, cell ${columnLetters(active.column)}${active.row}.`);
}

function drawTabs(overview: Overview): void {
  if (!overview.tabs.some((t) => t.name === current)) current = overview.tabs[0]?.name ?? '';
  renderTabs($('tabs'), overview.tabs, current, (name) => {
    current = name;
    drawTabs(overview);
    $(`tab-${name.replace(/[^A-Za-z0-9_-]/g, '_')}`).focus();
    void showTab(name);
  });
}

/** Reloads the tab list and, when the workbook changed, the tab on show. */
async function refresh(force = false): Promise<void> {
  const overview = await getOverview();
  const error = $('save-error');
  error.hidden = overview.saveError === null;
  error.textContent = overview.saveError ?? '';
  const active = JSON.stringify(overview.active);
  const moved = shownActive !== '' && active !== shownActive && overview.tabs.some((t) => t.name === overview.active.tab);
  shownActive = active;
  if (!force && !moved && overview.version === shownVersion) return;
  if (moved) current = overview.active.tab;
  drawTabs(overview);
  if (current) await showTab(current, !force && !moved);
  if (moved) followCursor(overview.active);
  shownVersion = overview.version;
  $('grid').dataset.version = String(overview.version);
}

async function start(): Promise<void> {
  const overview = await getOverview();
  shownActive = JSON.stringify(overview.active);
  $('file-name').textContent = overview.file;
  setUpMenu(overview, { announce, showSidebar, afterAction: () => void refresh() });
  await refresh(true);
  window.addEventListener('message', (event) => {
    if (event.origin !== window.location.origin || (event.data as { source?: string })?.source !== 'workbench-sidebar') return;
    const type = (event.data as { type: string }).type;
    if (type === 'called') void refresh();
    if (type === 'close') {
      if (event.source === $<HTMLIFrameElement>('addon-dialog-frame').contentWindow) closeAddonDialog();
      else {
        $('sidebar').hidden = true;
        $('sidebar-closed').hidden = false;
        $('sidebar-open').focus();
      }
    }
  });
  $('sidebar-open').addEventListener('click', () => showSidebar('/sidebar'));
  // The grid can hold hundreds of row buttons; the skip link takes keyboard users straight into the sidebar.
  $('skip-to-sidebar').addEventListener('click', (event) => {
    event.preventDefault();
    const frame = $<HTMLIFrameElement>('sidebar');
    frame.contentWindow?.focus();
    frame.contentDocument?.getElementById('main')?.focus();
  });
}

void start();

// This file draws the read-only grid: tab buttons (a tablist with arrow keys) and the chosen tab as a table with
// column letters and row numbers; a row number is a button that puts the cursor on that row.
import type { TabSummary, TabView } from './api';

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function cell(tag: 'th' | 'td', text: string): HTMLTableCellElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

export function renderTabs(list: HTMLElement, tabs: TabSummary[], current: string, choose: (name: string) => void): void {
  const buttons = tabs.map((tab) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('role', 'tab');
    button.id = `tab-${tab.name.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    button.textContent = tab.name;
    button.setAttribute('aria-controls', 'grid-panel');
    const selected = tab.name === current;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    button.addEventListener('click', () => choose(tab.name));
    return button;
  });
  list.replaceChildren(...buttons);
  list.onkeydown = (event) => {
    const index = buttons.findIndex((b) => b === document.activeElement);
    if (index < 0) return;
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    const target = step ? buttons[(index + step + buttons.length) % buttons.length] : event.key === 'Home' ? buttons[0] : event.key === 'End' ? buttons[buttons.length - 1] : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.click();
  };
}

export function renderGrid(table: HTMLTableElement, view: TabView, select: (row: number) => void): void {
  const width = Math.max(view.columns, 1);
  const caption = document.createElement('caption');
  caption.className = 'visually-hidden';
  caption.textContent = `${view.name}: ${view.rows} rows${view.truncated ? ` (the first ${view.cells.length} shown)` : ''}`;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  const corner = cell('th', '');
  corner.setAttribute('aria-label', 'Row');
  headRow.append(corner);
  for (let c = 1; c <= width; c++) {
    const th = cell('th', columnLetters(c));
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement('tbody');
  view.cells.forEach((values, index) => {
    const row = index + 1;
    const tr = document.createElement('tr');
    tr.dataset.row = String(row);
    if (view.selected?.row === row) tr.className = 'selected';
    const th = document.createElement('th');
    th.scope = 'row';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = String(row);
    button.setAttribute('aria-label', `Select row ${row}`);
    button.addEventListener('click', () => select(row));
    th.append(button);
    tr.append(th);
    for (let c = 0; c < width; c++) {
      const td = cell('td', values[c] ?? '');
      if (view.selected?.row === row && view.selected.column === c + 1) {
        td.className = 'active-cell';
        td.setAttribute('aria-current', 'true');
      }
      tr.append(td);
    }
    tr.addEventListener('click', (event) => {
      if (!(event.target instanceof HTMLButtonElement)) select(row);
    });
    body.append(tr);
  });
  table.replaceChildren(caption, head, body);
}

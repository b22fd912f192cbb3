// This file runs the sidebar: switches views, calls the server, and renders results with textContent only.
import type { WorkbookCheck } from '../shared/rpc-contract';
import { call, RpcFailure } from './rpc';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function announce(text: string): void {
  $('status').textContent = text;
}

function showError(error: unknown): void {
  const box = $('error');
  box.textContent = error instanceof RpcFailure ? error.message : 'Something went wrong. Please try again.';
  box.hidden = false;
  box.focus();
  announce('');
}

function clearError(): void {
  const box = $('error');
  box.hidden = true;
  box.textContent = '';
}

function renderCheck(check: WorkbookCheck): void {
  const target = $('check-result');
  target.replaceChildren();
  target.append(element('p', check.usable ? 'Your workbook is ready to use.' : 'Some required tabs or columns are missing.', check.usable ? 'ok' : 'bad'));
  for (const tab of check.tabs) {
    if (tab.tab === null && !tab.required) continue;
    target.append(element('h3', tab.tab === null ? `${tab.role}: tab not found` : `${tab.tab} (${tab.rows} rows)`));
    const list = element('dl');
    for (const [field, report] of Object.entries(tab.fields)) {
      list.append(element('dt', field), element('dd', `column ${report.column}, "${report.header}"${report.how === 'fuzzy' ? ' (please confirm)' : ''}`));
    }
    for (const missing of tab.missing) list.append(element('dt', 'Missing', 'bad'), element('dd', missing));
    for (const ambiguity of tab.ambiguous) list.append(element('dt', `${ambiguity.field}: which column?`, 'bad'), element('dd', ambiguity.headers.join(' or ')));
    target.append(list);
  }
  if (check.issues.length) {
    target.append(element('h3', `${check.issues.length} value${check.issues.length === 1 ? '' : 's'} could not be read`));
    const list = element('ul');
    for (const issue of check.issues.slice(0, 50)) {
      const where = [issue.location.tab, issue.location.row && `row ${issue.location.row}`, issue.location.column].filter(Boolean).join(', ');
      list.append(element('li', `${where}: ${issue.message}`));
    }
    target.append(list);
  }
  target.focus();
}

async function checkWorkbook(): Promise<void> {
  clearError();
  announce('Checking your workbook…');
  try {
    const check = await call('getWorkbookCheck');
    renderCheck(check);
    announce(check.usable ? 'Check finished: the workbook is ready.' : 'Check finished: something is missing.');
  } catch (error) {
    showError(error);
  }
}

$('check-button').addEventListener('click', () => void checkWorkbook());

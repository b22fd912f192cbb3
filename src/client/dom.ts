// This file holds the sidebar's DOM helpers. Every piece of data goes in through textContent or value, never as HTML.
import { announceAround, Done } from './announce';
import { RpcFailure } from './rpc';

export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

export function announce(text: string): void {
  byId('status').textContent = text;
}

export function showError(error: unknown): void {
  const box = byId('error');
  box.textContent = error instanceof RpcFailure ? error.message : 'Something went wrong. Please try again.';
  box.hidden = false;
  box.focus();
}

export function clearError(): void {
  const box = byId('error');
  box.hidden = true;
  box.textContent = '';
}

let fieldCount = 0;

/** A labelled input; returns the wrapper and the control. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, help?: string): HTMLDivElement {
  const id = `f${++fieldCount}`;
  control.id = id;
  const wrap = el('div', undefined, { class: 'field' });
  wrap.append(el('label', label, { for: id }), control);
  if (help) {
    const hint = el('p', help, { class: 'hint', id: `${id}-help` });
    control.setAttribute('aria-describedby', hint.id);
    wrap.append(hint);
  }
  return wrap;
}

export function input(type: string, value = ''): HTMLInputElement {
  const node = el('input', undefined, { type });
  node.value = value;
  return node;
}

export function select(options: { value: string; label: string }[], value = ''): HTMLSelectElement {
  const node = el('select');
  for (const option of options) {
    const o = el('option', option.label);
    o.value = option.value;
    node.append(o);
  }
  node.value = value;
  return node;
}

export function button(label: string, onClick: () => void, kind: 'primary' | 'secondary' = 'primary'): HTMLButtonElement {
  const node = el('button', label, { type: 'button', class: kind });
  node.addEventListener('click', onClick);
  return node;
}

/** A list item holding one button: a choice in a list of people or records. */
export function choice(label: string, onClick: () => void): HTMLLIElement {
  const item = el('li');
  item.append(button(label, onClick, 'secondary'));
  return item;
}

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A count with its noun in the right number: "1 match", "3 matches". */
export const count = (n: number, singular: string, plural = `${singular}s`) => `${n} ${n === 1 ? singular : plural}`;

/** Starts a view: clears it, writes its heading, and returns the container. */
export function startView(title: string): HTMLElement {
  const view = byId('view');
  view.replaceChildren();
  const heading = el('h2', title, { id: 'view-title', tabindex: '-1' });
  view.append(heading);
  return view;
}

export function focusHeading(): void {
  byId('view-title')?.focus();
}

/**
 * Runs a server call: `busy` in the live region while it runs, then `done` (with `outcome`, an earlier action's result,
 * said first; see announce.ts); an error goes to the alert box, which takes focus. Undefined when the call failed.
 */
export async function run<T>(busy: string, work: () => Promise<T>, done: Done<T>, outcome?: string): Promise<T | undefined> {
  clearError();
  try {
    return await announceAround(announce, work, { busy, done, outcome });
  } catch (error) {
    showError(error);
    return undefined;
  }
}

/** The rows an answer left out, each with the place a coordinator looks and why; nothing when none were. */
export function leftOutList(rows: readonly { where: string; message: string }[]): HTMLElement[] {
  if (!rows.length) return [];
  const list = el('ul');
  for (const row of rows) list.append(el('li', `${row.where}: ${row.message}`));
  return [el('h3', `Rows left out (${rows.length})`), el('p', 'Fix these on the sheet; until then they are not counted here.'), list];
}

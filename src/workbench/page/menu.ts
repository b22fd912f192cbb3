// This file is the add-on's menu in the workbench (Extensions → Peer Mentoring) and what its items show: alerts,
// toasts, a new sidebar, a dialog. The menu is a disclosure: Escape closes it and returns focus to its button.
import { MenuOutcome, Overview, runMenu } from './api';

export interface MenuTargets {
  announce: (text: string) => void;
  showSidebar: (url: string) => void;
  afterAction: () => void;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function showAlert(title: string, text: string): void {
  $('alert-title').textContent = title || 'Peer Mentoring';
  $('alert-text').textContent = text;
  $<HTMLDialogElement>('alert-dialog').showModal();
  $('alert-ok').focus();
}

function showOutcome(outcome: MenuOutcome, targets: MenuTargets): void {
  if (!outcome.ok) showAlert('Peer Mentoring', outcome.message ?? 'The action failed.');
  for (const alert of outcome.alerts) showAlert(alert.title, alert.prompt);
  if (outcome.toasts.length) targets.announce(outcome.toasts.map((t) => [t.title, t.message].filter(Boolean).join(': ')).join(' · '));
  if (outcome.sidebar !== null) targets.showSidebar(`/sidebar/${outcome.sidebar}`);
  if (outcome.dialog) {
    $('addon-dialog-title').textContent = outcome.dialog.title;
    $<HTMLIFrameElement>('addon-dialog-frame').src = `/dialog/${outcome.dialog.id}`;
    $<HTMLDialogElement>('addon-dialog').showModal();
  }
}

export function closeAddonDialog(): void {
  const dialog = $<HTMLDialogElement>('addon-dialog');
  if (dialog.open) dialog.close();
}

export function setUpMenu(overview: Overview, targets: MenuTargets): void {
  const button = $<HTMLButtonElement>('menu-button');
  const list = $('menu-items');
  const items = overview.menus.flatMap((menu) => menu.items);
  const close = (refocus: boolean) => {
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      const action = document.createElement('button');
      action.type = 'button';
      action.textContent = item.label;
      action.addEventListener('click', () => {
        close(true);
        void runMenu(item.functionName).then((outcome) => {
          showOutcome(outcome, targets);
          targets.afterAction();
        });
      });
      li.append(action);
      return li;
    }),
  );
  button.hidden = items.length === 0;
  button.onclick = () => {
    const open = list.hidden;
    list.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) list.querySelector('button')?.focus();
  };
  list.onkeydown = (event) => {
    if (event.key === 'Escape') close(true);
  };
  $('alert-ok').onclick = () => $<HTMLDialogElement>('alert-dialog').close();
  $('addon-dialog-close').onclick = closeAddonDialog;
}

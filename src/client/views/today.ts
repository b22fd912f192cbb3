// This file is the Today view, the first view after setup: what needs the coordinator now, each line one click from
// acting on it, the program's health in three lines, and reminders for the coordinator's own calendar.
import type { RemindersView, TodayView } from '../../shared/rpc-contract';
import { button, el, focusHeading, run, startView } from '../dom';
import { call } from '../rpc';
import { go } from './nav';

export async function showToday(outcome?: string): Promise<void> {
  const view = startView('Today');
  const today = await run('Loading what needs you today…', () => call('getToday'), (t) => (t.count ? `${t.count} thing${t.count === 1 ? '' : 's'} need${t.count === 1 ? 's' : ''} you today.` : 'Nothing needs you today.'), outcome);
  if (!today) return;
  render(view, today);
  focusHeading();
}

function render(view: HTMLElement, today: TodayView): void {
  if (!today.sections.length) view.append(el('p', 'Nothing needs you today.'));
  for (const section of today.sections) {
    const id = `today-${section.kind}`;
    view.append(el('h3', `${section.title} (${section.lines.length})`, { id }));
    const list = el('ul', undefined, { class: 'choices', 'aria-labelledby': id });
    for (const line of section.lines) {
      const item = el('li');
      item.append(button(line.text, () => go(line.open.view, line.open.arg), 'secondary'));
      list.append(item);
    }
    view.append(list);
  }
  view.append(el('h3', 'The program', { id: 'today-health' }));
  const health = el('ul', undefined, { 'aria-labelledby': 'today-health' });
  for (const line of today.health) health.append(el('li', line));
  view.append(health);
  const reminders = el('div', undefined, { id: 'reminders', tabindex: '-1' });
  view.append(button('Add reminders to my calendar', () => void showReminders(reminders), 'secondary'), reminders);
}

async function showReminders(target: HTMLElement): Promise<void> {
  const reminders = await run('Finding reviews and check-ins coming due…', () => call('getReminders'), (r) => `${r.soon.length} reminder${r.soon.length === 1 ? '' : 's'} ready.`);
  if (!reminders) return;
  renderReminders(target, reminders);
  target.focus();
}

function renderReminders(target: HTMLElement, reminders: RemindersView): void {
  target.replaceChildren(el('h3', 'Reminders for your calendar'));
  target.append(el('p', 'Each link opens Google Calendar with the reminder filled in. Nothing is saved until you save it there.', { class: 'hint' }));
  if (reminders.soon.length) {
    const list = el('ul');
    for (const r of reminders.soon) {
      const item = el('li');
      item.append(el('a', r.text, { href: r.calendarUrl, target: '_blank', rel: 'noopener' }));
      list.append(item);
    }
    target.append(list);
  } else {
    target.append(el('p', 'No reviews or check-ins are coming due soon.'));
  }
  if (reminders.monthCount) {
    const file = URL.createObjectURL(new Blob([reminders.monthCalendar], { type: 'text/calendar' }));
    target.append(el('a', `Download all ${reminders.monthCount} due this month as one calendar file (.ics)`, { href: file, download: 'reviews-due.ics' }));
  }
}

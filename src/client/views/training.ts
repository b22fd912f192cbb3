// This file is the Training view: upcoming sessions, each mentor's training status, and attendance by checklist.
import type { TrainingOverview } from '../../shared/rpc-contract';
import { SAID_BY_NEXT_VIEW } from '../announce';
import { button, el, focusHeading, leftOutList, run, startView } from '../dom';
import { call } from '../rpc';

export async function showTraining(outcome?: string): Promise<void> {
  const view = startView('Training');
  const t = await run('Loading training…', () => call('getTraining'), (o) => `${needingTraining(o).length} mentors need training.`, outcome);
  if (!t) return;
  view.append(el('h3', 'Upcoming sessions'));
  const upcoming = el('ul');
  for (const s of t.upcoming) upcoming.append(el('li', `${s.date} ${s.start}: ${s.topic || s.type} (${s.neededBy} mentors need it)`));
  view.append(t.upcoming.length ? upcoming : el('p', 'No sessions coming up.'));
  view.append(el('h3', 'Record attendance'));
  const sessions = el('ul', undefined, { class: 'choices' });
  // Only sessions that have happened: attendance for a future session cannot be true yet.
  for (const s of t.recent) {
    const item = el('li');
    item.append(button(`${s.date}: ${s.topic || s.type}`, () => void checklist(s.sessionId), 'secondary'));
    sessions.append(item);
  }
  view.append(sessions, el('div', undefined, { id: 'attendance', tabindex: '-1' }));
  const needs = needingTraining(t);
  view.append(el('h3', `Mentors needing training (${needs.length})`));
  const list = el('ul');
  for (const m of needs) list.append(el('li', `${m.name}: ${m.statusLabel}`));
  view.append(list);
  if (t.flaggedMatches.length) {
    view.append(el('h3', 'Active matches with a lapsed mentor'));
    const flagged = el('ul');
    for (const f of t.flaggedMatches) flagged.append(el('li', `${f.matchId}: ${f.mentorName} (${f.mentorId}) with ${f.consumerName} (${f.consumerId}); training ${f.status}`));
    view.append(flagged);
  }
  view.append(...leftOutList(t.leftOut));
  focusHeading();
}

const needingTraining = (t: TrainingOverview) => t.mentors.filter((m) => m.status !== 'current');

async function checklist(sessionId: string): Promise<void> {
  const sheet = await run('Loading attendance…', () => call('getAttendance', sessionId), (s) => `Attendance for ${s.session.date}: ${s.mentors.filter((m) => m.attended).length} of ${s.mentors.length} mentors ticked.`);
  if (!sheet) return;
  const target = document.getElementById('attendance')!;
  const group = el('fieldset');
  group.append(el('legend', `Who came on ${sheet.session.date}`));
  const boxes = sheet.mentors.map((m, i) => {
    const row = el('div', undefined, { class: 'check' });
    const box = el('input', undefined, { type: 'checkbox', id: `att-${i}` });
    box.checked = m.attended;
    row.append(box, el('label', m.name, { for: box.id }));
    group.append(row);
    return { box, mentorId: m.mentorId };
  });
  target.replaceChildren(group, button('Save attendance', async () => {
    // The view reloads at once, and says what was saved when it is back.
    const result = await run('Saving attendance…', () => call('recordAttendance', { sessionId, mentorIds: boxes.filter((b) => b.box.checked).map((b) => b.mentorId) }), SAID_BY_NEXT_VIEW);
    if (result) await showTraining(`Attendance saved: ${result.added} added, ${result.updated} changed.`);
  }));
  target.focus();
}

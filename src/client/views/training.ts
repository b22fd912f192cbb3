// This file is the Training view: upcoming sessions, each mentor's training status, and attendance by checklist.
import { announce, button, byId, el, focusHeading, run, startView } from '../dom';
import { call } from '../rpc';

export async function showTraining(): Promise<void> {
  const view = startView('Training');
  const t = await run('Loading training…', () => call('getTraining'));
  if (!t) return;
  view.append(el('h3', 'Upcoming sessions'));
  const upcoming = el('ul');
  for (const s of t.upcoming) upcoming.append(el('li', `${s.date} ${s.start}: ${s.topic || s.type} (${s.neededBy} mentors need it)`));
  view.append(t.upcoming.length ? upcoming : el('p', 'No sessions in the next two months.'));
  view.append(el('h3', 'Record attendance'));
  const sessions = el('ul', undefined, { class: 'choices' });
  for (const s of [...t.upcoming.slice(0, 2), ...t.recent]) {
    const item = el('li');
    item.append(button(`${s.date}: ${s.topic || s.type}`, () => void checklist(s.sessionId), 'secondary'));
    sessions.append(item);
  }
  view.append(sessions, el('div', undefined, { id: 'attendance', tabindex: '-1' }));
  const needs = t.mentors.filter((m) => m.status !== 'current');
  view.append(el('h3', `Mentors needing training (${needs.length})`));
  const list = el('ul');
  for (const m of needs) list.append(el('li', `${m.name}: ${m.statusLabel}`));
  view.append(list);
  if (t.flaggedMatches.length) {
    view.append(el('h3', 'Active matches with a lapsed mentor'));
    const flagged = el('ul');
    for (const f of t.flaggedMatches) flagged.append(el('li', `${f.matchId}: mentor ${f.mentorId} is ${f.status}`));
    view.append(flagged);
  }
  focusHeading();
  announce(`${needs.length} mentors need training.`);
}

async function checklist(sessionId: string): Promise<void> {
  const sheet = await run('Loading attendance…', () => call('getAttendance', sessionId));
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
    const result = await run('Saving attendance…', () => call('recordAttendance', { sessionId, mentorIds: boxes.filter((b) => b.box.checked).map((b) => b.mentorId) }));
    if (!result) return;
    // Said after the view reloads, so the reload's own status does not replace it before it is read out.
    await showTraining();
    announce(`Attendance saved: ${result.added} added, ${result.updated} changed. ${byId('status').textContent ?? ''}`);
  }));
  target.focus();
}

// This file is the Training view: upcoming sessions, adding a session, attendance by checklist for sessions that have
// happened, and each mentor's training status.
import type { AttendanceSheet, TrainingOverview } from '../../shared/rpc-contract';
import { SAID_BY_NEXT_VIEW } from '../announce';
import { button, capitalize, count, el, field, focusHeading, input, leftOutList, run, select, startView } from '../dom';
import { call } from '../rpc';
import { ListEntry, searchableList } from '../searchable-list';
import { outcomeWithUndo } from '../undo';
import type { UndoOffer } from '../../shared/rpc-contract';

export async function showTraining(outcome?: string, undo?: UndoOffer | null): Promise<void> {
  const view = startView('Training');
  const t = await run('Loading training…', () => call('getTraining'), (o) => `${count(needingTraining(o).length, 'mentor needs', 'mentors need')} training.`, outcome);
  if (!t) return;
  if (outcome) view.append(outcomeWithUndo(outcome, undo, (said) => showTraining(said)));
  view.append(el('h3', 'Upcoming sessions'));
  const upcoming = el('ul');
  for (const s of t.upcoming) upcoming.append(el('li', `${s.day}${s.start ? ` at ${s.start}` : ''}: ${s.topic || s.type}${s.location ? `, ${s.location}` : ''} (${count(s.neededBy, 'mentor needs', 'mentors need')} it)`));
  view.append(t.upcoming.length ? upcoming : el('p', 'No sessions coming up.'));
  view.append(addSessionForm());
  view.append(el('h3', 'Record attendance'));
  const sessions = el('ul', undefined, { class: 'choices' });
  // Only sessions that have happened: attendance for a future session cannot be true yet.
  for (const s of t.recent) {
    const item = el('li');
    item.append(button(`${s.day}: ${s.topic || s.type}`, () => void checklist(s.sessionId), 'secondary'));
    sessions.append(item);
  }
  view.append(t.recent.length ? sessions : el('p', 'No session has happened yet.'), el('div', undefined, { id: 'attendance', tabindex: '-1' }));
  const needs = needingTraining(t);
  view.append(el('h3', `Mentors needing training (${needs.length})`));
  const entries: ListEntry[] = needs.map((m) => ({ words: [m.name, m.mentorId], group: capitalize(m.status.replace(/-/g, ' ')), render: () => el('li', `${m.name} (${m.mentorId}): ${m.statusLabel}`) }));
  view.append(searchableList(entries, { id: 'needing-training', noun: ['mentors needing training', 'mentor needing training'], order: ['Lapsed', 'Not trained', 'Due soon'], listClass: 'plain' }));
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

/** The form for a new session; the domain checks the date and times, and the view reloads with it. */
function addSessionForm(): HTMLElement {
  const group = el('fieldset');
  group.append(el('legend', 'Add a training session'));
  const type = select([{ value: 'ongoing', label: 'Ongoing training' }, { value: 'initial', label: 'Initial training' }], 'ongoing');
  const date = input('date');
  const start = input('time');
  const end = input('time');
  const place = input('text');
  const topic = input('text');
  group.append(field('Kind of training', type), field('Date', date), field('Starts at', start), field('Ends at', end), field('Place', place, 'An address or a room, as mentors will read it.'), field('Topic', topic));
  group.append(
    button('Add the session', async () => {
      const request = { type: type.value, date: date.value, start: start.value, end: end.value, location: place.value, topic: topic.value };
      // The view reloads at once, and says what was added when it is back.
      const added = await run('Adding the session…', () => call('addTrainingSession', request), SAID_BY_NEXT_VIEW);
      if (added) await showTraining(`Session ${added.sessionId} added on ${added.day}${added.start ? ` at ${added.start}` : ''}.`, added.undo);
    }),
  );
  return group;
}

async function checklist(sessionId: string): Promise<void> {
  const sheet = await run('Loading attendance…', () => call('getAttendance', sessionId), (s) => `Attendance for ${s.session.day}: ${s.mentors.filter((m) => m.attended).length} of ${count(s.mentors.length, 'mentor')} ticked.`);
  if (!sheet) return;
  const target = document.getElementById('attendance')!;
  const group = el('fieldset');
  group.append(el('legend', `Who came on ${sheet.session.day}`));
  const boxes = attendanceBoxes(sheet);
  // Searchable, so one mentor among many is a few keystrokes away; the boxes keep their ticks while the list is narrowed.
  group.append(searchableList(boxes.map((b) => b.entry), { id: 'attendance-list', noun: ['mentors', 'mentor'], order: ['Recorded as came', 'Not recorded as came'], listClass: 'plain' }));
  target.replaceChildren(group, button('Save attendance', async () => {
    // The view reloads at once, and says what was saved when it is back.
    const result = await run('Saving attendance…', () => call('recordAttendance', { sessionId, mentorIds: boxes.filter((b) => b.box.checked).map((b) => b.mentorId) }), SAID_BY_NEXT_VIEW);
    if (result) await showTraining(`Attendance saved: ${result.added} added, ${result.updated} changed.`, result.undo);
  }));
  target.focus();
}

function attendanceBoxes(sheet: AttendanceSheet): { box: HTMLInputElement; mentorId: string; entry: ListEntry }[] {
  return sheet.mentors.map((m, i) => {
    const row = el('li', undefined, { class: 'check' });
    const box = el('input', undefined, { type: 'checkbox', id: `att-${i}` });
    box.checked = m.attended;
    row.append(box, el('label', `${m.name} (${m.mentorId})`, { for: box.id }));
    return { box, mentorId: m.mentorId, entry: { words: [m.name, m.mentorId], group: m.attended ? 'Recorded as came' : 'Not recorded as came', render: () => row } };
  });
}

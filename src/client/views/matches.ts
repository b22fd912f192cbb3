// This file is the Matches list and the Match detail view: schedule the intro, each side's decision (decline with a
// reason), activate with goals and objectives, complete or close.
import type { MatchChange, MatchDetail, UndoOffer } from '../../shared/rpc-contract';
import { button, capitalize, choice, el, field, focusHeading, input, run, select, startView } from '../dom';
import { searchableList } from '../searchable-list';
import { call } from '../rpc';
import { describeIntro, introduceSection } from './introduce';
import { openLetters } from './letters-dialog';
import { askFirst } from '../ask-first';
import { go } from './nav';
import { storySection } from './story';
import { outcomeWithUndo } from '../undo';

export async function showMatches(outcome?: string): Promise<void> {
  const view = startView('Open matches');
  const list = await run('Loading matches…', () => call('listMatches', { open: true }), (l) => `${l.length} open match${l.length === 1 ? '' : 'es'}.`, outcome);
  if (!list) return;
  const entries = list.map((m) => ({
    words: [m.id, m.consumerName, m.consumerId, m.mentorName, m.mentorId], group: capitalize(m.statusLabel),
    render: () => choice(`${m.id}: ${m.consumerName} (${m.consumerId}) with ${m.mentorName} (${m.mentorId})`, () => go('detail', m.id)),
  }));
  view.append(searchableList(entries, { id: 'open-matches', noun: ['open matches', 'open match'], order: ['Proposed', 'Intro scheduled', 'Active'] }));
  focusHeading();
}

export async function showDetail(matchId: string, outcome?: string, undo?: UndoOffer | null): Promise<void> {
  startView(`Match ${matchId}`);
  const detail = await run('Loading the match…', () => call('getMatchDetail', matchId), (d) => `Showing match ${d.id}: ${d.statusLabel}.`, outcome);
  if (detail) render(detail, outcome ? { text: outcome, undo: undo ?? null, near: '' } : undefined);
}

/** What the last action did, and where it was done: the outcome (with its Undo) is shown there and takes focus. */
interface Done {
  text: string;
  undo: UndoOffer | null;
  /** The id of the section whose control was used; the top of the page when it is gone after the change. */
  near: string;
}

type Change = (body: MatchChange, done: string, near: string) => () => Promise<void>;

function render(d: MatchDetail, done?: Done): void {
  const view = startView(`Match ${d.id}`);
  const facts = el('dl');
  const add = (term: string, value: string | null) => {
    if (value) facts.append(el('dt', term), el('dd', value));
  };
  const reach = (c: MatchDetail['contacts']['mentor']) => [c.phone, c.email].filter(Boolean).join(' · ') || 'no phone or email on file';
  const decided = (value: 'yes' | 'no' | null) => (value === 'yes' ? 'wants to go on' : value === 'no' ? 'does not want to go on' : 'not recorded yet');
  add('Consumer', `${d.consumerName} (${d.consumerId})`);
  add(`${d.consumerName}'s contact`, reach(d.contacts.consumer));
  add('Mentor', `${d.mentorName} (${d.mentorId})`);
  add(`${d.mentorName}'s contact`, reach(d.contacts.mentor));
  add('Status', d.statusLabel);
  add('Score', d.score === null ? null : String(d.score));
  add('Reasons', d.reasons);
  add('Proposed on', d.days.proposedOn);
  add('Intro meeting', describeIntro(d));
  add('Started on', d.days.startedOn);
  add('Ended on', d.days.endedOn);
  add('Declined by', d.declinedBy ? `${d.declinedBy}: ${d.declineReason}` : null);
  if (d.status === 'proposed' || d.status === 'intro-scheduled' || d.decisions.mentor || d.decisions.consumer) {
    add('Mentor decided', decided(d.decisions.mentor));
    add('Consumer decided', decided(d.decisions.consumer));
  }
  view.append(facts);
  if (d.goals.length) {
    view.append(el('h3', 'Goals'));
    const goals = el('ul');
    for (const g of d.goals) goals.append(el('li', `${g.areaLabel}: ${g.goal} (${g.statusLabel})${g.objectives ? ` — ${g.objectives}` : ''}`));
    view.append(goals);
  }
  const change: Change = (body, said, near) => async () => {
    const next = await run('Saving…', () => call('changeMatch', body), said);
    if (next) render(next, { text: said, undo: next.undo, near });
  };
  const top = el('div', undefined, { id: 'match-actions' });
  view.append(top);
  if (d.firstSteps.length) {
    const first = el('ul', undefined, { 'aria-labelledby': 'first-steps' });
    for (const step of d.firstSteps) first.append(el('li', `${STEP_NAMES[step.step] ?? step.step}: ${step.text}`));
    view.append(section('first', el('h3', 'Not possible yet', { id: 'first-steps' }), first));
  }
  if (d.actions.includes('schedule-intro')) {
    const date = input('date', d.introOn ?? '');
    const time = input('text', d.introTime);
    const place = input('text', d.introPlace);
    view.append(section('intro', el('h3', 'Intro meeting'), field('Intro meeting date', date), field('Intro time', time, 'For example 2:30 pm.'), field('Intro place', place), button('Schedule intro', () => void change({ matchId: d.id, action: 'schedule-intro', on: date.value, time: time.value, place: place.value }, 'Intro meeting scheduled.', 'intro')())));
  }
  if (d.actions.includes('decide')) {
    const decisions = section('decisions', el('h3', 'Decisions'));
    for (const side of ['mentor', 'consumer'] as const) {
      const reason = select([{ value: '', label: 'Choose a reason' }, ...d.declineReasons.map((r) => ({ value: r.label, label: r.label }))]);
      const group = el('fieldset');
      group.append(el('legend', side === 'mentor' ? 'The mentor' : 'The consumer'));
      group.append(button('Wants to go on', () => void change({ matchId: d.id, action: 'decide', side, decision: 'yes' }, `Recorded: the ${side} wants to go on.`, 'decisions')(), 'secondary'));
      group.append(field('Reason, if not going on', reason));
      group.append(button('Does not want to go on', () => void change({ matchId: d.id, action: 'decide', side, decision: 'no', reason: reason.value }, 'Declined; both are back in the pool.', 'decisions')(), 'secondary'));
      decisions.append(group);
    }
    view.append(decisions);
  }
  if (d.status === 'proposed' || d.status === 'intro-scheduled') view.append(introduceSection(d));
  if (d.actions.includes('activate')) view.append(section('activate', activateForm(d, change)));
  if (d.actions.includes('complete')) {
    const end = section('end', el('h3', 'End the match'));
    end.append(button('Goals met: complete', () => void change({ matchId: d.id, action: 'complete' }, 'Match completed.', 'end')()));
    const why = input('text');
    const group = el('fieldset');
    group.append(el('legend', 'Close early'), field('Why it is closing early', why));
    // Ask first, with the reason read back.
    const ask = el('div');
    const close = button('Close early', () => {
      if (!why.value.trim()) return void change({ matchId: d.id, action: 'close', reason: '' }, 'Match closed.', 'end')();
      askFirst(ask, {
        says: [el('p', `Close this match early because "${why.value.trim()}"? You can reopen it later with a reason.`)],
        yes: `Yes, close match ${d.id}`, no: 'Keep it open', back: close,
        onYes: () => void change({ matchId: d.id, action: 'close', reason: why.value }, 'Match closed.', 'end')(),
      });
    }, 'secondary');
    group.append(close, ask);
    end.append(group);
    view.append(end);
  }
  if (d.actions.includes('reopen')) {
    const why = input('text');
    const group = section('reopen', el('fieldset'));
    const fields = group.firstElementChild as HTMLFieldSetElement;
    fields.append(el('legend', 'Reopen this match'), field('Why it is reopening', why, d.status === 'declined' ? 'The pair may be matched again.' : 'The match becomes active again.'));
    fields.append(button('Reopen the match', () => void change({ matchId: d.id, action: 'reopen', reason: why.value }, 'Match reopened.', 'reopen')(), 'secondary'));
    view.append(group);
  }
  if (d.status === 'active') {
    const summary = button('Print the goal summary', () => void openLetters({ about: 'match', matchId: d.id }, summary), 'secondary');
    view.append(summary);
  }
  view.append(storySection(d));
  if (!done) return focusHeading();
  // Focus stays where the coordinator acted: the outcome and its Undo go into that section, or the top when it is gone.
  const outcome = outcomeWithUndo(done.text, done.undo, (said) => showDetail(d.id, said));
  const place = (done.near && document.getElementById(`section-${done.near}`)) || top;
  place.prepend(outcome);
  outcome.focus();
}

/** The steps' names as the page's buttons say them. */
const STEP_NAMES: Record<string, string> = { activate: 'Activate the match', 'schedule-intro': 'Schedule intro', decide: 'Decisions' };

/** A part of the match page with an id, so the outcome of an action taken there can be shown there. */
function section(name: string, ...children: HTMLElement[]): HTMLElement {
  const part = el('div', undefined, { id: `section-${name}` });
  part.append(...children);
  return part;
}

function activateForm(d: MatchDetail, change: Change): HTMLElement {
  const group = el('fieldset');
  group.append(el('legend', 'Activate with goals'));
  // The first area starts selected, as a plain <select> would; an empty value would show a blank box.
  const area = select(d.goalAreas.map((a) => ({ value: a.code, label: a.label })), d.goalAreas[0]?.code ?? '');
  const goal = input('text');
  const objectives = el('textarea');
  // The start date: today unless the coordinator says otherwise, never before the intro meeting nor after today.
  const start = input('date', d.today);
  if (d.startFrom) start.min = d.startFrom;
  start.max = d.today;
  group.append(field('Goal area', area), field('Goal', goal), field('Objectives', objectives, 'The steps toward the goal; at least one goal needs objectives.'));
  group.append(field('Start date', start, d.startFrom ? `Not before the intro meeting (${d.days.introOn}).` : undefined));
  group.append(
    button('Activate the match', () => {
      const goals = goal.value.trim() ? [{ area: area.value, goal: goal.value, objectives: objectives.value }] : [];
      void change({ matchId: d.id, action: 'activate', goals, on: start.value }, 'Match is active.', 'activate')();
    }),
  );
  return group;
}

// This file is the Matches list and the Match detail view: schedule the intro, each side's decision (decline with a
// reason), activate with goals and objectives, complete or close.
import type { MatchDetail, NewGoalInput } from '../../shared/rpc-contract';
import { button, capitalize, choice, el, field, focusHeading, input, run, select, startView } from '../dom';
import { searchableList } from '../searchable-list';
import { call } from '../rpc';
import { introduceSection } from './introduce';
import { openLetters } from './letters-dialog';
import { go } from './nav';
import { storySection } from './story';

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

export async function showDetail(matchId: string, outcome?: string): Promise<void> {
  startView(`Match ${matchId}`);
  const detail = await run('Loading the match…', () => call('getMatchDetail', matchId), (d) => `Showing match ${d.id}: ${d.statusLabel}.`, outcome);
  if (detail) render(detail);
}

function render(d: MatchDetail): void {
  const view = startView(`Match ${d.id}`);
  const facts = el('dl');
  const add = (term: string, value: string | null) => {
    if (value) facts.append(el('dt', term), el('dd', value));
  };
  add('Consumer', `${d.consumerName} (${d.consumerId})`);
  add('Mentor', `${d.mentorName} (${d.mentorId})`);
  add('Status', d.statusLabel);
  add('Score', d.score === null ? null : String(d.score));
  add('Reasons', d.reasons);
  add('Proposed on', d.proposedOn);
  add('Intro meeting', d.introOn);
  add('Started on', d.startedOn);
  add('Ended on', d.endedOn);
  add('Declined by', d.declinedBy ? `${d.declinedBy}: ${d.declineReason}` : null);
  add('Mentor decided', d.decisions.mentor);
  add('Consumer decided', d.decisions.consumer);
  view.append(facts);
  if (d.goals.length) {
    view.append(el('h3', 'Goals'));
    const goals = el('ul');
    for (const g of d.goals) goals.append(el('li', `${g.areaLabel}: ${g.goal} (${g.statusLabel})${g.objectives ? ` — ${g.objectives}` : ''}`));
    view.append(goals);
  }
  const change = (body: Parameters<typeof call<'changeMatch'>>[1], done: string) => async () => {
    const next = await run('Saving…', () => call('changeMatch', body), done);
    if (next) render(next);
  };
  if (d.actions.includes('schedule-intro')) {
    const date = input('date', d.introOn ?? '');
    view.append(el('h3', 'Intro meeting'), field('Intro meeting date', date), button('Schedule intro', () => void change({ matchId: d.id, action: 'schedule-intro', on: date.value }, 'Intro meeting scheduled.')()));
  }
  if (d.actions.includes('decide')) {
    view.append(el('h3', 'Decisions'));
    for (const side of ['mentor', 'consumer'] as const) {
      const reason = select([{ value: '', label: 'Choose a reason' }, ...d.declineReasons.map((r) => ({ value: r.label, label: r.label }))]);
      const group = el('fieldset');
      group.append(el('legend', side === 'mentor' ? 'The mentor' : 'The consumer'));
      group.append(button('Wants to go on', () => void change({ matchId: d.id, action: 'decide', side, decision: 'yes' }, `Recorded: the ${side} wants to go on.`)(), 'secondary'));
      group.append(field('Reason, if not going on', reason));
      group.append(button('Does not want to go on', () => void change({ matchId: d.id, action: 'decide', side, decision: 'no', reason: reason.value }, 'Declined; both are back in the pool.')(), 'secondary'));
      view.append(group);
    }
  }
  if (d.status === 'proposed' || d.status === 'intro-scheduled') view.append(introduceSection(d));
  if (d.actions.includes('activate')) view.append(activateForm(d, change));
  if (d.actions.includes('complete')) {
    view.append(el('h3', 'End the match'));
    view.append(button('Goals met: complete', () => void change({ matchId: d.id, action: 'complete' }, 'Match completed.')()));
    const why = input('text');
    const group = el('fieldset');
    group.append(el('legend', 'Close early'), field('Why it is closing early', why));
    // Ask first, in the sidebar (no browser dialogs): a second button confirms, with the reason read back.
    const ask = el('div');
    group.append(
      button('Close early', () => {
        if (!why.value.trim()) return void change({ matchId: d.id, action: 'close', reason: '' }, 'Match closed.')();
        const yes = button(`Yes, close match ${d.id}`, () => void change({ matchId: d.id, action: 'close', reason: why.value }, 'Match closed.')());
        ask.replaceChildren(el('p', `Close this match early because "${why.value.trim()}"? You can reopen it later with a reason.`), yes, button('Keep it open', () => ask.replaceChildren(), 'secondary'));
        yes.focus();
      }, 'secondary'),
      ask,
    );
    view.append(group);
  }
  if (d.actions.includes('reopen')) {
    const why = input('text');
    const group = el('fieldset');
    group.append(el('legend', 'Reopen this match'), field('Why it is reopening', why, d.status === 'declined' ? 'The pair may be matched again.' : 'The match becomes active again.'));
    group.append(button('Reopen the match', () => void change({ matchId: d.id, action: 'reopen', reason: why.value }, 'Match reopened.')(), 'secondary'));
    view.append(group);
  }
  if (d.status === 'active') {
    const summary = button('Print the goal summary', () => void openLetters({ about: 'match', matchId: d.id }, summary), 'secondary');
    view.append(summary);
  }
  view.append(storySection(d));
  focusHeading();
}

function activateForm(d: MatchDetail, change: (body: { matchId: string; action: 'activate'; goals: NewGoalInput[] }, done: string) => () => Promise<void>): HTMLElement {
  const group = el('fieldset');
  group.append(el('legend', 'Activate with goals'));
  // The first area starts selected, as a plain <select> would; an empty value would show a blank box.
  const area = select(d.goalAreas.map((a) => ({ value: a.code, label: a.label })), d.goalAreas[0]?.code ?? '');
  const goal = input('text');
  const objectives = el('textarea');
  group.append(field('Goal area', area), field('Goal', goal), field('Objectives', objectives, 'The steps toward the goal; at least one goal needs objectives.'));
  group.append(
    button('Activate the match', () => {
      const goals = goal.value.trim() ? [{ area: area.value, goal: goal.value, objectives: objectives.value }] : [];
      void change({ matchId: d.id, action: 'activate', goals }, 'Match is active.')();
    }),
  );
  return group;
}

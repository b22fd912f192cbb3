// This file is the Review log view: reviews and check-ins due or overdue, and logging one with per-goal progress.
import type { MatchDetail, ReviewInput } from '../../shared/rpc-contract';
import { SAID_BY_NEXT_VIEW } from '../announce';
import { button, choice, count, el, field, focusHeading, input, leftOutList, run, select, startView } from '../dom';
import { searchableList } from '../searchable-list';
import { call } from '../rpc';
import { outcomeWithUndo } from '../undo';

const STATUSES = [
  { value: '', label: 'No change' }, { value: 'in-progress', label: 'In progress' }, { value: 'met', label: 'Met' },
  { value: 'not-met', label: 'Not met' }, { value: 'withdrawn', label: 'Withdrawn' },
];

const GROUPS: Record<string, string> = { overdue: 'Overdue', due: 'Due today', upcoming: 'Coming up' };

const dueText = (n: number) => `${n} ${n === 1 ? 'review or check-in' : 'reviews or check-ins'} due or coming up.`;

/** The review log; with a match's ID (from Today), its log form opens straight away. */
export async function showReviews(today: string, outcome?: string, matchId?: string): Promise<void> {
  const view = startView('Review log');
  const log = await run('Loading reviews…', () => call('getReviewLog'), (l) => dueText(l.due.length), outcome);
  if (!log) return;
  // The form's place comes first: after saving, the reloaded list is below what was saved.
  view.append(el('div', undefined, { id: 'review-form', tabindex: '-1' }));
  const entries = log.due.map((d) => ({
    words: [d.matchId, d.consumerName, d.consumerId, d.mentorName, d.mentorId], group: GROUPS[d.state] ?? d.state, dueInDays: d.dueInDays,
    render: () => choice(`${d.consumerName} (${d.consumerId}) with ${d.mentorName} (${d.mentorId}): ${d.text}`, () => void logForm(d.matchId, d.kind === 'review' ? 'review' : 'check-in', today)),
  }));
  view.append(searchableList(entries, { id: 'reviews-due', noun: ['reviews and check-ins', 'review or check-in'], order: Object.values(GROUPS), dueWindows: true }), ...leftOutList(log.leftOut));
  const pick = select([{ value: '', label: 'Choose a match' }, ...log.activeMatches.map((m) => ({ value: m.id, label: `${m.consumerName} (${m.consumerId}) with ${m.mentorName} (${m.mentorId})` }))]);
  view.append(el('h3', 'Log for any active match'), field('Match', pick), button('Log a review or check-in', () => pick.value && void logForm(pick.value, 'check-in', today), 'secondary'));
  focusHeading();
  const asked = matchId ? log.due.find((d) => d.matchId === matchId) : undefined;
  if (matchId) await logForm(matchId, asked?.kind === 'review' ? 'review' : 'check-in', today);
}

const openGoals = (d: MatchDetail) => d.goals.filter((g) => g.status === 'not-started' || g.status === 'in-progress');

async function logForm(matchId: string, kind: 'review' | 'check-in', today: string): Promise<void> {
  const detail = await run('Loading goals…', () => call('getMatchDetail', matchId), (d) => `Log for ${d.consumerName} with ${d.mentorName}: ${openGoals(d).length} open goal${openGoals(d).length === 1 ? '' : 's'}.`);
  if (!detail) return;
  const target = document.getElementById('review-form')!;
  target.replaceChildren(el('h3', `Log for ${detail.consumerName} with ${detail.mentorName}`));
  const kindSelect = select([{ value: 'review', label: 'Three-way review' }, { value: 'check-in', label: 'Mentor check-in' }], kind);
  const date = input('date', today);
  const minutes = input('number', '60');
  minutes.min = '0';
  const notes = el('textarea');
  const next = input('date');
  target.append(field('Kind', kindSelect), field('Date', date), field('Minutes spent', minutes), field('Notes (no sensitive details)', notes), field('Next review (optional)', next));
  const rows = openGoals(detail).map((g) => {
    const group = el('fieldset');
    group.append(el('legend', `${g.areaLabel}: ${g.goal}`));
    const progress = input('text');
    const status = select(STATUSES);
    group.append(field('Progress', progress), field('New status', status));
    target.append(group);
    return { goalId: g.id, progress, status };
  });
  target.append(
    button('Save', async () => {
      const entry: ReviewInput = {
        matchId, kind: kindSelect.value as ReviewInput['kind'], date: date.value, attendees: kindSelect.value === 'review' ? ['Mentor', 'Consumer', 'Coordinator'] : ['Mentor'],
        minutes: minutes.value === '' ? null : Number(minutes.value), notes: notes.value, nextReview: next.value || null,
        progress: rows.filter((r) => r.progress.value || r.status.value).map((r) => ({ goalId: r.goalId, progress: r.progress.value, ...(r.status.value ? { status: r.status.value } : {}) })),
      };
      // The list reloads before the outcome is said, so what was just logged is no longer shown as due.
      const saved = await run('Saving…', () => call('logReview', entry), SAID_BY_NEXT_VIEW);
      if (!saved) return;
      await showReviews(today, `Review saved.${saved.nextReview ? ` Next review ${saved.nextReview}.` : ''}`);
      const result = document.getElementById('review-form');
      if (!result) return;
      const goals = entry.progress.length;
      result.replaceChildren(outcomeWithUndo(`Saved for ${detail.consumerName} (${detail.consumerId}) with ${detail.mentorName} (${detail.mentorId})${goals ? `; progress on ${count(goals, 'goal')}` : ''}${saved.nextReview ? `; next review ${saved.nextReview}` : ''}.`, saved.undo, (said) => showReviews(today, said)));
      result.focus();
    }),
  );
  target.focus();
}

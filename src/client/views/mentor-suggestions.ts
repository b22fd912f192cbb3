// This file is the Match view (mentor suggestions): the consumer under the cursor (or found by search), ranked mentors with score,
// reasons and travel, the mentors left out and why, and Propose.
import type { MatchSuggestions, PersonSummary } from '../../shared/rpc-contract';
import { SAID_BY_NEXT_VIEW } from '../announce';
import { button, el, field, focusHeading, input, leftOutList, run, startView } from '../dom';
import { call } from '../rpc';
import { openLetters } from './letters-dialog';
import { go } from './nav';
import { explainWhenStuck } from './readiness';

/** The Match view; with a consumer's ID (from Today), their suggestions straight away. */
export async function showMentorSuggestions(consumerId?: string): Promise<void> {
  const view = startView('Match a consumer');
  const search = input('search');
  const results = el('div', undefined, { id: 'consumer-results' });
  view.append(
    button('Use the consumer under my cursor', () => void fromCursor(), 'secondary'),
    field('Find a consumer by name or ID', search),
    button('Search', () => void find(search.value, results), 'secondary'),
    results,
    el('div', undefined, { id: 'suggestions', tabindex: '-1' }),
  );
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void find(search.value, results);
  });
  focusHeading();
  if (consumerId) await suggest(consumerId);
}

async function fromCursor(): Promise<void> {
  // A consumer found goes straight on to their suggestions, which say how many were found.
  const consumer = await run('Looking at your cursor…', () => call('getConsumerAtCursor'), (c) => (c ? SAID_BY_NEXT_VIEW : 'Put the cursor on a consumer row on the Consumers tab, or search by name.'));
  if (consumer) await suggest(consumer.id);
}

async function find(query: string, target: HTMLElement): Promise<void> {
  const people = await run('Searching…', () => call('searchConsumers', query), (p) => `${p.length} consumer${p.length === 1 ? '' : 's'} found.`);
  if (!people) return;
  target.replaceChildren();
  const list = el('ul', undefined, { class: 'choices' });
  people.forEach((p: PersonSummary) => {
    const item = el('li');
    item.append(button(`${p.name} (${p.id}), ${p.status}`, () => void suggest(p.id), 'secondary'));
    list.append(item);
  });
  target.append(people.length ? list : el('p', 'No consumer matches that search.'));
}

const SHOW_MORE_STEP = 10;

export async function suggest(consumerId: string, top = SHOW_MORE_STEP): Promise<void> {
  const result = await run('Finding mentors…', () => call('getMatchSuggestions', consumerId, top), (r) => `${r.suggestions.length} ${r.suggestions.length === 1 ? 'mentor' : 'mentors'} suggested.`);
  if (!result) return;
  render(result, top);
  // After Show more, focus goes to the first card just added, not back to the top of the list.
  if (top > SHOW_MORE_STEP) (document.querySelectorAll<HTMLElement>('#suggestions ol.cards > li')[top - SHOW_MORE_STEP] ?? document.getElementById('suggestions'))?.focus();
}

function render(result: MatchSuggestions, top: number): void {
  const target = document.getElementById('suggestions') ?? startView('Match a consumer');
  target.replaceChildren();
  target.append(el('h3', `Mentors for ${result.consumer.name}`));
  target.append(el('p', `${result.consumer.id} · ${result.consumer.status}${result.goalAreas.length ? ` · goals: ${result.goalAreas.join(', ')}` : ''}`, { class: 'hint' }));
  if (result.blocked) target.append(el('p', result.blocked.reason, { class: 'bad' }));
  target.append(el('p', result.proximityNote, { class: 'hint' }));
  const welcome = button(`Print a welcome letter for ${result.consumer.name}`, () => void openLetters({ about: 'consumer', consumerId: result.consumer.id }, welcome), 'secondary');
  target.append(welcome);
  const list = el('ol', undefined, { class: 'cards' });
  for (const s of result.suggestions) {
    const item = el('li', undefined, { class: 'card', tabindex: '-1' });
    item.append(el('h4', `${s.mentorName} · score ${s.score}`));
    if (s.weakBecause) item.append(el('p', `Weak match: ${s.weakBecause.replace(/^weak: /, '')}`, { class: 'bad' }));
    const reasons = el('ul');
    for (const reason of s.reasons) reasons.append(el('li', reason));
    reasons.append(el('li', `Travel: ${s.proximity.text}`));
    item.append(reasons);
    if (!result.blocked) item.append(button(`Propose ${s.mentorName}`, () => void propose(result.consumer.id, s.mentorId)));
    list.append(item);
  }
  target.append(result.suggestions.length ? list : el('p', 'No mentor can be suggested right now.'));
  if (!result.suggestions.length) void explainWhenStuck(target, '0 mentors suggested.');
  if (result.notShown.length) {
    const more = Math.min(SHOW_MORE_STEP, result.notShown.length);
    target.append(button(`Show ${more} more (${result.notShown.length} not shown)`, () => void suggest(result.consumer.id, top + SHOW_MORE_STEP), 'secondary'));
  }
  const others = result.notShown.length + result.excluded.length;
  if (others) {
    const details = el('details');
    details.append(el('summary', `Why not the others (${others})`));
    const why = el('ul');
    for (const n of result.notShown) why.append(el('li', `${n.mentorName}: ${n.reason}`));
    for (const e of result.excluded) why.append(el('li', `${e.mentorName}: ${e.reason}`));
    details.append(why);
    target.append(details);
  }
  target.append(...leftOutList(result.leftOut));
  target.focus();
}

async function propose(consumerId: string, mentorId: string): Promise<void> {
  // The match opens at once and says it was proposed when it has loaded.
  const detail = await run('Proposing the match…', () => call('proposeMatch', { consumerId, mentorId }), SAID_BY_NEXT_VIEW);
  if (detail) go('detail', detail.id, `Match ${detail.id} proposed.`, detail.undo);
}

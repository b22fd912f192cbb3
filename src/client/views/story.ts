// This file shows a timeline on the match page: the match's story, or either person's, oldest first, with who
// recorded each step. It is read from the tabs each time; nothing is stored.
import type { MatchDetail, TimelineView } from '../../shared/rpc-contract';
import { button, el, run } from '../dom';
import { call } from '../rpc';

export function storySection(d: MatchDetail): HTMLElement {
  const section = el('section', undefined, { id: 'story', 'aria-labelledby': 'story-title' });
  section.append(el('h3', 'History', { id: 'story-title' }));
  const target = el('div', undefined, { id: 'story-events', tabindex: '-1' });
  const show = (load: () => Promise<TimelineView>) => async () => {
    const story = await run('Reading the history…', load, (s) => `${s.events.length} step${s.events.length === 1 ? '' : 's'} in ${s.title}.`);
    if (!story) return;
    render(story, target);
    target.focus();
  };
  section.append(
    button('Show this match\'s history', () => void show(() => call('getMatchStory', d.id))(), 'secondary'),
    button(`${d.consumerName}'s history`, () => void show(() => call('getPersonStory', d.consumerId))(), 'secondary'),
    button(`${d.mentorName}'s history`, () => void show(() => call('getPersonStory', d.mentorId))(), 'secondary'),
    target,
  );
  return section;
}

function render(story: TimelineView, target: HTMLElement): void {
  target.replaceChildren(el('h4', story.title));
  if (!story.events.length) {
    target.append(el('p', 'Nothing recorded yet.'));
    return;
  }
  const list = el('ol', undefined, { class: 'timeline' });
  for (const event of story.events) {
    const item = el('li');
    item.append(el('strong', `${event.day}: ${event.title}`));
    for (const line of event.lines) item.append(el('div', line, { class: 'hint' }));
    if (event.by) item.append(el('div', `Recorded by ${event.by}`, { class: 'hint' }));
    list.append(item);
  }
  target.append(list);
}

// This file is the Plan matches view: the best overall set of proposals for everyone waiting; untick any, propose the
// rest, and see the matches that were created, each one click from its page.
import type { BatchResult } from '../../shared/rpc-contract';
import { button, choice, count, el, focusHeading, leftOutList, run, startView } from '../dom';
import { call } from '../rpc';
import { outcomeWithUndo } from '../undo';
import { go } from './nav';
import { explainWhenStuck } from './readiness';

export async function showBatch(): Promise<void> {
  const view = startView('Plan matches for everyone waiting');
  view.append(el('p', 'The best overall set of matches for everyone waiting, respecting each mentor’s capacity. Untick any you do not want.'));
  view.append(button('Find matches for everyone waiting', () => void plan()));
  view.append(el('div', undefined, { id: 'batch-result', tabindex: '-1' }));
  focusHeading();
}

async function plan(): Promise<void> {
  const result = await run('Planning matches…', () => call('getBatchProposals'), (r) => `${count(r.proposals.length, 'proposal')} ready.`);
  if (!result) return;
  const target = document.getElementById('batch-result')!;
  target.replaceChildren();
  const boxes: { box: HTMLInputElement; consumerId: string; mentorId: string }[] = [];
  const list = el('ul', undefined, { class: 'cards' });
  result.proposals.forEach((p, i) => {
    const item = el('li', undefined, { class: 'card' });
    const box = el('input', undefined, { type: 'checkbox', id: `batch-${i}` });
    box.checked = true;
    item.append(box, el('label', `${p.consumerName} (${p.consumerId}) with ${p.mentorName} (${p.mentorId}) · score ${p.score}`, { for: box.id }));
    item.append(el('p', p.reasons.join(' · '), { class: 'hint' }));
    boxes.push({ box, consumerId: p.consumerId, mentorId: p.mentorId });
    list.append(item);
  });
  target.append(el('h3', count(result.proposals.length, 'proposal')), list);
  if (!result.proposals.length) void explainWhenStuck(target, `${count(0, 'proposal')} ready.`);
  if (result.unmatched.length) {
    const details = el('details');
    details.append(el('summary', `Not matched (${result.unmatched.length})`));
    const why = el('ul');
    for (const u of result.unmatched) why.append(el('li', `${u.consumerName} (${u.consumerId}): ${u.reason}`));
    details.append(why);
    target.append(details);
  }
  target.append(...leftOutList(result.leftOut));
  if (result.proposals.length) target.append(button('Propose the ticked matches', () => void accept(boxes)));
  target.focus();
}

const outcomeText = (r: BatchResult) => `${count(r.created.length, 'match', 'matches')} proposed${r.skipped.length ? `, ${r.skipped.length} skipped` : ''}.`;

async function accept(boxes: { box: HTMLInputElement; consumerId: string; mentorId: string }[]): Promise<void> {
  const pairs = boxes.filter((b) => b.box.checked).map(({ consumerId, mentorId }) => ({ consumerId, mentorId }));
  const result = await run('Saving the matches…', () => call('acceptBatch', { pairs }), outcomeText);
  if (!result) return;
  const target = document.getElementById('batch-result')!;
  // What was created, by name with ID, each opening its match page.
  target.replaceChildren(el('h3', outcomeText(result).replace(/\.$/, ''), { id: 'batch-created' }));
  const created = el('ul', undefined, { class: 'choices', 'aria-labelledby': 'batch-created' });
  for (const m of result.created) created.append(choice(`${m.matchId}: ${m.consumerName} (${m.consumerId}) with ${m.mentorName} (${m.mentorId})`, () => go('detail', m.matchId)));
  target.append(created, outcomeWithUndo(outcomeText(result), result.undo, (said) => go('batch', undefined, said)));
  if (result.skipped.length) {
    target.append(el('h3', 'Skipped'));
    const list = el('ul');
    for (const s of result.skipped) list.append(el('li', `${s.consumerName} (${s.consumerId}): ${s.reason}`));
    target.append(list);
  }
  target.focus();
}

// This file is the Batch view: the best overall set of proposals for everyone waiting; untick any, accept the rest.
import { button, el, focusHeading, leftOutList, run, startView } from '../dom';
import { call } from '../rpc';

export async function showBatch(): Promise<void> {
  const view = startView('Batch matching');
  view.append(el('p', 'The best overall set of matches for everyone waiting, respecting each mentor’s capacity. Untick any you do not want.'));
  view.append(button('Plan matches', () => void plan()));
  view.append(el('div', undefined, { id: 'batch-result', tabindex: '-1' }));
  focusHeading();
}

async function plan(): Promise<void> {
  const result = await run('Planning matches…', () => call('getBatchProposals'), (r) => `${r.proposals.length} proposals ready.`);
  if (!result) return;
  const target = document.getElementById('batch-result')!;
  target.replaceChildren();
  const boxes: { box: HTMLInputElement; consumerId: string; mentorId: string }[] = [];
  const list = el('ul', undefined, { class: 'cards' });
  result.proposals.forEach((p, i) => {
    const item = el('li', undefined, { class: 'card' });
    const box = el('input', undefined, { type: 'checkbox', id: `batch-${i}` });
    box.checked = true;
    item.append(box, el('label', `${p.consumerName} with ${p.mentorName} · score ${p.score}`, { for: box.id }));
    item.append(el('p', p.reasons.join(' · '), { class: 'hint' }));
    boxes.push({ box, consumerId: p.consumerId, mentorId: p.mentorId });
    list.append(item);
  });
  target.append(el('h3', `${result.proposals.length} proposals`), list);
  if (result.unmatched.length) {
    const details = el('details');
    details.append(el('summary', `Not matched (${result.unmatched.length})`));
    const why = el('ul');
    for (const u of result.unmatched) why.append(el('li', `${u.consumerName}: ${u.reason}`));
    details.append(why);
    target.append(details);
  }
  target.append(...leftOutList(result.leftOut));
  if (result.proposals.length) target.append(button('Accept ticked proposals', () => void accept(boxes)));
  target.focus();
}

async function accept(boxes: { box: HTMLInputElement; consumerId: string; mentorId: string }[]): Promise<void> {
  const pairs = boxes.filter((b) => b.box.checked).map(({ consumerId, mentorId }) => ({ consumerId, mentorId }));
  const result = await run('Saving the matches…', () => call('acceptBatch', { pairs }), (r) => `${r.created.length} matches proposed, ${r.skipped.length} skipped.`);
  if (!result) return;
  const target = document.getElementById('batch-result')!;
  target.replaceChildren(el('h3', `${result.created.length} matches proposed`));
  if (result.skipped.length) {
    const list = el('ul');
    for (const s of result.skipped) list.append(el('li', `${s.consumerId} skipped: ${s.reason}`));
    target.append(list);
  }
  target.focus();
}

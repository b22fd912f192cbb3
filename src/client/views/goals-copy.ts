// This file offers, at the end of Setup, to copy the goals typed on the consumers' tab into the Goals tab: a preview
// of each phrase with the area read from it, the phrases no area was read from (never guessed), then one button.
import type { GoalsCopyView } from '../../shared/rpc-contract';
import { button, el, run } from '../dom';
import { call } from '../rpc';
import { outcomeWithUndo } from '../undo';

/** The offer with its preview; empty when the consumers' tab has no typed goals. */
export function goalsCopyOffer(preview: GoalsCopyView): HTMLElement {
  const section = el('section', undefined, { 'aria-labelledby': 'goals-copy-title', id: 'goals-copy', tabindex: '-1' });
  fill(section, preview);
  return section;
}

function fill(section: HTMLElement, preview: GoalsCopyView, outcome?: HTMLElement): void {
  section.replaceChildren();
  section.hidden = !outcome && !preview.add.length && !preview.unknown.length && !preview.alreadyThere;
  if (section.hidden) return;
  section.append(el('h3', 'Goals typed on your consumers’ tab', { id: 'goals-copy-title' }));
  if (outcome) section.append(outcome);
  if (preview.add.length) {
    section.append(el('p', `${preview.add.length} can be copied to the Goals tab as goals not started yet. Check the area read from each:`));
    const list = el('ul');
    for (const g of preview.add) list.append(el('li', `${g.consumerId}: “${g.goal}” → ${g.area} (${g.where})`));
    section.append(list, button(`Copy ${preview.add.length} goal${preview.add.length === 1 ? '' : 's'} to the Goals tab`, () => void copy(section)));
  } else if (preview.alreadyThere) {
    section.append(el('p', `All ${preview.alreadyThere} are on the Goals tab already.`));
  }
  if (preview.unknown.length) {
    section.append(el('p', `Not copied — no goal area could be read from ${preview.unknown.length === 1 ? 'this phrase' : 'these phrases'}; add ${preview.unknown.length === 1 ? 'it' : 'them'} on the Goals tab yourself:`));
    const list = el('ul');
    for (const u of preview.unknown) list.append(el('li', `${u.consumerId}: “${u.text}” (${u.where})${u.could.length ? `, could be ${u.could.join(' or ')}` : ''}`));
    section.append(list);
  }
}

async function copy(section: HTMLElement): Promise<void> {
  const result = await run('Copying the goals…', () => call('copyGoals'), (r) => r.message);
  if (!result) return;
  fill(section, result.preview, outcomeWithUndo(result.message, result.undo, (undone) => void reload(section, undone)));
  section.focus();
}

/** After an undo: the preview as it is now (the goals taken back are offered again), saying what was undone. */
async function reload(section: HTMLElement, undone: string): Promise<void> {
  const preview = await run('Loading the goals…', () => call('getGoalsCopy'), () => undone);
  if (!preview) return;
  fill(section, preview, outcomeWithUndo(undone, null, () => undefined));
  section.focus();
}

// This file is the sidebar's one Undo: after a change, the view shows what happened with an Undo button beside it
// for as long as the view is open; undoing asks the add-on to put the cells back, then reloads the view.
import type { UndoOffer } from '../shared/rpc-contract';
import { SAID_BY_NEXT_VIEW } from './announce';
import { button, el, run } from './dom';
import { call } from './rpc';

/**
 * The outcome of a change as a paragraph that can take focus (so focus stays where the coordinator acted), with the
 * Undo the add-on offered, if any. `reload` shows the view again, saying `outcome` once it has loaded.
 */
export function outcomeWithUndo(text: string, offer: UndoOffer | null | undefined, reload: (outcome: string) => unknown): HTMLElement {
  // One outcome at a time: a second change replaces the first one's Undo (only the last change is offered).
  document.getElementById('outcome')?.remove();
  const box = el('div', undefined, { class: 'outcome', id: 'outcome', tabindex: '-1' });
  box.append(el('p', text, { class: 'ok' }));
  if (offer) {
    box.append(
      button(offer.label, async () => {
        const undone = await run('Undoing…', () => call('undoChange', { token: offer.token }), SAID_BY_NEXT_VIEW);
        if (undone) await reload(undone.message);
      }, 'secondary'),
    );
  }
  return box;
}

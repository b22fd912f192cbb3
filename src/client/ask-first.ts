// This file asks before a step that is hard to take back, inside the sidebar (no browser dialogs): the question, then
// a button that goes ahead and one that does not. Focus moves to "go ahead"; "do not" writes nothing, takes the
// question away and puts focus back on the control that asked.
import { button, el } from './dom';

let askCount = 0;

export interface Question {
  /** What will happen, said before the buttons (the first part names the group for screen readers). */
  says: HTMLElement[];
  yes: string;
  no: string;
  onYes: () => void;
  /** The control that asked: focus returns there when the coordinator says no. */
  back: HTMLElement;
}

/** Shows the question in `place` (replacing any earlier one) and moves focus to its "go ahead" button. */
export function askFirst(place: HTMLElement, question: Question): void {
  const id = `ask-${++askCount}`;
  const [first, ...rest] = question.says;
  first?.setAttribute('id', id);
  const group = el('div', undefined, { role: 'group', class: 'ask-first', 'aria-labelledby': id });
  const yes = button(question.yes, question.onYes);
  const no = button(question.no, () => {
    place.replaceChildren();
    question.back.focus();
  }, 'secondary');
  group.append(...question.says, yes, no);
  if (rest.length) yes.setAttribute('aria-describedby', rest.map((part, i) => part.id || (part.id = `${id}-${i}`)).join(' '));
  place.replaceChildren(group);
  yes.focus();
}

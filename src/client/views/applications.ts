// This file is the Applications view: each submission from the forms as a card — who, what they want help with in
// their words, how to reach them, what could not be read, and anyone it may duplicate side by side — with accept
// (asking first when answers could not be read or it may be someone already on the sheets), reject with a reason,
// or merge into the existing person.
import type { ApplicationDecisionRequest, ApplicationView, DuplicateView, UndoOffer } from '../../shared/rpc-contract';
import { SAID_BY_NEXT_VIEW } from '../announce';
import { askFirst } from '../ask-first';
import { button, capitalize, count, el, field, focusHeading, input, run, startView } from '../dom';
import { ListEntry, searchableList } from '../searchable-list';
import { call } from '../rpc';
import { appendFormsSection } from './intake-forms';
import { openLetters } from './letters-dialog';
import { outcomeWithUndo } from '../undo';

/** The Applications view; after a decision, `decided` is that application, whose letters can be printed at once. */
export async function showApplications(outcome?: string, undo?: UndoOffer | null, decided?: string): Promise<void> {
  const view = startView('Applications');
  const list = await run('Loading applications…', () => call('listApplications'), (l) => waitingText(l.filter(isOpen).length), outcome);
  if (!list) return;
  if (outcome) view.append(outcomeWithUndo(outcome, undo, (said) => showApplications(said)));
  if (decided) {
    const letters = button('Print the letters for this applicant', () => void openLetters({ about: 'application', responseId: decided }, letters), 'secondary');
    view.append(letters);
  }
  const open = list.filter(isOpen);
  view.append(el('p', waitingText(open.length)));
  const entries: ListEntry[] = open.map((a) => ({
    words: [a.name, a.responseId, a.form, a.duplicateOf, ...a.duplicates.map((d) => d.name)],
    group: capitalize(a.status || 'new'),
    render: () => card(a),
  }));
  view.append(searchableList(entries, { id: 'applications-list', noun: ['applications', 'application'], listClass: 'cards' }));
  await appendFormsSection(view);
  focusHeading();
}

/** Who the buttons name: the applicant, or the application when the row has no name. */
const who = (a: ApplicationView) => a.name || `application ${a.responseId}`;

function card(a: ApplicationView): HTMLLIElement {
  const item = el('li', undefined, { class: 'card', id: `application-${a.responseId}` });
  item.append(el('h4', a.name || 'No name given'));
  item.append(el('p', `${a.form || 'Application'} · ${a.responseId} · submitted ${a.submittedAt} · ${a.status}`, { class: 'hint' }));
  if (a.kind) item.append(...wants(a), facts(a));
  item.append(...problems(a));
  for (const d of a.duplicates) item.append(sideBySide(a, d));
  item.append(...decisions(a));
  return item;
}

/** What they want help with: their own words, then the goal areas read from their answers. */
function wants(a: ApplicationView): HTMLElement[] {
  const parts: HTMLElement[] = [el('p', a.kind === 'mentor-application' ? 'About them, in their words:' : 'What they want help with, in their words:', { class: 'label' })];
  parts.push(a.words ? el('blockquote', a.words) : el('p', 'Nothing written.', { class: 'hint' }));
  parts.push(el('p', `${a.areasLabel}: ${a.areas.join(', ') || 'none read'}`));
  return parts;
}

function facts(a: ApplicationView): HTMLElement {
  const list = el('dl');
  for (const fact of a.facts) list.append(el('dt', fact.label), el('dd', fact.value));
  return list;
}

function problems(a: ApplicationView): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (a.problems.length) {
    const id = `problems-${a.responseId}`;
    const list = el('ul', undefined, { 'aria-labelledby': id, class: 'bad' });
    for (const p of a.problems) list.append(el('li', p.field ? `${p.field}: ${p.message}` : p.message));
    parts.push(el('p', `Issues (${a.problems.length})`, { id, class: 'label' }), list);
  }
  if (a.cannotAccept) parts.push(el('p', `Cannot be accepted yet: ${a.cannotAccept}`, { class: 'bad' }));
  return parts;
}

/** The applicant beside the existing person — name, ID and contacts — with the fields that match marked. */
function sideBySide(a: ApplicationView, d: DuplicateView): HTMLElement {
  if (!d.found) return el('p', `Marked as a possible duplicate of ${d.id}, who is not on your Mentors or Consumers tab.`, { class: 'hint' });
  const table = el('table', undefined, { class: 'compare' });
  table.append(el('caption', `Possibly the same person as ${d.name} (${d.id}), a ${d.role}${d.matching ? `: ${d.matching}` : ''}`));
  const head = el('tr');
  head.append(el('td'), el('th', 'This application', { scope: 'col' }), el('th', `${d.name} (${d.id})`, { scope: 'col' }));
  table.append(head);
  for (const row of d.compare) {
    const tr = el('tr', undefined, row.same ? { class: 'same' } : {});
    tr.append(el('th', row.same ? `${row.label} (same)` : row.label, { scope: 'row' }), el('td', row.applicant), el('td', row.existing));
    table.append(tr);
  }
  const wrap = el('div', undefined, { class: 'compare-wrap' });
  wrap.append(table);
  if (!d.canMerge) wrap.append(el('p', `${d.name} is a ${d.role}, so ${a.kind === 'mentor-application' ? 'this mentor application' : 'this request'} cannot be merged into them.`, { class: 'hint' }));
  return wrap;
}

function decisions(a: ApplicationView): HTMLElement[] {
  const reason = input('text');
  const ask = el('div');
  const decide = (decision: ApplicationDecisionRequest['decision'], into?: string) => async () => {
    const request: ApplicationDecisionRequest = { responseId: a.responseId, decision, reason: reason.value };
    if (into) request.into = into;
    // The list reloads at once, and says the decision when it is back.
    const result = await run('Saving…', () => call('decideApplication', request), SAID_BY_NEXT_VIEW);
    if (result) await showApplications(result.message, result.undo, a.responseId);
  };
  const parts: HTMLElement[] = [];
  if (!a.cannotAccept) {
    const accept = button(`Accept ${who(a)}`, () => (a.askFirst ? askFirst(ask, acceptQuestion(a, accept, decide('accept'))) : void decide('accept')()));
    parts.push(accept, ask);
  }
  for (const d of a.duplicates) if (d.canMerge) parts.push(button(`Merge into ${d.name} (${d.id})`, () => void decide('merge', d.id)(), 'secondary'));
  parts.push(field(`Reason if rejecting ${who(a)}`, reason), button(`Reject ${who(a)}`, () => void decide('reject')(), 'secondary'));
  const received = button('Print a "we got your form" letter', () => void openLetters({ about: 'application', responseId: a.responseId }, received), 'secondary');
  parts.push(received);
  return parts;
}

/** Before accepting: what will be left blank on the new record (and why), and whom it may duplicate. */
function acceptQuestion(a: ApplicationView, back: HTMLElement, accept: () => Promise<void>) {
  const person = a.kind === 'mentor-application' ? 'mentor' : 'consumer';
  const says: HTMLElement[] = [el('p', `Accept ${who(a)} as a new ${person}?`)];
  if (a.leftBlank.length) {
    const blank = el('ul');
    for (const b of a.leftBlank) blank.append(el('li', `${b.field}: ${b.why}`));
    says.push(el('p', `${count(a.leftBlank.length, 'field')} will be left blank on the new ${person}; you can fill them in on the sheet later:`), blank);
  } else {
    says.push(el('p', 'Nothing will be left blank.'));
  }
  const same = a.duplicates.filter((d) => d.found);
  if (same.length) says.push(el('p', `This may be ${same.map((d) => `${d.name} (${d.id})`).join(' or ')}, already on your sheets. Accepting adds a second record; merging does not.`));
  return { says, yes: `Yes, accept ${who(a)}`, no: 'Cancel', back, onYes: () => void accept() };
}

const isOpen = (a: ApplicationView) => !/^(accepted|rejected|merged)$/i.test(a.status);
const waitingText = (n: number) => `${n} waiting for a decision.`;

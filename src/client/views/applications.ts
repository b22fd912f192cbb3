// This file is the Applications view: submissions from the forms with their issues and possible duplicates; accept
// (creates the mentor or consumer and their goals), reject with a reason, or merge into the possible duplicate.
import type { ApplicationDecisionRequest, ApplicationView, UndoOffer } from '../../shared/rpc-contract';
import { SAID_BY_NEXT_VIEW } from '../announce';
import { button, capitalize, el, field, focusHeading, input, run, startView } from '../dom';
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
  const entries: ListEntry[] = [];
  for (const a of open) {
    const item = el('li', undefined, { class: 'card' });
    item.append(el('h3', `${a.form || 'Application'} ${a.responseId}`));
    item.append(el('p', `Submitted ${a.submittedAt} · ${a.status}`, { class: 'hint' }));
    if (a.issues) item.append(el('p', `Issues: ${a.issues}`, { class: 'bad' }));
    const duplicate = a.duplicateOf.split(/[,;\s]+/).filter(Boolean)[0];
    if (a.duplicateOf) item.append(el('p', `Possible duplicate of ${a.duplicateOf}`));
    const reason = input('text');
    const decide = (decision: ApplicationDecisionRequest['decision'], into?: string) => async () => {
      const request: ApplicationDecisionRequest = { responseId: a.responseId, decision, reason: reason.value };
      if (into) request.into = into;
      // The list reloads at once, and says the decision when it is back.
      const result = await run('Saving…', () => call('decideApplication', request), SAID_BY_NEXT_VIEW);
      if (result) await showApplications(result.message, result.undo, a.responseId);
    };
    item.append(button('Accept', () => void decide('accept')()));
    if (duplicate) item.append(button(`Merge into ${duplicate}`, () => void decide('merge', duplicate)(), 'secondary'));
    item.append(field('Reason if rejecting', reason), button('Reject', () => void decide('reject')(), 'secondary'));
    const received = button('Print a "we got your form" letter', () => void openLetters({ about: 'application', responseId: a.responseId }, received), 'secondary');
    item.append(received);
    entries.push({ words: [a.responseId, a.form, a.duplicateOf], group: capitalize(a.status || 'new'), render: () => item });
  }
  view.append(searchableList(entries, { id: 'applications-list', noun: ['applications', 'application'], listClass: 'cards' }));
  await appendFormsSection(view);
  focusHeading();
}

const isOpen = (a: ApplicationView) => !/^(accepted|rejected|merged)$/i.test(a.status);
const waitingText = (n: number) => `${n} waiting for a decision.`;

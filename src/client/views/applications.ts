// This file is the Applications view: submissions from the forms with their issues and possible duplicates.
import { announce, button, el, field, focusHeading, input, run, startView } from '../dom';
import { call } from '../rpc';

export async function showApplications(): Promise<void> {
  const view = startView('Applications');
  const list = await run('Loading applications…', () => call('listApplications'));
  if (!list) return;
  const open = list.filter((a) => !/^(accepted|rejected)$/i.test(a.status));
  view.append(el('p', `${open.length} waiting for a decision.`));
  const items = el('ul', undefined, { class: 'cards' });
  for (const a of open) {
    const item = el('li', undefined, { class: 'card' });
    item.append(el('h3', `${a.form || 'Application'} ${a.responseId}`));
    item.append(el('p', `Submitted ${a.submittedAt} · ${a.status}`, { class: 'hint' }));
    if (a.issues) item.append(el('p', `Issues: ${a.issues}`, { class: 'bad' }));
    if (a.duplicateOf) item.append(el('p', `Possible duplicate of ${a.duplicateOf}`));
    const reason = input('text');
    const decide = (decision: 'accept' | 'reject') => async () => {
      const result = await run('Saving…', () => call('decideApplication', { responseId: a.responseId, decision, reason: reason.value }));
      if (result) {
        announce(`Application ${result.responseId} ${result.status.toLowerCase()}.`);
        void showApplications();
      }
    };
    item.append(button('Accept', () => void decide('accept')()), field('Reason if rejecting', reason), button('Reject', () => void decide('reject')(), 'secondary'));
    items.append(item);
  }
  view.append(items);
  focusHeading();
}

// This file is the forms section of the Applications view: which intake forms exist, and who may answer them.
import { el } from '../dom';
import { call } from '../rpc';

/** Appends the forms section; it says how to make the forms when some are missing. */
export async function appendFormsSection(view: HTMLElement): Promise<void> {
  const section = el('section', undefined, { 'aria-labelledby': 'forms-heading' });
  section.append(el('h3', 'Forms', { id: 'forms-heading' }));
  view.append(section);
  const outcome = await call('getIntakeForms').then((value) => ({ value }), (error: Error) => ({ error }));
  if ('error' in outcome) {
    section.append(el('p', `The forms could not be listed: ${outcome.error.message}`, { class: 'bad' }));
    return;
  }
  const { forms, whoMayRespond } = outcome.value;
  const list = el('ul');
  for (const form of forms) list.append(el('li', `${form.title}: ${form.created ? 'made and published' : 'not made yet'}`));
  section.append(list);
  if (forms.some((f) => !f.created)) section.append(el('p', 'To make the missing forms, choose Extensions → Peer Mentoring → Create forms.', { class: 'hint' }));
  section.append(el('p', `Who may answer: ${whoMayRespond}`, { id: 'forms-who-may-respond' }));
}

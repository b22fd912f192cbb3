// This file is the print dialog for letters: an HTML <dialog> over the sidebar with one letter per printed page
// (print styles in sidebar.css), the reader's name and next step in large type, and an email link for each letter.
import type { LetterRequest, LetterView } from '../../shared/rpc-contract';
import { button, el, run } from '../dom';
import { call } from '../rpc';

export async function openLetters(request: LetterRequest, opener?: HTMLElement): Promise<void> {
  const letters = await run('Writing the letters…', () => call('getLetters', request), (l) => `${l.length} letter${l.length === 1 ? '' : 's'} ready to print.`);
  if (!letters) return;
  const dialog = el('dialog', undefined, { id: 'letters', 'aria-labelledby': 'letters-title' });
  dialog.append(el('h2', letters.length === 1 ? 'Letter to print' : `${letters.length} letters to print`, { id: 'letters-title', class: 'no-print' }));
  const close = () => dialog.close();
  const actions = el('div', undefined, { class: 'no-print' });
  actions.append(button('Print', () => window.print()), button('Close', close, 'secondary'));
  dialog.append(actions);
  for (const letter of letters) dialog.append(renderLetter(letter));
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
}

function renderLetter(letter: LetterView): HTMLElement {
  const article = el('article', undefined, { class: 'letter', 'aria-label': letter.title });
  article.append(el('h3', letter.title));
  article.append(el('p', `Dear ${letter.name},`, { class: 'big' }));
  for (const line of letter.lines) article.append(el('p', line));
  article.append(el('p', `Next step: ${letter.nextStep}`, { class: 'big next-step' }));
  for (const line of letter.closing) article.append(el('p', line));
  if (letter.missing.length) article.append(el('p', `Before printing, add: ${letter.missing.join(', ')}.`, { class: 'bad no-print' }));
  const email = el('p', undefined, { class: 'no-print' });
  email.append(el('a', `Email this letter instead (opens Gmail)`, { href: letter.gmailUrl, target: '_blank', rel: 'noopener' }));
  article.append(email);
  return article;
}

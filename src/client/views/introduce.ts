// This file is the match page's "Introduce them" part, for a proposed or intro-scheduled match: the intro's time and
// place, then links that open a drafted email to both people in Gmail (or any mail program) and a prefilled Google
// Calendar event, and the two intro letters to print. Nothing is sent: each link only opens a draft.
import type { IntroductionView, MatchDetail } from '../../shared/rpc-contract';
import { button, el, field, input, run } from '../dom';
import { call } from '../rpc';
import { openLetters } from './letters-dialog';

export function introduceSection(d: MatchDetail): HTMLElement {
  const group = el('fieldset', undefined, { id: 'introduce' });
  group.append(el('legend', 'Introduce them'));
  // What was saved with the intro's date is filled in; typed here, it is used for these drafts only.
  const time = input('text', d.introTime);
  const place = input('text', d.introPlace);
  group.append(field('Intro meeting time (optional)', time, 'For example 2:30 pm.'), field('Intro meeting place (optional)', place));
  const links = el('div', undefined, { id: 'introduce-links', tabindex: '-1' });
  const prepare = button('Prepare the email and calendar event', () => void load(d, time.value, place.value, links));
  const letters = button('Print both intro letters', () => void openLetters({ about: 'match', matchId: d.id, time: time.value, place: place.value }, letters), 'secondary');
  group.append(prepare, letters, links);
  return group;
}

async function load(d: MatchDetail, time: string, place: string, target: HTMLElement): Promise<void> {
  const intro = await run('Drafting the introduction…', () => call('getIntroduction', { matchId: d.id, time, place }), (i) => (i.missing.length ? `Drafted. Still to add: ${i.missing.join(', ')}.` : 'Drafted.'));
  if (!intro) return;
  render(d, intro, target);
  target.focus();
}

function render(d: MatchDetail, intro: IntroductionView, target: HTMLElement): void {
  target.replaceChildren();
  const facts = el('dl');
  const add = (term: string, value: string) => facts.append(el('dt', term), el('dd', value));
  add('To', intro.to.length ? intro.to.join(', ') : 'nobody (see Bcc)');
  if (intro.bcc.length) add('Bcc (no consent to share contact details)', intro.bcc.join(', '));
  add('Subject', intro.subject);
  target.append(facts);
  if (intro.missing.length) target.append(el('p', `The drafts show these in [brackets]; add them first or fill them in by hand: ${intro.missing.join(', ')}.`, { class: 'bad' }));
  const links = el('ul', undefined, { class: 'choices' });
  const link = (text: string, href: string) => {
    const item = el('li');
    item.append(el('a', text, { href, target: '_blank', rel: 'noopener' }));
    links.append(item);
  };
  link(`Email ${d.consumerName} and ${d.mentorName} (opens Gmail)`, intro.gmailUrl);
  link('Email them from another mail program', intro.mailtoUrl);
  if (intro.calendarUrl) link('Add the intro meeting to my calendar', intro.calendarUrl);
  else links.append(el('li', 'Schedule the intro meeting first to add it to your calendar.'));
  target.append(links);
}

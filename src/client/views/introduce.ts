// This file is the match page's "Introduce them" part, for a proposed or intro-scheduled match: links that open a
// drafted email to both people in Gmail (or any mail program) and a prefilled Google Calendar event, and the two intro
// letters to print. The intro's date, time and place are the ones saved under Intro meeting on the same page (the
// match's row), so they are typed in one place. Nothing is sent: each link only opens a draft.
import type { IntroductionView, MatchDetail } from '../../shared/rpc-contract';
import { button, el, run } from '../dom';
import { call } from '../rpc';
import { openLetters } from './letters-dialog';

/** "2 Mar 2026, at 2:30 pm, Rondo Library": the intro meeting as saved; null before it has a date. */
export function describeIntro(d: MatchDetail): string | null {
  return d.days.introOn ? [d.days.introOn, d.introTime && `at ${d.introTime}`, d.introPlace].filter(Boolean).join(', ') : null;
}

export function introduceSection(d: MatchDetail): HTMLElement {
  const group = el('fieldset', undefined, { id: 'introduce' });
  group.append(el('legend', 'Introduce them'));
  const saved = describeIntro(d);
  group.append(el('p', saved ? `The drafts and letters use the intro meeting saved above: ${saved}.` : 'Schedule the intro meeting above to put its date, time and place in the drafts and letters.'));
  const links = el('div', undefined, { id: 'introduce-links', tabindex: '-1' });
  const prepare = button('Prepare the email and calendar event', () => void load(d, links));
  const letters = button('Print both intro letters', () => void openLetters({ about: 'match', matchId: d.id }, letters), 'secondary');
  group.append(prepare, letters, links);
  return group;
}

async function load(d: MatchDetail, target: HTMLElement): Promise<void> {
  const intro = await run('Drafting the introduction…', () => call('getIntroduction', { matchId: d.id }), (i) => (i.missing.length ? `Drafted. Still to add: ${i.missing.join(', ')}.` : 'Drafted.'));
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

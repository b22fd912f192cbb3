// This file is how the sidebar shows what it drafts for people: the introduction's links, the letters (each with a
// Gmail link for the same text), the calendar reminders, and a match's or person's timeline.
import type { Introduction } from '../../app/draft-introduction';
import type { Reminders } from '../../app/list-reminders';
import { formatDay } from '../../domain/dates';
import { gmailComposeUrl } from '../../domain/outreach/intro-links';
import { Letter, letterEmail } from '../../domain/outreach/letters';
import { BLANK_NAMES } from '../../domain/outreach/message-templates';
import type { TimelineEvent } from '../../domain/timeline';
import type { IntroductionView, LetterView, RemindersView, TimelineView } from '../../shared/rpc-contract';

export function presentIntroduction(intro: Introduction): IntroductionView {
  const missing = [...new Set([...intro.email.missing, ...(intro.event?.missing ?? [])])].map((blank) => BLANK_NAMES[blank as keyof typeof BLANK_NAMES]);
  if (!intro.match.introOn) missing.push('intro meeting date (schedule the intro first)');
  return {
    matchId: intro.match.id, to: intro.email.to, bcc: intro.email.bcc, subject: intro.email.subject, body: intro.email.body,
    gmailUrl: intro.gmailUrl, mailtoUrl: intro.mailtoUrl, calendarUrl: intro.calendarUrl, missing: [...new Set(missing)],
  };
}

/** Letters, each with a Gmail draft of the same words (no address: the coordinator adds one when an email is wanted). */
export function presentLetters(letters: readonly Letter[]): LetterView[] {
  return letters.map((letter) => {
    const email = letterEmail(letter);
    return { ...letter, gmailUrl: gmailComposeUrl({ to: [], bcc: [], ...email }) };
  });
}

export function presentReminders(reminders: Reminders): RemindersView {
  return {
    soon: reminders.soon.map((r) => ({ text: `${formatDay(r.on)}: ${r.event.title}`, calendarUrl: r.calendarUrl })),
    monthCalendar: reminders.monthCalendar,
    monthCount: reminders.monthCount,
  };
}

export function presentTimeline(title: string, events: readonly TimelineEvent[]): TimelineView {
  return { title, events: events.map((e) => ({ on: e.on, day: e.on ? formatDay(e.on) : 'Date not recorded', title: e.title, lines: e.lines, by: e.by })) };
}

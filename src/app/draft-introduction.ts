// This file drafts a new pair's introduction — the email to both and the calendar event — from the match, both
// people, their consent answers on the Applications tab and the texts in Settings. Nothing is written or sent: the
// sidebar shows links the coordinator opens in their own mail and calendar.
import { DomainError } from '../domain/errors';
import type { Consumer, Match, Mentor } from '../domain/model';
import { contactConsent } from '../domain/outreach/contact-consent';
import { CalendarEvent, draftIntroEmail, draftIntroEvent, EmailDraft, gmailComposeUrl, googleCalendarUrl, IntroInput, introMeetingOf, mailtoUrl } from '../domain/outreach/intro-links';
import { readOutreachSettings } from '../domain/outreach/message-templates';
import type { WorkbookModel } from '../domain/workbook-reader';
import type { ActionSession } from './action-session';
import { AppPorts, readSession } from './app-ports';
import { requireId } from './check-input';
import { findConsumer, findMatch, findMentor } from './find-records';
import { readApplicationHistory } from './read-history';

/** The intro meeting's date, time and place come from the match's row, where the match page saves them. */
export interface IntroductionRequest {
  matchId: string;
}

export interface Introduction {
  match: Match;
  consumer: Consumer;
  mentor: Mentor;
  email: EmailDraft;
  gmailUrl: string;
  mailtoUrl: string;
  /** Null until the intro has a date. */
  event: (CalendarEvent & { missing: string[] }) | null;
  calendarUrl: string | null;
}

const INTRODUCED: readonly Match['status'][] = ['proposed', 'intro-scheduled'];

/** Each person's consent answer on their latest application; none when the tab is missing. */
function consentOf(session: ActionSession): Map<string, boolean | null> {
  return session.tabOf('applications') ? contactConsent(readApplicationHistory(session)) : new Map();
}

function introInput(session: ActionSession, ports: AppPorts, match: Match): IntroInput {
  const model: WorkbookModel = session.model();
  const consumer = findConsumer(model, match.consumerId);
  const mentor = findMentor(model, match.mentorId);
  const consent = consentOf(session);
  const person = (p: Consumer | Mentor) => ({ name: p.name, email: p.email, phone: p.phone, sharesContact: consent.get(p.id) ?? null });
  return {
    ...readOutreachSettings(model.settings),
    consumer: person(consumer), mentor: person(mentor),
    intro: introMeetingOf(match),
    timeZone: ports.clock.timeZone?.() ?? '',
  };
}

/** The introduction of a proposed or intro-scheduled match. Errors: MATCH.NOT_INTRODUCING for any other status. */
export function draftIntroduction(ports: AppPorts, request: IntroductionRequest): Introduction {
  const session = readSession(ports);
  const model = session.model();
  const match = findMatch(model, requireId(request?.matchId, 'match'));
  if (!INTRODUCED.includes(match.status)) {
    throw new DomainError('MATCH.NOT_INTRODUCING', `Match ${match.id} is past its introduction; introductions are drafted while a match is proposed or its intro is scheduled.`);
  }
  const input = introInput(session, ports, match);
  const email = draftIntroEmail(input);
  const event = draftIntroEvent(input);
  return {
    match, consumer: findConsumer(model, match.consumerId), mentor: findMentor(model, match.mentorId),
    email, gmailUrl: gmailComposeUrl(email), mailtoUrl: mailtoUrl(email), event, calendarUrl: event ? googleCalendarUrl(event) : null,
  };
}

// This file drafts the introduction of a new pair as plain links the coordinator opens: a Gmail compose link (with a
// mailto: fallback) to both people, and a prefilled Google Calendar event. Nothing is sent: the coordinator's own
// mail and calendar open with the draft, so no OAuth scope is needed and nothing leaves without being seen.
// Contact details follow each person's own consent answer: a person who did not say yes is written to as a blind
// copy, is not added as a calendar guest, and the draft says the coordinator will put the two in touch.
import { addDays, formatLongDay } from '../dates';
import type { IsoDate, Match } from '../model';
import { compactClockTime, formatClockTime, readClockTime } from './clock-time';
import { fillTemplate, firstNameOf, IntroBlank, OutreachSettings } from './message-templates';

export interface IntroPerson {
  name: string;
  email: string | null;
  /** E.164 as the sheet reader keeps it (+16515550101). */
  phone: string | null;
  /** The consent answer about sharing contact details: only `true` lets the other person see them. */
  sharesContact: boolean | null;
}

export interface IntroMeeting {
  date: IsoDate | null;
  /** As typed on the sheet ("2:30 pm", "14:30"); null when not set. */
  time: string | null;
  place: string | null;
}

/** The intro meeting as the match's row keeps it: the one place its date, time and place are entered (the match page). */
export function introMeetingOf(match: Pick<Match, 'introOn' | 'introTime' | 'introPlace'>): IntroMeeting {
  const text = (value: string) => value.trim().slice(0, 200) || null;
  return { date: match.introOn, time: text(match.introTime), place: text(match.introPlace) };
}

export interface IntroInput extends OutreachSettings {
  consumer: IntroPerson;
  mentor: IntroPerson;
  intro: IntroMeeting;
  /** The spreadsheet's time zone (an IANA name such as America/Chicago), so the event lands at the local time. */
  timeZone: string;
  /** Length of the calendar event; an hour unless the caller says otherwise. */
  minutes?: number;
}

export interface EmailDraft {
  /** People who agreed to share their contact details: they see each other's address. */
  to: string[];
  /** Everyone else: a blind copy, so no address is shown to the other person. */
  bcc: string[];
  subject: string;
  body: string;
  /** Blanks with no value, shown in the draft as "[meeting place]"; the view says what to add first. */
  missing: IntroBlank[];
}

export interface CalendarEvent {
  title: string;
  details: string;
  location: string;
  date: IsoDate;
  /** Minutes after midnight, local time; null for an all-day event. */
  start: number | null;
  minutes: number;
  guests: string[];
  timeZone: string;
}

/** "651-555-0101" for a US number kept as +16515550101; anything else as written. */
export function formatPhone(phone: string): string {
  const match = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(phone);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : phone;
}

function shares(person: IntroPerson): boolean {
  return person.sharesContact === true && (person.email !== null || person.phone !== null);
}

/** The {contact} blank: for each person, how the other can reach them, or that the coordinator will connect them. */
function contactLines(consumer: IntroPerson, mentor: IntroPerson): string {
  const line = (reader: IntroPerson, reached: IntroPerson) => {
    const ways = [reached.email, reached.phone && formatPhone(reached.phone)].filter((way): way is string => !!way);
    return shares(reached)
      ? `${firstNameOf(reader.name)}, you can reach ${firstNameOf(reached.name)} at ${ways.join(' or ')}.`
      : `${firstNameOf(reader.name)}, I will help you get in touch with ${firstNameOf(reached.name)}.`;
  };
  return [line(consumer, mentor), line(mentor, consumer)].join('\n');
}

function blankValues(input: IntroInput): Record<IntroBlank, string | null> {
  const time = input.intro.time ? readClockTime(input.intro.time) : null;
  return {
    consumerFirstName: firstNameOf(input.consumer.name),
    mentorFirstName: firstNameOf(input.mentor.name),
    introDate: input.intro.date ? formatLongDay(input.intro.date) : null,
    // A time we cannot read is passed on as typed rather than dropped.
    introTime: time !== null ? formatClockTime(time) : input.intro.time,
    introPlace: input.intro.place,
    contact: contactLines(input.consumer, input.mentor),
    programName: input.program.name,
    programPhone: input.program.phone,
  };
}

/** The intro email to both people, from the Settings templates. */
export function draftIntroEmail(input: IntroInput): EmailDraft {
  const values = blankValues(input);
  const subject = fillTemplate(input.templates.introEmailSubject, values);
  const body = fillTemplate(input.templates.introEmailBody, values);
  const people = [input.consumer, input.mentor].filter((person) => person.email !== null);
  return {
    to: people.filter((person) => person.sharesContact === true).map((person) => person.email!),
    bcc: people.filter((person) => person.sharesContact !== true).map((person) => person.email!),
    subject: subject.text.replace(/\s*\n\s*/g, ' '),
    body: body.text,
    missing: [...new Set([...subject.missing, ...body.missing])],
  };
}

/** The intro as a calendar event; null when the intro has no date yet. */
export function draftIntroEvent(input: IntroInput): (CalendarEvent & { missing: IntroBlank[] }) | null {
  if (!input.intro.date) return null;
  const values = blankValues(input);
  const title = fillTemplate(input.templates.introEventTitle, values);
  const details = fillTemplate(input.templates.introEventDetails, values);
  return {
    title: title.text.replace(/\s*\n\s*/g, ' '),
    details: details.text,
    location: input.intro.place ?? '',
    date: input.intro.date,
    start: input.intro.time ? readClockTime(input.intro.time) : null,
    minutes: input.minutes ?? 60,
    guests: [input.consumer, input.mentor].filter((person) => person.sharesContact === true && person.email !== null).map((person) => person.email!),
    timeZone: input.timeZone,
    missing: [...new Set([...title.missing, ...details.missing])],
  };
}

/**
 * Percent-encodes a value for a URL query or a mailto: header: every byte outside the unreserved set, spaces as %20
 * (RFC 3986 §2.3; RFC 6068 §5 asks for %20 rather than "+"), and line breaks as CRLF (%0D%0A), which RFC 6068 §5
 * requires in a mailto: body (https://www.rfc-editor.org/rfc/rfc6068#section-5).
 */
function encode(value: string): string {
  return encodeURIComponent(value.replace(/\r?\n/g, '\r\n')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function query(parameters: [string, string][]): string {
  return parameters.filter(([, value]) => value !== '').map(([key, value]) => `${key}=${encode(value)}`).join('&');
}

/**
 * Gmail's compose window with the draft filled in. Google does not document this address; it is the form Gmail
 * itself opens for mailto: links (view=cm, to, cc, bcc, su, body), so the mailto: link below stays beside it as the
 * fallback for any mail program.
 */
export function gmailComposeUrl(draft: Pick<EmailDraft, 'to' | 'bcc' | 'subject' | 'body'>): string {
  return `https://mail.google.com/mail/?${query([['view', 'cm'], ['fs', '1'], ['to', draft.to.join(',')], ['bcc', draft.bcc.join(',')], ['su', draft.subject], ['body', draft.body]])}`;
}

/**
 * A mailto: link (RFC 6068): the addresses in the path, subject, body and bcc as header fields. Addresses are encoded
 * too, since an apostrophe or ampersand is legal in an address (o'brien@example.org) but not safe in a link.
 */
export function mailtoUrl(draft: Pick<EmailDraft, 'to' | 'bcc' | 'subject' | 'body'>): string {
  const fields = query([['bcc', draft.bcc.join(',')], ['subject', draft.subject], ['body', draft.body]]);
  // "@" stays as it is: RFC 6068 §2 writes an address's "@" unencoded in the path.
  return `mailto:${draft.to.map((address) => encode(address).replace(/%40/g, '@')).join(',')}${fields ? `?${fields}` : ''}`;
}

function compactDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/**
 * A Google Calendar "create event" link with the event filled in: text, dates, details, location, add (guests) and
 * ctz. Times are local wall-clock times (no trailing Z) read in the ctz time zone; an all-day event has dates
 * YYYYMMDD/YYYYMMDD with the day after as its end. Google's own event-publisher guide describes action=TEMPLATE with
 * text, dates, details and location (http://www.google.com/googlecalendar/event_publisher_guide_detail.html); add and
 * ctz are the parameters the same page accepts for guests and the time zone. Opening it only fills the form: the
 * coordinator saves it, and Calendar asks before inviting anyone.
 */
export function googleCalendarUrl(event: CalendarEvent): string {
  let dates: string;
  if (event.start === null) {
    dates = `${compactDate(event.date)}/${compactDate(addDays(event.date, 1))}`;
  } else {
    const end = event.start + event.minutes;
    const endDate = addDays(event.date, Math.floor(end / 1440));
    dates = `${compactDate(event.date)}T${compactClockTime(event.start)}/${compactDate(endDate)}T${compactClockTime(end % 1440)}`;
  }
  return `https://calendar.google.com/calendar/render?${query([
    ['action', 'TEMPLATE'], ['text', event.title], ['dates', dates], ['details', event.details], ['location', event.location],
    ['add', event.guests.join(',')], ['ctz', event.timeZone],
  ])}`;
}

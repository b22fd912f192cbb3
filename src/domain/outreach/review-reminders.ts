// This file turns the reviews and check-ins coming due into reminders for the coordinator's own calendar: a Google
// Calendar link per item, or one .ics file with everything due this month. Both are opened or downloaded by the
// coordinator, so the add-on needs no calendar access. Overdue items are placed on today, where they still help.
import { addDays, formatDay } from '../dates';
import { IsoDate, Match } from '../model';
import { ReviewDue } from '../reviews';
import { splitUtf8 } from '../text';
import { CalendarEvent, googleCalendarUrl } from './intro-links';
import { firstNameOf } from './message-templates';

export interface Reminder {
  matchId: string;
  kind: ReviewDue['kind'];
  /** The day the reminder sits on: the due day, or today when overdue. */
  on: IsoDate;
  dueOn: IsoDate;
  event: CalendarEvent;
  /** The Google Calendar link that opens this reminder, filled in, for the coordinator to save. */
  calendarUrl: string;
}

export interface ReminderInput {
  schedule: readonly ReviewDue[];
  matches: readonly Match[];
  /** A person's name by ID, for the reminder's title; null when they are not on the tabs. */
  nameOf: (id: string) => string | null;
  today: IsoDate;
  timeZone: string;
  /** Which items: those due in the next this-many days (and all overdue), or every one due by the end of this month. */
  window: { days: number } | 'this-month';
}

function endOfMonth(date: IsoDate): IsoDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return addDays(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`, -1);
}

/** The reminders in a window, soonest first. */
export function reviewReminders(input: ReminderInput): Reminder[] {
  const until = input.window === 'this-month' ? endOfMonth(input.today) : addDays(input.today, input.window.days);
  const matches = new Map(input.matches.map((m) => [m.id, m]));
  return input.schedule
    .filter((due) => due.dueOn <= until && matches.has(due.matchId))
    .map((due) => {
      const match = matches.get(due.matchId)!;
      const names = [input.nameOf(match.consumerId), input.nameOf(match.mentorId)].map((name, i) => (name ? firstNameOf(name) : i === 0 ? match.consumerId : match.mentorId));
      const on = due.dueOn < input.today ? input.today : due.dueOn;
      const what = due.kind === 'review' ? 'Three-way review' : 'Mentor check-in';
      const event: CalendarEvent = {
        title: `${what} due: ${names.join(' and ')} (${match.id})`,
        details: [
          due.dueOn < input.today ? `It was due ${formatDay(due.dueOn)}.` : `It is due ${formatDay(due.dueOn)}.`,
          due.lastOn ? `The last one was ${formatDay(due.lastOn)}.` : 'None is logged yet.',
          'Log it in the Peer Mentoring sidebar in the program\'s spreadsheet.',
        ].join('\n'),
        location: '', date: on, start: null, minutes: 0, guests: [], timeZone: input.timeZone,
      };
      return { matchId: match.id, kind: due.kind, on, dueOn: due.dueOn, event, calendarUrl: googleCalendarUrl(event) };
    })
    .sort((a, b) => a.on.localeCompare(b.on) || a.dueOn.localeCompare(b.dueOn) || a.matchId.localeCompare(b.matchId) || a.kind.localeCompare(b.kind));
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash; a line break is "\n". */
function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line longer than 75 octets (RFC 5545 §3.1): CRLF and one space before each further part, never
 * splitting a character's UTF-8 bytes (https://www.rfc-editor.org/rfc/rfc5545#section-3.1).
 */
function fold(line: string): string {
  // A continuation line's leading space counts towards its 75.
  return splitUtf8(line, (piece) => (piece === 0 ? 75 : 74)).join('\r\n ');
}

const compact = (date: IsoDate) => date.replace(/-/g, '');

/**
 * One iCalendar file (RFC 5545) with an all-day event per reminder. UIDs are stable for a match, kind and due day, so
 * importing the file again updates the same events instead of adding copies. `stamp` is the creation time (DTSTAMP).
 */
export function remindersCalendar(reminders: readonly Reminder[], stamp: Date): string {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Peer Mentoring for Google Sheets//Reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const reminder of reminders) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${reminder.kind}-${reminder.matchId}-${compact(reminder.dueOn)}@peer-mentoring.invalid`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(reminder.on)}`,
      `DTEND;VALUE=DATE:${compact(addDays(reminder.on, 1))}`,
      `SUMMARY:${icsText(reminder.event.title)}`,
      `DESCRIPTION:${icsText(reminder.event.details)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

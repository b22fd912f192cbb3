import { reviewSchedule } from '../../../src/domain/reviews';
import { remindersCalendar, reviewReminders } from '../../../src/domain/outreach/review-reminders';
import { aMatch, aReview } from '../../helpers/builders';

const settings = { reviewIntervalDays: 90, checkInIntervalDays: 30, reviewUpcomingDays: 14 };
const matches = [
  aMatch({ id: 'X-0001', consumerId: 'C-0001', mentorId: 'M-0001', status: 'active', startedOn: '2027-01-05' }),
  aMatch({ id: 'X-0002', consumerId: 'C-0002', mentorId: 'M-0002', status: 'active', startedOn: '2027-02-20' }),
];
const reviews = [aReview({ id: 'R-1', matchId: 'X-0001', kind: 'check-in', date: '2027-02-01' })];
const names: Record<string, string> = { 'C-0001': 'José Ramírez', 'M-0001': "Siobhán O'Brien", 'C-0002': 'Vang, Tou' };
const today = '2027-03-10';
const schedule = reviewSchedule(matches, reviews, today, settings);
const input = { schedule, matches, nameOf: (id: string) => names[id] ?? null, today, timeZone: 'America/Chicago' };

describe('reminders for the coordinator\'s calendar', () => {
  it('gives one calendar link per item due in the window, overdue ones on today, soonest first', () => {
    const reminders = reviewReminders({ ...input, window: { days: 14 } });
    expect(reminders.map((r) => [r.matchId, r.kind, r.dueOn, r.on, r.event.title])).toEqual([
      ['X-0001', 'check-in', '2027-03-03', '2027-03-10', "Mentor check-in due: José and Siobhán (X-0001)"],
      ['X-0002', 'check-in', '2027-03-22', '2027-03-22', 'Mentor check-in due: Tou and M-0002 (X-0002)'],
    ]);
    expect(reminders[0]!.calendarUrl).toBe(
      'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Mentor%20check-in%20due%3A%20Jos%C3%A9%20and%20Siobh%C3%A1n%20%28X-0001%29' +
        '&dates=20270310%2F20270311' +
        '&details=It%20was%20due%203%20Mar%202027.%0D%0AThe%20last%20one%20was%201%20Feb%202027.%0D%0ALog%20it%20in%20the%20Peer%20Mentoring%20sidebar%20in%20the%20program%27s%20spreadsheet.' +
        '&ctz=America%2FChicago',
    );
  });

  it('puts everything due by the end of the month in one .ics file with stable UIDs, escaped and folded text', () => {
    const reminders = reviewReminders({ ...input, window: 'this-month' });
    expect(reminders.map((r) => `${r.matchId} ${r.kind} ${r.on}`)).toEqual(['X-0001 check-in 2027-03-10', 'X-0002 check-in 2027-03-22']);
    const ics = remindersCalendar(reminders, new Date('2027-03-10T14:05:09.123Z'));
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Peer Mentoring for Google Sheets//Reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines).toContain('UID:check-in-X-0001-20270303@peer-mentoring.invalid');
    expect(lines).toContain('DTSTAMP:20270310T140509Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270310');
    expect(lines).toContain('DTEND;VALUE=DATE:20270311');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Unfolded (RFC 5545 §3.1), the description is the text with commas and line breaks escaped.
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain("DESCRIPTION:It was due 3 Mar 2027.\\nThe last one was 1 Feb 2027.\\nLog it in the Peer Mentoring sidebar in the program's spreadsheet.");
    expect(unfolded).toContain('SUMMARY:Mentor check-in due: José and Siobhán (X-0001)');
  });

  it('folds between characters, never inside one, and escapes semicolons and backslashes', () => {
    const name = 'Ñañé-Ñañé;Ñañé-Ñañé\\Ñañé-Ñañé-Ñañé-Ñañé-Ñañé';
    const reminders = reviewReminders({ ...input, window: { days: 0 }, nameOf: () => name });
    const ics = remindersCalendar(reminders, new Date('2027-03-10T00:00:00Z'));
    const escaped = 'Ñañé-Ñañé\\;Ñañé-Ñañé\\\\Ñañé-Ñañé-Ñañé-Ñañé-Ñañé';
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:Mentor check-in due: ${escaped} and ${escaped} (X-0001)`);
    expect(ics).toMatch(/\r\n [^\r]/); // the summary was long enough to fold
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(remindersCalendar([], new Date('2027-03-10T00:00:00Z'))).not.toContain('BEGIN:VEVENT');
  });
});

// This file lists the reviews and check-ins coming due as reminders for the coordinator's own calendar: one Google
// Calendar link each, and the month's reminders as one .ics file. Nothing is written to any calendar by the add-on.
import { Reminder, remindersCalendar, reviewReminders } from '../domain/outreach/review-reminders';
import { reviewSchedule } from '../domain/reviews';
import type { WorkbookModel } from '../domain/workbook-reader';
import { AppPorts, readSession } from './app-ports';
import { checkProgramRecords } from './program-records';

export interface Reminders {
  model: WorkbookModel;
  /** Due within the Settings' "show reviews coming up" window, overdue ones first on today. */
  soon: Reminder[];
  /** Everything due by the end of this month, as an iCalendar file's text. */
  monthCalendar: string;
  monthCount: number;
}

export function listReminders(ports: AppPorts): Reminders {
  const model = readSession(ports).model();
  const records = checkProgramRecords(model);
  const today = ports.clock.today();
  const names = new Map([...model.consumers, ...model.mentors].map((p) => [p.id, p.name]));
  const base = {
    schedule: reviewSchedule(records.matches, records.reviews, today, records.settings), matches: records.matches,
    nameOf: (id: string) => names.get(id) ?? null, today, timeZone: ports.clock.timeZone?.() ?? '',
  };
  const month = reviewReminders({ ...base, window: 'this-month' });
  return { model, soon: reviewReminders({ ...base, window: { days: records.settings.reviewUpcomingDays } }), monthCalendar: remindersCalendar(month, ports.clock.now()), monthCount: month.length };
}

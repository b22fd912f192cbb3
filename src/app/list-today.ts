// This file is the "what needs me today" question: the program's records, the applications still to decide and the
// settings, handed to the domain's Today list. Travel comes from the saved proximity cache or ZIP estimates only, so
// opening Today never calls a service.
import { listToday, TodayList, WaitingApplication } from '../domain/today';
import { readDate } from '../domain/values';
import type { WorkbookModel } from '../domain/workbook-reader';
import { AppPorts, readSession } from './app-ports';
import { checkProgramRecords } from './program-records';
import { travelFor } from './proximity-cache';
import { readApplicationHistory } from './read-history';

/** Statuses the intake writes for an application still to decide (see APPLICATION_STATUSES). */
const UNDECIDED = /^(new|needs review)$/i;

export function listTodayInWorkbook(ports: AppPorts): { model: WorkbookModel; today: TodayList } {
  const session = readSession(ports);
  const model = session.model();
  const records = checkProgramRecords(model);
  const applications: WaitingApplication[] = (session.tabOf('applications') ? readApplicationHistory(session) : [])
    .filter((a) => UNDECIDED.test(a.status.trim()))
    .map((a) => {
      const day = readDate(a.submittedAt);
      return { responseId: a.responseId, form: a.form, name: a.name, submittedOn: day.ok ? day.value : null };
    });
  const travel = travelFor(ports, session, model.consumers, false);
  const today = listToday({
    mentors: model.mentors, consumers: model.consumers, goals: records.goals, matches: records.matches, reviews: records.reviews,
    sessions: model.trainings, attendance: records.attendance, applications, settings: records.settings, today: ports.clock.today(),
    lookupZip: travel.lookupZip, travel: travel.travel,
  });
  return { model, today };
}

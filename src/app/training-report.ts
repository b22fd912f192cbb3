// This file is the training tracker report: each mentor's status, who needs training, upcoming sessions, flagged matches.
import { Issue } from '../domain/errors';
import { IsoDate } from '../domain/model';
import {
  flagMatchesOfLapsedMentors, FlaggedMatch, TrainingNeed, trainingNeeds, TrainingStatusKind, trainingStatuses, UpcomingSession, upcomingSessions,
} from '../domain/training';
import { WorkbookModel } from '../domain/workbook-reader';
import { checkProgramRecords, readerIssues } from './program-records';

export interface TrainingReport {
  asOf: IsoDate;
  mentors: { mentorId: string; status: TrainingStatusKind; lastSession: IsoDate | null; currentUntil: IsoDate | null }[];
  needs: TrainingNeed[];
  upcoming: UpcomingSession[];
  /** Active matches whose mentor is lapsed or not trained: to follow up, never closed automatically. */
  flaggedMatches: FlaggedMatch[];
  issues: Issue[];
}

export function trainingReport(model: WorkbookModel, asOf: IsoDate): TrainingReport {
  const records = checkProgramRecords(model);
  const statuses = trainingStatuses({ mentors: model.mentors, sessions: model.trainings, attendance: records.attendance, asOf, settings: records.settings });
  return {
    asOf,
    mentors: model.mentors.map((m) => {
      const t = statuses.get(m.id)!;
      return { mentorId: m.id, status: t.status, lastSession: t.lastSession, currentUntil: t.currentUntil };
    }),
    needs: trainingNeeds(model.mentors, statuses),
    upcoming: upcomingSessions(model.trainings, model.mentors, statuses, asOf, records.settings.trainingLookaheadDays),
    flaggedMatches: flagMatchesOfLapsedMentors(records.matches, statuses),
    issues: [...readerIssues(model, ['trainings', 'attendance']), ...records.issues.attendance, ...records.issues.settings],
  };
}

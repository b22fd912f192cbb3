// This file is the training tracker question, one answer for the sidebar's Training view and `training`: each
// mentor's status, who needs training, upcoming and recent sessions, flagged matches, and the rows left out.
import { Issue } from '../domain/errors';
import { IsoDate, TrainingSession } from '../domain/model';
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
  /** The last six sessions held, newest first. */
  recent: { sessionId: string; type: TrainingSession['type']; date: IsoDate; topic: string }[];
  /** Active matches whose mentor is lapsed or not trained: to follow up, never closed automatically. */
  flaggedMatches: FlaggedMatch[];
  issues: Issue[];
}

export function reportTraining(model: WorkbookModel, asOf: IsoDate): TrainingReport {
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
    recent: model.trainings.filter((t) => t.date <= asOf).sort((a, b) => b.date.localeCompare(a.date)).slice(0, 6).map((t) => ({ sessionId: t.id, type: t.type, date: t.date, topic: t.topic })),
    flaggedMatches: flagMatchesOfLapsedMentors(records.matches, statuses),
    issues: [...readerIssues(model, ['trainings', 'attendance']), ...records.issues.attendance, ...records.issues.settings],
  };
}

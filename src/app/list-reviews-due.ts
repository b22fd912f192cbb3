// This file is the review log question, one answer for the sidebar's Reviews view and `reviews`: three-way reviews
// and check-ins due or overdue as of a date, those coming up, and the rows left out with the reason.
import { Issue } from '../domain/errors';
import { IsoDate, ReviewKind } from '../domain/model';
import { reviewSchedule } from '../domain/reviews';
import { WorkbookModel } from '../domain/workbook-reader';
import { checkProgramRecords, readerIssues } from './program-records';

export interface DueItem {
  matchId: string;
  kind: ReviewKind;
  dueOn: IsoDate;
  /** 0 on the day it is due; for upcoming items, negative (days until due). */
  daysOverdue: number;
}

export interface ReviewReport {
  asOf: IsoDate;
  /** Due today or overdue, most overdue first. */
  due: DueItem[];
  /** Due within the next `reviewUpcomingDays` days. */
  upcoming: DueItem[];
  issues: Issue[];
}

export function listReviewsDue(model: WorkbookModel, asOf: IsoDate): ReviewReport {
  const records = checkProgramRecords(model);
  const schedule = reviewSchedule(records.matches, records.reviews, asOf, records.settings);
  const item = ({ matchId, kind, dueOn, daysOverdue }: DueItem): DueItem => ({ matchId, kind, dueOn, daysOverdue });
  return {
    asOf,
    due: schedule.filter((e) => e.state === 'overdue' || e.state === 'due').map(item),
    upcoming: schedule.filter((e) => e.state === 'upcoming').sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.matchId.localeCompare(b.matchId)).map(item),
    issues: [...readerIssues(model, ['matches', 'reviews']), ...records.issues.matches, ...records.issues.reviews, ...records.issues.settings],
  };
}

// This file is the summaries use case: the coordinator's PPR worksheet data and the managers' de-identified summary.
import { Issue } from '../domain/errors';
import { buildManagerSummary, ManagerSummary } from '../domain/manager-summary';
import { IsoDate } from '../domain/model';
import { buildPprWorksheet, fiscalYearOf, PprWorksheet } from '../domain/ppr';
import { trainingStatuses } from '../domain/training';
import { WorkbookModel } from '../domain/workbook-reader';
import { checkProgramRecords, readerIssues } from './program-records';

export interface SummaryReport {
  fiscalYear: number;
  asOf: IsoDate;
  /** For the coordinator's workbook (PPR tab). */
  ppr: PprWorksheet;
  /** For the shareable manager spreadsheet: aggregates only. */
  manager: ManagerSummary;
  /** Rows left out of the counts, with tab/row/column — for the coordinator, never copied into the manager summary. */
  issues: Issue[];
}

/** The summaries as of a date; the fiscal year defaults to the one the as-of date falls in. */
export function summaryReport(model: WorkbookModel, asOf: IsoDate, fiscalYear = fiscalYearOf(asOf)): SummaryReport {
  const records = checkProgramRecords(model);
  const { worksheet, issues: pprIssues } = buildPprWorksheet({
    consumers: model.consumers, goals: records.goals, matches: records.matches, reviews: records.reviews, fiscalYear, asOf, crosswalk: records.crosswalk,
  });
  const training = trainingStatuses({ mentors: model.mentors, sessions: model.trainings, attendance: records.attendance, asOf, settings: records.settings });
  const manager = buildManagerSummary({
    consumers: model.consumers, mentors: model.mentors, goals: records.goals, matches: records.matches, reviews: records.reviews, training, asOf, settings: records.settings,
  });
  const issues = [
    ...readerIssues(model, ['goals', 'matches', 'reviews', 'attendance', 'settings']),
    ...records.issues.settings, ...records.issues.goals, ...records.issues.matches, ...records.issues.reviews, ...records.issues.attendance, ...pprIssues,
  ];
  return { fiscalYear, asOf, ppr: worksheet, manager, issues };
}

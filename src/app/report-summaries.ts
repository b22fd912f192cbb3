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

/** The PPR worksheet for a fiscal year, and the rows left out of its counts (the PPR tab lists them). */
export function reportPpr(model: WorkbookModel, asOf: IsoDate, fiscalYear: number, records = checkProgramRecords(model)): { ppr: PprWorksheet; issues: Issue[] } {
  const { worksheet, issues: pprIssues } = buildPprWorksheet({
    consumers: model.consumers, goals: records.goals, matches: records.matches, reviews: records.reviews, fiscalYear, asOf, crosswalk: records.crosswalk,
  });
  const issues = [
    ...readerIssues(model, ['goals', 'matches', 'reviews', 'settings']),
    ...records.issues.settings, ...records.issues.goals, ...records.issues.matches, ...records.issues.reviews, ...pprIssues,
  ];
  return { ppr: worksheet, issues };
}

/** The summaries as of a date; the fiscal year defaults to the one the as-of date falls in. */
export function reportSummaries(model: WorkbookModel, asOf: IsoDate, fiscalYear = fiscalYearOf(asOf)): SummaryReport {
  const records = checkProgramRecords(model);
  const { ppr, issues: pprIssues } = reportPpr(model, asOf, fiscalYear, records);
  const training = trainingStatuses({ mentors: model.mentors, sessions: model.trainings, attendance: records.attendance, asOf, settings: records.settings });
  const manager = buildManagerSummary({
    consumers: model.consumers, mentors: model.mentors, goals: records.goals, matches: records.matches, reviews: records.reviews, training, asOf, settings: records.settings,
  });
  const issues = [...pprIssues, ...readerIssues(model, ['attendance']), ...records.issues.attendance];
  return { fiscalYear, asOf, ppr, manager, issues };
}

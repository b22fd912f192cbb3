// This file checks a workbook's program records once for the workflow reports: settings, crosswalk, and the rows each report may count.
import { Crosswalk, readCrosswalk } from '../domain/crosswalk';
import { Issue } from '../domain/errors';
import { validateGoals } from '../domain/goals';
import { validateMatches } from '../domain/lifecycle';
import { Attendance, Goal, Match, Review } from '../domain/model';
import { validateReviews } from '../domain/reviews';
import { TabKey } from '../domain/schema';
import { readSettings, Settings } from '../domain/settings';
import { validateAttendance } from '../domain/training';
import { WorkbookModel } from '../domain/workbook-reader';

export interface ProgramRecords {
  settings: Settings;
  crosswalk: Crosswalk;
  goals: Goal[];
  matches: Match[];
  reviews: Review[];
  attendance: Attendance[];
  /** Problems by the tabs they belong to, each with tab/row/column; the rows are left out of the counts. */
  issues: Record<'settings' | 'goals' | 'matches' | 'reviews' | 'attendance', Issue[]>;
}

export function checkProgramRecords(model: WorkbookModel): ProgramRecords {
  const { settings, issues: settingIssues } = readSettings(model.settings);
  const { crosswalk, issues: crosswalkIssues } = readCrosswalk(model.settings);
  const goals = validateGoals(model.goals);
  const matches = validateMatches(model.matches);
  // Reviews are checked against every match on the tab, so a review is not blamed for its match's date problem.
  const reviews = validateReviews(model.reviews, model.matches, model.goals);
  const matchIds = new Set(matches.valid.map((m) => m.id));
  const attendance = validateAttendance(model.mentors, model.trainings, model.attendance);
  return {
    settings, crosswalk, goals: goals.valid, matches: matches.valid, reviews: reviews.valid.filter((r) => matchIds.has(r.matchId)), attendance: attendance.attendance,
    issues: {
      settings: [...settingIssues, ...crosswalkIssues],
      goals: goals.issues,
      matches: matches.issues,
      reviews: reviews.issues,
      attendance: attendance.issues,
    },
  };
}

/** The problems the reader found on these tabs (unreadable values, rows without an ID …), for a report to show beside its own. */
export function readerIssues(model: WorkbookModel, keys: readonly TabKey[]): Issue[] {
  const tabs = new Set(model.tabs.filter((t) => keys.includes(t.key) && t.tab !== null).map((t) => t.tab));
  return model.issues.filter((issue) => tabs.has(issue.location.tab));
}

// This file is the one check of a workbook's program records that every question goes through (review log, training,
// summaries, matching): settings, crosswalk, and the rows each answer may count, with the rows left out and why.
// Each part is worked out the first time it is asked for, so an answer reads only the tabs it needs.
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

type IssueArea = 'settings' | 'goals' | 'matches' | 'reviews' | 'attendance';

export interface ProgramRecords {
  settings: Settings;
  crosswalk: Crosswalk;
  goals: Goal[];
  matches: Match[];
  reviews: Review[];
  attendance: Attendance[];
  /** Problems by the tabs they belong to, each with tab/row/column; the rows are left out of the counts. */
  issues: Record<IssueArea, Issue[]>;
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

export function checkProgramRecords(model: WorkbookModel): ProgramRecords {
  const settings = once(() => readSettings(model.settings));
  const crosswalk = once(() => readCrosswalk(model.settings));
  const goals = once(() => validateGoals(model.goals));
  const matches = once(() => validateMatches(model.matches));
  // Reviews are checked against every match on the tab, so a review is not blamed for its match's date problem.
  const reviews = once(() => {
    const checked = validateReviews(model.reviews, model.matches, model.goals);
    const matchIds = new Set(matches().valid.map((m) => m.id));
    return { valid: checked.valid.filter((r) => matchIds.has(r.matchId)), issues: checked.issues };
  });
  const attendance = once(() => validateAttendance(model.mentors, model.trainings, model.attendance));
  return {
    get settings() { return settings().settings; },
    get crosswalk() { return crosswalk().crosswalk; },
    get goals() { return goals().valid; },
    get matches() { return matches().valid; },
    get reviews() { return reviews().valid; },
    get attendance() { return attendance().attendance; },
    issues: {
      get settings() { return [...settings().issues, ...crosswalk().issues]; },
      get goals() { return goals().issues; },
      get matches() { return matches().issues; },
      get reviews() { return reviews().issues; },
      get attendance() { return attendance().issues; },
    },
  };
}

/** A workbook model that reads its tabs on demand can say what the reader found on some tabs without reading the rest. */
export interface TabIssues {
  issuesOn(keys: readonly TabKey[]): Issue[];
}

/** The problems the reader found on these tabs (unreadable values, rows without an ID …), for a report to show beside its own. */
export function readerIssues(model: WorkbookModel, keys: readonly TabKey[]): Issue[] {
  const lazy = (model as Partial<TabIssues>).issuesOn;
  if (lazy) return lazy(keys);
  const tabs = new Set(model.tabs.filter((t) => keys.includes(t.key) && t.tab !== null).map((t) => t.tab));
  return model.issues.filter((issue) => tabs.has(issue.location.tab));
}

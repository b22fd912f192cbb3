// This file is the goal record's rules: creating a goal and changing its status with the dates each status needs.
import { DomainError, Issue } from './errors';
import { GoalArea, goalAreaLabel, isGoalArea } from './goal-areas';
import { Goal, GoalStatus, IsoDate, RowRef } from './model';

export const GOAL_STATUSES: readonly GoalStatus[] = ['not-started', 'in-progress', 'met', 'not-met', 'withdrawn'];

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  met: 'met',
  'not-met': 'not met',
  withdrawn: 'withdrawn',
};

/** Goals still being worked on. */
export const OPEN_GOAL_STATUSES: readonly GoalStatus[] = ['not-started', 'in-progress'];

/**
 * Allowed status changes. A finished goal (met, not met, withdrawn) can be reopened as in progress when the
 * coordinator corrects a record or the consumer takes it up again; anything else is GOAL.BAD_STATUS.
 */
export const GOAL_STATUS_CHANGES: Record<GoalStatus, readonly GoalStatus[]> = {
  'not-started': ['in-progress', 'met', 'not-met', 'withdrawn'],
  'in-progress': ['met', 'not-met', 'withdrawn'],
  met: ['in-progress'],
  'not-met': ['in-progress'],
  withdrawn: ['not-started', 'in-progress'],
};

export function isGoalStatus(value: string): value is GoalStatus {
  return (GOAL_STATUSES as readonly string[]).includes(value);
}

export function hasObjectives(goal: Pick<Goal, 'objectives'>): boolean {
  return goal.objectives.trim() !== '';
}

export interface NewGoal {
  consumerId: string;
  area: string;
  goal: string;
  objectives: string;
  setOn?: IsoDate;
  targetDate?: IsoDate | null;
  matchId?: string | null;
}

/** A new goal, not started, set today unless another date is given. */
export function createGoal(input: NewGoal, id: string, source: RowRef, asOf: IsoDate): Goal {
  if (!isGoalArea(input.area)) throw new DomainError('GOAL.UNKNOWN_AREA', `"${input.area}" is not one of the program's ten goal areas.`);
  if (input.goal.trim() === '') throw new DomainError('GOAL.NO_TEXT', 'Write what the goal is before saving it.');
  const setOn = input.setOn ?? asOf;
  if (setOn > asOf) throw new DomainError('GOAL.FUTURE_DATE', `The date a goal is set (${setOn}) cannot be after today (${asOf}).`);
  if (input.targetDate && input.targetDate < setOn) {
    throw new DomainError('GOAL.DATES_OUT_OF_ORDER', `The target date (${input.targetDate}) is before the date the goal is set (${setOn}).`);
  }
  return {
    id, consumerId: input.consumerId, area: input.area as GoalArea, goal: input.goal.trim(), objectives: input.objectives.trim(), status: 'not-started',
    setOn, targetDate: input.targetDate ?? null, metOn: null, matchId: input.matchId ?? null, source,
  };
}

/**
 * The goal after a status change. "Met" needs the date it was met (not in the future, not before the goal was set);
 * leaving "met" clears that date. Errors: GOAL.BAD_STATUS (unknown status or a change that is not allowed, naming
 * both statuses), GOAL.MET_DATE_REQUIRED, GOAL.FUTURE_DATE, GOAL.DATES_OUT_OF_ORDER.
 */
export function changeGoalStatus(goal: Goal, status: string, asOf: IsoDate, metOn?: IsoDate | null): Goal {
  if (!isGoalStatus(status)) {
    throw new DomainError('GOAL.BAD_STATUS', `"${status}" is not a goal status (use not started, in progress, met, not met or withdrawn).`);
  }
  if (!GOAL_STATUS_CHANGES[goal.status].includes(status)) {
    const same = goal.status === status ? ' It already has that status.' : '';
    throw new DomainError('GOAL.BAD_STATUS', `Goal ${goal.id} is ${GOAL_STATUS_LABELS[goal.status]} and cannot become ${GOAL_STATUS_LABELS[status]}.${same}`, {
      tab: goal.source.tab, row: goal.source.row, column: 'Status',
    });
  }
  if (status !== 'met') return { ...goal, status, metOn: null };
  if (!metOn) throw new DomainError('GOAL.MET_DATE_REQUIRED', `Give the date goal ${goal.id} was met.`);
  if (metOn > asOf) throw new DomainError('GOAL.FUTURE_DATE', `The date goal ${goal.id} was met (${metOn}) cannot be after today (${asOf}).`);
  if (goal.setOn && metOn < goal.setOn) {
    throw new DomainError('GOAL.DATES_OUT_OF_ORDER', `Goal ${goal.id} cannot be met (${metOn}) before it was set (${goal.setOn}).`);
  }
  return { ...goal, status, metOn };
}

/**
 * Checks goal rows as read from the sheet: a known area, dates in order (set ≤ met, set ≤ target), a met goal with a
 * met date. A row with a problem is reported with tab/row/column and left out of goal counts.
 */
export function validateGoals(goals: readonly Goal[]): { valid: Goal[]; issues: Issue[] } {
  const valid: Goal[] = [];
  const issues: Issue[] = [];
  for (const goal of goals) {
    const at = (column: string) => ({ tab: goal.source.tab, row: goal.source.row, column });
    let problem: Issue | null = null;
    if (!isGoalArea(goal.area)) {
      problem = { code: 'GOAL.UNKNOWN_AREA', message: `"${String(goal.area)}" is not a goal area we know; this goal is left out of the counts`, location: at('Area') };
    } else if (goal.setOn && goal.metOn && goal.metOn < goal.setOn) {
      problem = { code: 'GOAL.DATES_OUT_OF_ORDER', message: `Met on (${goal.metOn}) is before Set on (${goal.setOn}); this goal is left out of the counts`, location: at('Met on') };
    } else if (goal.setOn && goal.targetDate && goal.targetDate < goal.setOn) {
      problem = { code: 'GOAL.DATES_OUT_OF_ORDER', message: `Target date (${goal.targetDate}) is before Set on (${goal.setOn}); this goal is left out of the counts`, location: at('Target date') };
    } else if (goal.status === 'met' && !goal.metOn) {
      problem = { code: 'GOAL.NO_MET_DATE', message: `This ${goalAreaLabel(goal.area)} goal is marked met but has no Met on date; it is left out of the counts`, location: at('Met on') };
    }
    if (problem) issues.push(problem);
    else valid.push(goal);
  }
  return { valid, issues };
}

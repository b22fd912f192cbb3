// This file turns records into the plain views the sidebar shows (names, statuses in words, goals).
import { formatDay } from '../domain/dates';
import { GOAL_AREA_LABELS, GoalArea } from '../domain/goal-areas';
import { GOAL_STATUS_LABELS } from '../domain/goals';
import { MATCH_STATUS_LABELS } from '../domain/lifecycle';
import type { Consumer, Goal, Match, Mentor } from '../domain/model';
import type { WorkbookModel } from '../domain/workbook-reader';
import type { GoalView, MatchSummary, PersonSummary } from '../shared/rpc-contract';
import { DomainError } from '../domain/errors';

export function consumerSummary(consumer: Consumer): PersonSummary {
  const status = consumer.status ?? 'no status';
  const since = consumer.status === 'waiting' && consumer.requestedOn ? ` since ${formatDay(consumer.requestedOn)}` : '';
  return { id: consumer.id, name: consumer.name, status: `${status.replace(/-/g, ' ')}${since}` };
}

export function mentorName(model: WorkbookModel, id: string): string {
  return model.mentors.find((m) => m.id === id)?.name ?? id;
}

export function consumerName(model: WorkbookModel, id: string): string {
  return model.consumers.find((c) => c.id === id)?.name ?? id;
}

export function matchSummary(model: WorkbookModel, match: Match): MatchSummary {
  return {
    id: match.id, consumerId: match.consumerId, consumerName: consumerName(model, match.consumerId), mentorId: match.mentorId,
    mentorName: mentorName(model, match.mentorId), status: match.status, statusLabel: MATCH_STATUS_LABELS[match.status],
  };
}

export function goalView(goal: Goal): GoalView {
  return {
    id: goal.id, area: goal.area, areaLabel: GOAL_AREA_LABELS[goal.area as GoalArea] ?? goal.area, goal: goal.goal, objectives: goal.objectives,
    status: goal.status, statusLabel: GOAL_STATUS_LABELS[goal.status],
  };
}

export function findConsumer(model: WorkbookModel, id: string): Consumer {
  const consumer = model.consumers.find((c) => c.id === id);
  if (!consumer) throw new DomainError('RECORD.GONE', `The consumer ${id} is no longer on the Consumers tab (it may have been deleted or its ID changed). Refresh and try again.`);
  return consumer;
}

export function findMentor(model: WorkbookModel, id: string): Mentor {
  const mentor = model.mentors.find((m) => m.id === id);
  if (!mentor) throw new DomainError('RECORD.GONE', `The mentor ${id} is no longer on the Mentors tab (it may have been deleted or its ID changed). Refresh and try again.`);
  return mentor;
}

export function findMatch(model: WorkbookModel, id: string): Match {
  const match = model.matches.find((m) => m.id === id);
  if (!match) throw new DomainError('RECORD.GONE', `The match ${id} is no longer on the Matches tab (it may have been deleted or its ID changed). Refresh and try again.`);
  return match;
}

/** Checks a value from the sidebar is a non-empty ID-like string. */
export function requireId(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,40}$/.test(value.trim())) {
    throw new DomainError('INPUT.BAD_ID', `Choose a ${what} first.`);
  }
  return value.trim();
}

export function requireDate(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new DomainError('INPUT.BAD_DATE', `Give the ${what} as a date.`);
  return value;
}

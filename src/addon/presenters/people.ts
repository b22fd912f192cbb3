// This file is how the sidebar names people, matches and goals: names for IDs, statuses in words, goal areas by label.
import { formatDay } from '../../domain/dates';
import { GOAL_AREA_LABELS, GoalArea } from '../../domain/goal-areas';
import { GOAL_STATUS_LABELS } from '../../domain/goals';
import { MATCH_STATUS_LABELS } from '../../domain/lifecycle';
import type { Consumer, Goal, Match } from '../../domain/model';
import type { WorkbookModel } from '../../domain/workbook-reader';
import type { GoalView, MatchSummary, PersonSummary } from '../../shared/rpc-contract';

export function presentConsumer(consumer: Consumer): PersonSummary {
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

/** Names for a list of many IDs: each tab's names are indexed once, on first use, rather than searched per ID. */
export function namesOf(model: WorkbookModel): { mentor(id: string): string; consumer(id: string): string } {
  let mentors: Map<string, string> | undefined;
  let consumers: Map<string, string> | undefined;
  return {
    mentor: (id) => (mentors ??= new Map(model.mentors.map((m) => [m.id, m.name]))).get(id) ?? id,
    consumer: (id) => (consumers ??= new Map(model.consumers.map((c) => [c.id, c.name]))).get(id) ?? id,
  };
}

export function presentMatchSummary(model: WorkbookModel, match: Match): MatchSummary {
  return {
    id: match.id, consumerId: match.consumerId, consumerName: consumerName(model, match.consumerId), mentorId: match.mentorId,
    mentorName: mentorName(model, match.mentorId), status: match.status, statusLabel: MATCH_STATUS_LABELS[match.status],
  };
}

export function presentGoal(goal: Goal): GoalView {
  return {
    id: goal.id, area: goal.area, areaLabel: GOAL_AREA_LABELS[goal.area as GoalArea] ?? goal.area, goal: goal.goal, objectives: goal.objectives,
    status: goal.status, statusLabel: GOAL_STATUS_LABELS[goal.status],
  };
}

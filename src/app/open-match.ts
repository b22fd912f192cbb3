// This file answers "which matches are there" and "what is this match's state": the match (with each side's decision
// after the intro meeting, read from its row like every other field) and its consumer's goals.
import { OPEN_MATCH_STATUSES } from '../domain/lifecycle';
import type { Goal, Match } from '../domain/model';
import type { WorkbookModel } from '../domain/workbook-reader';
import { AppPorts, readSession } from './app-ports';
import { requireId } from './check-input';
import { findMatch } from './find-records';

export interface MatchRecord {
  /** The match, with each side's decision after the intro meeting. */
  match: Match;
  /** The consumer's goals not tied to another match. */
  goals: Goal[];
}

/** The Audit action of a decision (history only: the decision itself is on the match's row). */
export const DECISION_ACTION = 'match.decision';

export function goalsOfMatch(model: WorkbookModel, match: Match): Goal[] {
  return model.goals.filter((g) => g.consumerId === match.consumerId && (g.matchId === null || g.matchId === match.id));
}

export function listMatches(model: WorkbookModel, filter: { open: boolean }): Match[] {
  return model.matches.filter((m) => !filter?.open || OPEN_MATCH_STATUSES.includes(m.status));
}

export function openMatch(ports: AppPorts, matchId: string): { model: WorkbookModel; record: MatchRecord } {
  const model = readSession(ports).model();
  const match = findMatch(model, requireId(matchId, 'match'));
  return { model, record: { match, goals: goalsOfMatch(model, match) } };
}

// This file answers "which matches are there" and "what is this match's state": the match, its consumer's goals, and
// each side's decision after the intro meeting.
import { OPEN_MATCH_STATUSES } from '../domain/lifecycle';
import type { Goal, Match } from '../domain/model';
import type { WorkbookModel } from '../domain/workbook-reader';
import type { ActionSession } from './action-session';
import { AppPorts, readSession } from './app-ports';
import { requireId } from './check-input';
import { findMatch } from './find-records';

export type Decision = 'yes' | 'no' | null;

export interface MatchRecord {
  match: Match;
  /** The consumer's goals not tied to another match. */
  goals: Goal[];
  /** Each side's recorded decision after the intro meeting. */
  decisions: { mentor: Decision; consumer: Decision };
}

export const DECISION_ACTION = 'match.decision';

/** Each side's last decision, from the Audit rows the decide action writes. */
export function readDecisions(session: ActionSession, matchId: string): MatchRecord['decisions'] {
  const decisions: MatchRecord['decisions'] = { mentor: null, consumer: null };
  const report = session.report('audit');
  if (!report.tab || !report.mapping) return decisions;
  const { action, record, details } = report.mapping.columns;
  if (action === undefined || record === undefined || details === undefined) return decisions;
  for (const row of session.read(report.tab).slice(1)) {
    if (row[action] !== DECISION_ACTION || row[record] !== matchId) continue;
    const [side, decision] = String(row[details] ?? '').split(':').map((s) => s.trim());
    if ((side === 'mentor' || side === 'consumer') && (decision === 'yes' || decision === 'no')) decisions[side] = decision;
  }
  return decisions;
}

export function goalsOfMatch(model: WorkbookModel, match: Match): Goal[] {
  return model.goals.filter((g) => g.consumerId === match.consumerId && (g.matchId === null || g.matchId === match.id));
}

export function listMatches(model: WorkbookModel, filter: { open: boolean }): Match[] {
  return model.matches.filter((m) => !filter?.open || OPEN_MATCH_STATUSES.includes(m.status));
}

export function openMatch(ports: AppPorts, matchId: string): { model: WorkbookModel; record: MatchRecord } {
  const session = readSession(ports);
  const model = session.model();
  const match = findMatch(model, requireId(matchId, 'match'));
  return { model, record: { match, goals: goalsOfMatch(model, match), decisions: readDecisions(session, match.id) } };
}

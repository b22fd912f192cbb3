// This file is the match workflow after a proposal: schedule the intro, record each side's decision, activate with
// goals and objectives, complete or close. Each change reads fresh under the lock, finds records by ID, asks the
// domain for the new states and writes them back with an Audit row.
import { DomainError } from '../domain/errors';
import { createGoal } from '../domain/goals';
import { activateMatch, closeMatchEarly, declineMatch, DECLINE_REASON_LABELS, readChosenDeclineReason, reopenMatch, transitionMatch, TRANSITIONS } from '../domain/lifecycle';
import { changedCells } from '../domain/mappers/cell-values';
import { consumerToCells } from '../domain/mappers/consumer.mapper';
import { goalToCells } from '../domain/mappers/goal.mapper';
import { matchToCells } from '../domain/mappers/match.mapper';
import type { Consumer, Goal, IsoDate, Match } from '../domain/model';
import type { WorkbookModel } from '../domain/workbook-reader';
import type { ActionSession } from './action-session';
import { AppPorts, writeSession } from './app-ports';
import { requireDate, requireId } from './check-input';
import { findConsumer, findMatch, findMentor } from './find-records';
import { DECISION_ACTION, goalsOfMatch, MatchRecord } from './open-match';

export interface NewGoalInput {
  area: string;
  goal: string;
  objectives: string;
  targetDate?: IsoDate | null;
}

export type MatchChange =
  | { matchId: string; action: 'schedule-intro'; on: IsoDate; time?: string; place?: string }
  | { matchId: string; action: 'decide'; side: 'mentor' | 'consumer'; decision: 'yes' | 'no'; reason?: string }
  | { matchId: string; action: 'activate'; goals: NewGoalInput[]; on?: IsoDate }
  | { matchId: string; action: 'complete'; on?: IsoDate }
  | { matchId: string; action: 'close'; on?: IsoDate; reason: string }
  | { matchId: string; action: 'reopen'; reason: string };

function writeMatch(session: ActionSession, before: Match, after: Match): void {
  session.update('matches', before.id, changedCells(matchToCells, before, after));
}

function writeConsumer(session: ActionSession, before: Consumer, after: Consumer): void {
  const changes = changedCells(consumerToCells, before, after);
  if (Object.keys(changes).length) session.update('consumers', before.id, changes);
}

function newGoals(session: ActionSession, consumerId: string, matchId: string, inputs: NewGoalInput[], today: string) {
  if (!Array.isArray(inputs)) throw new DomainError('INPUT.BAD_GOALS', 'The goals were not understood; add them again.');
  const { tab } = session.table('goals');
  return inputs.map((input) =>
    createGoal({ consumerId, area: String(input.area ?? ''), goal: String(input.goal ?? ''), objectives: String(input.objectives ?? ''), targetDate: input.targetDate || null, matchId: null }, session.nextId('goals'), { tab, row: 0 }, today),
  );
}

export function changeMatch(ports: AppPorts, change: MatchChange): { model: WorkbookModel; record: MatchRecord } {
  const matchId = requireId(change?.matchId, 'match');
  const today = ports.clock.today();
  return writeSession(ports, (session) => {
    const model = session.model();
    const match = findMatch(model, matchId);
    const consumer = findConsumer(model, match.consumerId);
    let after: Match = match;
    let added: Goal[] = [];
    switch (change.action) {
      case 'schedule-intro': {
        const typed = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 200) : undefined);
        after = transitionMatch(match, { type: 'schedule-intro', on: requireDate(change.on, 'intro meeting date'), time: typed(change.time), place: typed(change.place) }, today);
        session.audit({ action: 'match.schedule-intro', record: match.id });
        break;
      }
      case 'decide': {
        if (change.side !== 'mentor' && change.side !== 'consumer') throw new DomainError('INPUT.BAD_SIDE', 'Say whose decision this is: the mentor or the consumer.');
        // The decision is kept on the match's own row, in the side's decision column.
        const field = change.side === 'mentor' ? 'mentorDecision' : 'consumerDecision';
        if (change.decision === 'yes') {
          if (!TRANSITIONS.decline.from.includes(match.status)) transitionMatch(match, { type: 'decline', by: change.side, reason: 'other' }, today);
          after = { ...match, [field]: 'yes' };
          session.audit({ action: DECISION_ACTION, record: match.id, details: `${change.side}: yes` });
          break;
        }
        if (change.decision !== 'no') throw new DomainError('INPUT.BAD_DECISION', 'Choose yes or no.');
        const reason = readChosenDeclineReason(typeof change.reason === 'string' ? change.reason : '');
        const outcome = declineMatch(match, consumer, change.side, reason, today);
        after = { ...outcome.match, [field]: 'no' };
        writeConsumer(session, consumer, outcome.consumer);
        session.audit({ action: DECISION_ACTION, record: match.id, details: `${change.side}: no (${DECLINE_REASON_LABELS[reason]})` });
        break;
      }
      case 'activate': {
        const created = newGoals(session, consumer.id, match.id, change.goals ?? [], today);
        const existing = model.goals.filter((g) => g.consumerId === consumer.id);
        const result = activateMatch(match, consumer, [...existing, ...created], today, change.on || undefined);
        after = result.match;
        writeConsumer(session, consumer, result.consumer);
        const createdIds = new Set(created.map((g) => g.id));
        for (const goal of result.goals) {
          if (createdIds.has(goal.id)) session.append('goals', goalToCells(goal));
          else session.update('goals', goal.id, { matchId: goal.matchId });
        }
        added = result.goals.filter((g) => createdIds.has(g.id));
        session.audit({ action: 'match.activate', record: match.id, details: `${created.length} goals added` });
        break;
      }
      case 'complete': {
        after = transitionMatch(match, { type: 'complete', on: change.on || undefined }, today);
        writeConsumer(session, consumer, { ...consumer, status: 'completed' });
        session.audit({ action: 'match.complete', record: match.id });
        break;
      }
      case 'close': {
        // Closed early: the coordinator says why; what happens next is theirs to decide.
        const closed = closeMatchEarly(match, consumer, typeof change.reason === 'string' ? change.reason : '', today, change.on || undefined);
        after = closed.match;
        writeConsumer(session, consumer, closed.consumer);
        session.audit({ action: 'match.close', record: match.id, details: closed.reason });
        break;
      }
      case 'reopen': {
        const reopened = reopenMatch(match, consumer, findMentor(model, match.mentorId), typeof change.reason === 'string' ? change.reason : '', model.matches, today);
        after = reopened.match;
        writeConsumer(session, consumer, reopened.consumer);
        session.audit({ action: 'match.reopen', record: match.id, details: `${reopened.reason}${reopened.unblockedPair ? '; the pair may be matched again' : ''}` });
        break;
      }
      default:
        throw new DomainError('INPUT.BAD_ACTION', 'That change is not one the add-on knows.');
    }
    if (after !== match) writeMatch(session, match, after);
    return { model, record: { match: after, goals: [...goalsOfMatch(model, after), ...added] } };
  });
}

// This file is the match workflow as the sidebar drives it: propose, schedule the intro, record each side's decision,
// activate with goals and objectives, complete or close. Each change reads fresh under the lock, finds records by ID,
// asks the domain for the new states and writes them back with an Audit row.
import { DomainError } from '../domain/errors';
import { GOAL_AREA_LABELS, GOAL_AREAS } from '../domain/goal-areas';
import { createGoal } from '../domain/goals';
import { activateMatch, DECLINE_REASON_LABELS, DECLINE_REASONS, declineMatch, OPEN_MATCH_STATUSES, proposeMatch, readDeclineReason, transitionMatch, TRANSITIONS } from '../domain/lifecycle';
import type { Consumer, Match } from '../domain/model';
import type { WorkbookModel } from '../domain/workbook-reader';
import type { MatchChange, MatchDetail, MatchSummary, NewGoalInput } from '../shared/rpc-contract';
import { AppPorts, readSession, writeSession } from './app-ports';
import { changedCells } from './record-cells';
import { findConsumer, findMatch, findMentor, goalView, matchSummary, requireDate, requireId } from './views';
import { WorkbookSession } from './workbook-session';

const DECISION_ACTION = 'match.decision';

function decisionsFor(session: WorkbookSession, matchId: string): MatchDetail['decisions'] {
  const decisions: MatchDetail['decisions'] = { mentor: null, consumer: null };
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

function detailOf(session: WorkbookSession, match: Match): MatchDetail {
  const model = session.model();
  const actions = (Object.keys(TRANSITIONS) as (keyof typeof TRANSITIONS)[]).filter((event) => TRANSITIONS[event].from.includes(match.status));
  return {
    ...matchSummary(model, match),
    score: match.score, reasons: match.reasons, proposedOn: match.proposedOn, introOn: match.introOn, startedOn: match.startedOn,
    endedOn: match.endedOn, declinedBy: match.declinedBy, declineReason: match.declineReason,
    decisions: decisionsFor(session, match.id),
    goals: model.goals.filter((g) => g.consumerId === match.consumerId && (g.matchId === null || g.matchId === match.id)).map(goalView),
    actions: actions.map((a) => (a === 'decline' ? 'decide' : a)),
    declineReasons: DECLINE_REASONS.map((code) => ({ code, label: DECLINE_REASON_LABELS[code] })),
    goalAreas: GOAL_AREAS.map((code) => ({ code, label: GOAL_AREA_LABELS[code] })),
  };
}

export function listMatches(ports: AppPorts, filter: { open: boolean }): MatchSummary[] {
  const model = readSession(ports).model();
  return model.matches.filter((m) => !filter?.open || OPEN_MATCH_STATUSES.includes(m.status)).map((m) => matchSummary(model, m));
}

export function getMatchDetail(ports: AppPorts, matchId: string): MatchDetail {
  const session = readSession(ports);
  return detailOf(session, findMatch(session.model(), requireId(matchId, 'match')));
}

function writeMatch(session: WorkbookSession, before: Match, after: Match): void {
  session.update('matches', before.id, changedCells('matches', before, after));
}

function writeConsumer(session: WorkbookSession, before: Consumer, after: Consumer): void {
  const changes = changedCells('consumers', before, after);
  if (Object.keys(changes).length) session.update('consumers', before.id, changes);
}

/** Proposes a match. Re-checked under the lock: a consumer matched a moment ago by someone else is refused. */
export function proposeMatchFor(ports: AppPorts, request: { consumerId: string; mentorId: string }, scored?: (session: WorkbookSession, consumerId: string, mentorId: string) => { score: number | null; reasons: string }): MatchDetail {
  const consumerId = requireId(request?.consumerId, 'consumer');
  const mentorId = requireId(request?.mentorId, 'mentor');
  return writeSession(ports, (session) => {
    const model = session.model();
    const consumer = findConsumer(model, consumerId);
    findMentor(model, mentorId);
    const { score, reasons } = scored ? scored(session, consumerId, mentorId) : { score: null, reasons: '' };
    const { tab } = session.table('matches');
    const match = proposeMatch({ id: session.nextId('matches'), consumerId, mentorId, score, reasons, source: { tab, row: 0 } }, model.matches, ports.clock.today());
    session.append('matches', match);
    writeConsumer(session, consumer, { ...consumer, status: 'matched' });
    session.audit({ action: 'match.propose', record: match.id, details: `${consumerId} with ${mentorId}` });
    return { ...detailOf(session, match), decisions: { mentor: null, consumer: null } };
  });
}

function newGoals(session: WorkbookSession, consumerId: string, matchId: string, inputs: NewGoalInput[], today: string) {
  if (!Array.isArray(inputs)) throw new DomainError('INPUT.BAD_GOALS', 'The goals were not understood; add them again.');
  const { tab } = session.table('goals');
  return inputs.map((input) =>
    createGoal({ consumerId, area: String(input.area ?? ''), goal: String(input.goal ?? ''), objectives: String(input.objectives ?? ''), targetDate: input.targetDate || null, matchId: null }, session.nextId('goals'), { tab, row: 0 }, today),
  );
}

export function changeMatch(ports: AppPorts, change: MatchChange): MatchDetail {
  const matchId = requireId(change?.matchId, 'match');
  const today = ports.clock.today();
  return writeSession(ports, (session) => {
    const model = session.model();
    const match = findMatch(model, matchId);
    const consumer = findConsumer(model, match.consumerId);
    let after: Match = match;
    let added: ReturnType<typeof goalView>[] = [];
    switch (change.action) {
      case 'schedule-intro': {
        after = transitionMatch(match, { type: 'schedule-intro', on: requireDate(change.on, 'intro meeting date') }, today);
        session.audit({ action: 'match.schedule-intro', record: match.id });
        break;
      }
      case 'decide': {
        if (change.side !== 'mentor' && change.side !== 'consumer') throw new DomainError('INPUT.BAD_SIDE', 'Say whose decision this is: the mentor or the consumer.');
        if (change.decision === 'yes') {
          if (!TRANSITIONS.decline.from.includes(match.status)) transitionMatch(match, { type: 'decline', by: change.side, reason: 'other' }, today);
          session.audit({ action: DECISION_ACTION, record: match.id, details: `${change.side}: yes` });
          break;
        }
        if (change.decision !== 'no') throw new DomainError('INPUT.BAD_DECISION', 'Choose yes or no.');
        const outcome = declineMatch(match, consumer, change.side, readDeclineReason(String(change.reason ?? '')), today);
        after = outcome.match;
        writeConsumer(session, consumer, outcome.consumer);
        session.audit({ action: DECISION_ACTION, record: match.id, details: `${change.side}: no` });
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
          if (createdIds.has(goal.id)) session.append('goals', goal);
          else session.update('goals', goal.id, { matchId: goal.matchId });
        }
        added = result.goals.filter((g) => createdIds.has(g.id)).map(goalView);
        session.audit({ action: 'match.activate', record: match.id, details: `${created.length} goals added` });
        break;
      }
      case 'complete':
      case 'close': {
        after = transitionMatch(match, { type: change.action, on: change.on || undefined }, today);
        // Completed: the consumer's goals are done. Closed early: the coordinator decides what happens next.
        writeConsumer(session, consumer, { ...consumer, status: change.action === 'complete' ? 'completed' : 'inactive' });
        session.audit({ action: `match.${change.action}`, record: match.id });
        break;
      }
      default:
        throw new DomainError('INPUT.BAD_ACTION', 'That change is not one the add-on knows.');
    }
    if (after !== match) writeMatch(session, match, after);
    const detail = detailOf(session, after);
    if (change.action === 'decide') detail.decisions[change.side] = change.decision;
    detail.goals = [...detail.goals.map((g) => (added.some((a) => a.id === g.id) ? g : g)), ...added];
    return detail;
  });
}

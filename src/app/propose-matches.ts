// This file is the one way a match is proposed, for one suggestion from the Match view and for a batch accepted from
// the Batch view alike: under the document lock, each pair is checked again against the workbook as it is now (a
// mentor who lapsed or filled up, a consumer matched a moment ago by someone else), scored, appended to Matches, the
// consumer marked matched, and an Audit row written — all written together when the action commits.
import { DomainError } from '../domain/errors';
import { proposeMatch as proposeInDomain } from '../domain/lifecycle';
import { changedCells } from '../domain/mappers/cell-values';
import { consumerToCells } from '../domain/mappers/consumer.mapper';
import { matchToCells } from '../domain/mappers/match.mapper';
import type { Consumer, Match } from '../domain/model';
import type { WorkbookModel } from '../domain/workbook-reader';
import type { ActionSession } from './action-session';
import { AppPorts, writeSession } from './app-ports';
import { requireId } from './check-input';
import { findConsumer, findMentor } from './find-records';
import { goalsOfMatch, MatchRecord } from './open-match';
import { planPrepared, plannerFor, waitingConsumers } from './plan-matches';
import { travelFor } from './proximity-cache';
import { PreparedMatching, prepareWorkbookMatching, suggestFor } from './suggest-mentors';

export interface PairRequest {
  consumerId: string;
  mentorId: string;
}

export interface ProposeOutcome {
  model: WorkbookModel;
  created: Match[];
  /** Pairs refused, each with the reason (a rule's sentence). */
  skipped: { consumerId: string; mentorId: string; error: DomainError }[];
}

/** Every candidate is ranked when re-checking a pair, so a pair is found whatever its place. */
const EVERY_MENTOR = 100000;

/** The score a pair records: the batch plan's when it planned this pair, else the suggestion's; a broken rule refuses it. */
function scorePair(prepared: PreparedMatching, planned: Map<string, { score: number; reasons: string[] }> | null, pair: PairRequest): { score: number | null; reasons: string } {
  const fromPlan = planned?.get(`${pair.consumerId}|${pair.mentorId}`);
  if (fromPlan) return { score: fromPlan.score, reasons: fromPlan.reasons.join(' · ') };
  const result = suggestFor(prepared, pair.consumerId, EVERY_MENTOR);
  // A consumer already in a match is refused by the lifecycle, with its own sentence.
  if (result.blocked && result.blocked.rule !== 'MATCH.CONSUMER_HAS_MATCH') throw new DomainError(result.blocked.rule, result.blocked.reason);
  const excluded = result.excluded.find((e) => e.mentorId === pair.mentorId);
  if (excluded) throw new DomainError(excluded.rule, excluded.reason);
  const hit = result.suggestions.find((s) => s.mentorId === pair.mentorId);
  return hit ? { score: hit.score, reasons: hit.reasons.join(' · ') } : { score: null, reasons: '' };
}

function writeMatchedConsumer(session: ActionSession, consumer: Consumer): void {
  const changes = changedCells(consumerToCells, consumer, { ...consumer, status: 'matched' });
  if (Object.keys(changes).length) session.update('consumers', consumer.id, changes);
}

/**
 * Proposes the pairs in one write. `batch` re-plans everyone waiting, so each accepted pair keeps the score the
 * plan showed (waiting time counts there); a single proposal is scored as the Match view scored it.
 */
export function proposeMatches(ports: AppPorts, requested: readonly PairRequest[], batch: boolean): ProposeOutcome {
  const pairs = requested.map((p) => ({ consumerId: requireId(p?.consumerId, 'consumer'), mentorId: requireId(p?.mentorId, 'mentor') }));
  if (!pairs.length) throw new DomainError('INPUT.NOTHING_TICKED', 'Tick at least one proposal to accept.');
  const today = ports.clock.today();
  return writeSession(ports, (session) => {
    const model = session.model();
    const asked = new Set(pairs.map((p) => p.consumerId));
    const consumers = batch ? waitingConsumers(model) : model.consumers.filter((c) => asked.has(c.id));
    const travel = travelFor(ports, session, consumers, false);
    const prepared = prepareWorkbookMatching(model, { asOf: today, lookupZip: travel.lookupZip, travel: travel.travel });
    const planned = batch ? new Map(planPrepared(prepared, plannerFor(ports, prepared.state.input.settings)).proposals.map((p) => [`${p.consumerId}|${p.mentorId}`, p])) : null;
    const { tab } = session.table('matches');
    const matches: Match[] = [...model.matches];
    const outcome: ProposeOutcome = { model, created: [], skipped: [] };
    for (const pair of pairs) {
      try {
        const consumer = findConsumer(model, pair.consumerId);
        findMentor(model, pair.mentorId);
        const score = scorePair(prepared, planned, pair);
        const match = proposeInDomain({ id: session.nextId('matches'), ...pair, ...score, source: { tab, row: 0 } }, matches, today);
        matches.push(match);
        session.append('matches', matchToCells(match));
        writeMatchedConsumer(session, consumer);
        session.audit({ action: 'match.propose', record: match.id, details: `${pair.consumerId} with ${pair.mentorId}${batch ? ' (batch)' : ''}` });
        outcome.created.push(match);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcome.skipped.push({ ...pair, error });
      }
    }
    return outcome;
  });
}

/** Proposes one match; a pair the workbook no longer allows is refused with the rule's reason. */
export function proposeMatch(ports: AppPorts, request: PairRequest): { model: WorkbookModel; record: MatchRecord } {
  const outcome = proposeMatches(ports, [request], false);
  if (outcome.skipped[0]) throw outcome.skipped[0].error;
  const match = outcome.created[0]!;
  return { model: outcome.model, record: { match, goals: goalsOfMatch(outcome.model, match) } };
}

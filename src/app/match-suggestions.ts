// This file is the sidebar's side of matching: suggestions for one consumer, the batch plan, and accepting a batch in
// one write. Scoring and assignment are the matching use cases'; this adds names, travel wording and the writes.
import { DomainError } from '../domain/errors';
import { GOAL_AREA_LABELS } from '../domain/goal-areas';
import { proposeMatch } from '../domain/lifecycle';
import type { Consumer, Match } from '../domain/model';
import type { WorkbookModel } from '../domain/workbook-reader';
import type { BatchProposals, BatchResult, MatchSuggestions, ProximityView, Startup } from '../shared/rpc-contract';
import { AppPorts, readSession, writeSession } from './app-ports';
import { assignMatches } from './assign-matches';
import { proposeMatchFor } from './match-workflow';
import { travelFor } from './proximity-cache';
import { changedCells } from './record-cells';
import type { WorkbookSession } from './workbook-session';
import { suggestMatches } from './suggest-matches';
import { consumerName, consumerSummary, findConsumer, mentorName, requireId } from './views';

/** What this build can do; the sidebar hides what is not here. */
export const ServerFeatures: Startup['features'] = { suggestions: true, batch: true, ppr: true, managerSummary: true };

function travelText(distanceKm: number | null, travelMinutes: number | null, source: string): string {
  if (distanceKm === null && travelMinutes === null) return 'travel unknown';
  const parts = [distanceKm !== null ? `about ${Math.round(distanceKm)} km` : '', travelMinutes !== null ? `${travelMinutes} min` : ''].filter(Boolean);
  return `${parts.join(' · ')}${source === 'estimate' ? ' (estimate)' : ''}`;
}

/** The pair's travel; `said` is the proximity reason the scoring wrote, so the sidebar words travel one way only. */
function proximityView(distanceKm: number | null, travelMinutes: number | null, source: string, said?: string): ProximityView {
  return { distanceKm, travelMinutes, source, text: said ?? travelText(distanceKm, travelMinutes, source) };
}

export function suggestionsFor(ports: AppPorts, consumerId: string): MatchSuggestions {
  const id = requireId(consumerId, 'consumer');
  const session = readSession(ports);
  const model = session.model();
  const consumer = findConsumer(model, id);
  const seam = travelFor(ports, session, [consumer], true);
  const result = suggestMatches(model, { consumerId: id, asOf: ports.clock.today(), lookupZip: seam.lookupZip, travel: seam.travel });
  return {
    consumer: consumerSummary(consumer),
    goalAreas: consumer.goalAreas.map((a) => GOAL_AREA_LABELS[a]),
    blocked: result.blocked ? { rule: result.blocked.rule, reason: result.blocked.reason } : null,
    // Travel is shown once, on its own line ("Travel: …"): its reason moves there from the list of other reasons.
    suggestions: result.suggestions.map((s) => {
      const travel = s.components.find((c) => c.key === 'proximity')?.reason;
      const source = s.distanceKm === null && s.travelMinutes === null ? 'unknown' : seam.trip(id, s.mentorId)?.source ?? 'estimate';
      return {
        mentorId: s.mentorId, mentorName: mentorName(model, s.mentorId), score: s.score, reasons: s.reasons.filter((r) => r !== travel),
        proximity: proximityView(s.distanceKm, s.travelMinutes, source, travel),
      };
    }),
    excluded: result.excluded.map((e) => ({ mentorId: e.mentorId, mentorName: mentorName(model, e.mentorId), rule: e.rule, reason: e.reason })),
    proximityNote: seam.note,
  };
}

/** The score and reasons a proposal records, re-computed at write time. */
export function scorePair(ports: AppPorts, session: WorkbookSession, consumerId: string, mentorId: string): { score: number | null; reasons: string } {
  const model = session.model();
  const seam = travelFor(ports, session, model.consumers.filter((c) => c.id === consumerId), false);
  const result = suggestMatches(model, { consumerId, asOf: ports.clock.today(), lookupZip: seam.lookupZip, travel: seam.travel, top: 100000 });
  const hit = result.suggestions.find((s) => s.mentorId === mentorId);
  return hit ? { score: hit.score, reasons: hit.reasons.join(' · ') } : { score: null, reasons: '' };
}

/**
 * Proposes a match from the Match view. The hard rules are checked again as the workbook is now: a mentor who
 * lapsed or filled up since the list was shown is refused with the rule's reason.
 */
export function proposeFromSuggestion(ports: AppPorts, request: { consumerId: string; mentorId: string }) {
  return proposeMatchFor(ports, request, (session, consumerId, mentorId) => {
    const model = session.model();
    const seam = travelFor(ports, session, model.consumers.filter((c) => c.id === consumerId), false);
    const result = suggestMatches(model, { consumerId, asOf: ports.clock.today(), lookupZip: seam.lookupZip, travel: seam.travel, top: 100000 });
    if (result.blocked && result.blocked.rule !== 'MATCH.CONSUMER_HAS_MATCH') throw new DomainError(result.blocked.rule, result.blocked.reason);
    const excluded = result.excluded.find((e) => e.mentorId === mentorId);
    if (excluded) throw new DomainError(excluded.rule, excluded.reason);
    const hit = result.suggestions.find((s) => s.mentorId === mentorId);
    return hit ? { score: hit.score, reasons: hit.reasons.join(' · ') } : { score: null, reasons: '' };
  });
}

export function batchProposalsFor(ports: AppPorts): BatchProposals {
  const session = readSession(ports);
  const model = session.model();
  const seam = travelFor(ports, session, waitingConsumers(model), true);
  const plan = assignMatches(model, { asOf: ports.clock.today(), lookupZip: seam.lookupZip, travel: seam.travel });
  return {
    proposals: plan.proposals.map((p) => ({
      consumerId: p.consumerId, consumerName: consumerName(model, p.consumerId), mentorId: p.mentorId, mentorName: mentorName(model, p.mentorId), score: p.score, reasons: p.reasons,
    })),
    unmatched: plan.unmatched.map((u) => ({ consumerId: u.consumerId, consumerName: consumerName(model, u.consumerId), reason: u.reason })),
  };
}

/**
 * Accepts the ticked proposals in one write per tab. Each pair is re-checked against the workbook as it is now:
 * a consumer matched by someone else meanwhile, or a mentor now full, is skipped with the reason.
 */
export function acceptBatchFor(ports: AppPorts, request: { pairs: { consumerId: string; mentorId: string }[] }): BatchResult {
  const pairs = (Array.isArray(request?.pairs) ? request.pairs : []).map((p) => ({ consumerId: requireId(p?.consumerId, 'consumer'), mentorId: requireId(p?.mentorId, 'mentor') }));
  if (!pairs.length) throw new DomainError('INPUT.NOTHING_TICKED', 'Tick at least one proposal to accept.');
  return writeSession(ports, (session) => {
    const model = session.model();
    const seam = travelFor(ports, session, waitingConsumers(model), false);
    const plan = assignMatches(model, { asOf: ports.clock.today(), lookupZip: seam.lookupZip, travel: seam.travel });
    const allowed = new Map(plan.proposals.map((p) => [`${p.consumerId}|${p.mentorId}`, p]));
    const { tab } = session.table('matches');
    const matches: Match[] = [...model.matches];
    const created: BatchResult['created'] = [];
    const skipped: BatchResult['skipped'] = [];
    for (const pair of pairs) {
      const consumer = model.consumers.find((c) => c.id === pair.consumerId);
      if (!consumer || !model.mentors.some((m) => m.id === pair.mentorId)) {
        skipped.push({ consumerId: pair.consumerId, reason: 'no longer on the sheet' });
        continue;
      }
      const planned = allowed.get(`${pair.consumerId}|${pair.mentorId}`);
      let score: { score: number | null; reasons: string } = planned ? { score: planned.score, reasons: planned.reasons.join(' · ') } : { score: null, reasons: '' };
      if (!planned) {
        score = scorePair(ports, session, pair.consumerId, pair.mentorId);
        if (score.score === null) {
          skipped.push({ consumerId: pair.consumerId, reason: 'this mentor can no longer be suggested for this consumer' });
          continue;
        }
      }
      try {
        const match = proposeMatch({ id: session.nextId('matches'), ...pair, ...score, source: { tab, row: 0 } }, matches, ports.clock.today());
        matches.push(match);
        session.append('matches', match);
        writeMatchedConsumer(session, consumer);
        session.audit({ action: 'match.propose', record: match.id, details: `${pair.consumerId} with ${pair.mentorId} (batch)` });
        created.push({ matchId: match.id, ...pair });
      } catch (error) {
        if (error instanceof DomainError) skipped.push({ consumerId: pair.consumerId, reason: error.message });
        else throw error;
      }
    }
    return { created, skipped };
  });
}

/** Consumers a batch plan may match: waiting (a blank status counts as waiting). */
function waitingConsumers(model: WorkbookModel): Consumer[] {
  return model.consumers.filter((c) => c.status === 'waiting' || c.status === null);
}

function writeMatchedConsumer(session: WorkbookSession, consumer: Consumer): void {
  const changes = changedCells('consumers', consumer, { ...consumer, status: 'matched' });
  if (Object.keys(changes).length) session.update('consumers', consumer.id, changes);
}

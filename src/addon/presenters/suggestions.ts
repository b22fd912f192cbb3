// This file is the sidebar's Match and Batch views of the matching answers: names for IDs, travel worded once, and
// the rows matching could not use.
import { GOAL_AREA_LABELS } from '../../domain/goal-areas';
import type { PlanResult } from '../../app/plan-matches';
import type { ProposeOutcome } from '../../app/propose-matches';
import type { TravelSeam } from '../../app/proximity-cache';
import type { WorkbookSuggestions } from '../../app/suggest-mentors';
import type { WorkbookModel } from '../../domain/workbook-reader';
import type { BatchProposals, BatchResult, MatchSuggestions, ProximityView } from '../../shared/rpc-contract';
import { presentLeftOut } from './left-out';
import { namesOf, presentConsumer } from './people';

function travelText(distanceKm: number | null, travelMinutes: number | null, source: string): string {
  if (distanceKm === null && travelMinutes === null) return 'travel unknown';
  const parts = [distanceKm !== null ? `about ${Math.round(distanceKm)} km` : '', travelMinutes !== null ? `${travelMinutes} min` : ''].filter(Boolean);
  return `${parts.join(' · ')}${source === 'estimate' ? ' (estimate)' : ''}`;
}

/** The pair's travel; `said` is the proximity reason the scoring wrote, so the sidebar words travel one way only. */
function presentProximity(distanceKm: number | null, travelMinutes: number | null, source: string, said?: string): ProximityView {
  return { distanceKm, travelMinutes, source, text: said ?? travelText(distanceKm, travelMinutes, source) };
}

export function presentSuggestions({ model, consumer, result, travel }: WorkbookSuggestions): MatchSuggestions {
  const names = namesOf(model);
  return {
    consumer: presentConsumer(consumer),
    goalAreas: consumer.goalAreas.map((a) => GOAL_AREA_LABELS[a]),
    blocked: result.blocked ? { rule: result.blocked.rule, reason: result.blocked.reason } : null,
    // Travel is shown once, on its own line ("Travel: …"): its reason moves there from the list of other reasons.
    suggestions: result.suggestions.map((s) => {
      const said = s.components.find((c) => c.key === 'proximity')?.reason;
      const source = s.distanceKm === null && s.travelMinutes === null ? 'unknown' : travel.trip(consumer.id, s.mentorId)?.source ?? 'estimate';
      return {
        mentorId: s.mentorId, mentorName: names.mentor(s.mentorId), score: s.score, reasons: s.reasons.filter((r) => r !== said),
        proximity: presentProximity(s.distanceKm, s.travelMinutes, source, said),
        weakBecause: s.weakBecause,
      };
    }),
    excluded: result.excluded.map((e) => ({ mentorId: e.mentorId, mentorName: names.mentor(e.mentorId), rule: e.rule, reason: e.reason })),
    notShown: result.notShown.map((n) => ({ mentorId: n.mentorId, mentorName: names.mentor(n.mentorId), score: n.score, reason: n.reason })),
    proximityNote: travel.note,
    leftOut: presentLeftOut(result.issues),
  };
}

export function presentBatchPlan({ model, plan }: { model: WorkbookModel; plan: PlanResult; travel: TravelSeam }): BatchProposals {
  const names = namesOf(model);
  return {
    proposals: plan.proposals.map((p) => ({
      consumerId: p.consumerId, consumerName: names.consumer(p.consumerId), mentorId: p.mentorId, mentorName: names.mentor(p.mentorId), score: p.score, reasons: p.reasons,
    })),
    unmatched: plan.unmatched.map((u) => ({ consumerId: u.consumerId, consumerName: names.consumer(u.consumerId), reason: u.reason })),
    leftOut: presentLeftOut(plan.issues),
  };
}

export function presentBatchResult(outcome: ProposeOutcome): BatchResult {
  const names = namesOf(outcome.model);
  return {
    created: outcome.created.map((m) => ({ matchId: m.id, consumerId: m.consumerId, consumerName: names.consumer(m.consumerId), mentorId: m.mentorId, mentorName: names.mentor(m.mentorId) })),
    skipped: outcome.skipped.map((s) => ({ consumerId: s.consumerId, consumerName: names.consumer(s.consumerId), reason: s.error.message })),
  };
}

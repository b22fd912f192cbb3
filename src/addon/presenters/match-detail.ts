// This file is the sidebar's match page: the match in words, its goals, each side's decision, and what can happen next.
import type { MatchRecord } from '../../app/open-match';
import { GOAL_AREA_LABELS, GOAL_AREAS } from '../../domain/goal-areas';
import { DECLINE_REASON_LABELS, DECLINE_REASONS, REOPEN_FROM, TRANSITIONS } from '../../domain/lifecycle';
import type { WorkbookModel } from '../../domain/workbook-reader';
import type { MatchDetail } from '../../shared/rpc-contract';
import { presentGoal, presentMatchSummary } from './people';

export function presentMatchDetail(model: WorkbookModel, { match, goals }: MatchRecord): MatchDetail {
  const actions = (Object.keys(TRANSITIONS) as (keyof typeof TRANSITIONS)[]).filter((event) => TRANSITIONS[event].from.includes(match.status));
  return {
    ...presentMatchSummary(model, match),
    score: match.score, reasons: match.reasons, proposedOn: match.proposedOn, introOn: match.introOn, startedOn: match.startedOn,
    endedOn: match.endedOn, declinedBy: match.declinedBy, declineReason: match.declineReason,
    decisions: { mentor: match.mentorDecision, consumer: match.consumerDecision },
    goals: goals.map(presentGoal),
    actions: [...actions.map((a) => (a === 'decline' ? 'decide' : a)), ...(REOPEN_FROM.includes(match.status) ? ['reopen'] : [])],
    declineReasons: DECLINE_REASONS.map((code) => ({ code, label: DECLINE_REASON_LABELS[code] })),
    goalAreas: GOAL_AREAS.map((code) => ({ code, label: GOAL_AREA_LABELS[code] })),
  };
}

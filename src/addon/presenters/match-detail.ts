// This file is the sidebar's match page: the match in words, both people's contacts (for the coordinator only), the
// intro meeting, its goals, each side's decision, what can happen next and what must come first for the rest.
import type { MatchRecord } from '../../app/open-match';
import { formatDay } from '../../domain/dates';
import { GOAL_AREA_LABELS, GOAL_AREAS } from '../../domain/goal-areas';
import { DECLINE_REASON_LABELS, DECLINE_REASONS } from '../../domain/lifecycle';
import { matchSteps } from '../../domain/match-steps';
import type { IsoDate } from '../../domain/model';
import type { WorkbookModel } from '../../domain/workbook-reader';
import type { MatchDetail } from '../../shared/rpc-contract';
import { presentGoal, presentMatchSummary } from './people';
import { formatPhone } from '../../domain/outreach/intro-links';

const day = (date: IsoDate | null) => (date ? formatDay(date) : null);

export function presentMatchDetail(model: WorkbookModel, { match, goals }: MatchRecord, today: IsoDate): MatchDetail {
  const steps = matchSteps(match, today);
  // The phone as the letters and drafts write it (651-555-0101), not as it is kept (+16515550101).
  const contact = (person: { email: string | null; phone: string | null } | undefined) => ({ email: person?.email ?? null, phone: person?.phone ? formatPhone(person.phone) : null });
  return {
    ...presentMatchSummary(model, match),
    score: match.score, reasons: match.reasons, proposedOn: match.proposedOn, introOn: match.introOn, startedOn: match.startedOn,
    endedOn: match.endedOn, declinedBy: match.declinedBy, declineReason: match.declineReason,
    introTime: match.introTime, introPlace: match.introPlace,
    days: { proposedOn: day(match.proposedOn), introOn: day(match.introOn), startedOn: day(match.startedOn), endedOn: day(match.endedOn) },
    contacts: { consumer: contact(model.consumers.find((c) => c.id === match.consumerId)), mentor: contact(model.mentors.find((m) => m.id === match.mentorId)) },
    decisions: { mentor: match.mentorDecision, consumer: match.consumerDecision },
    goals: goals.map(presentGoal),
    actions: steps.ready,
    firstSteps: steps.waiting.map((w) => ({ step: w.step, text: w.first })),
    today, startFrom: steps.startFrom,
    declineReasons: DECLINE_REASONS.map((code) => ({ code, label: DECLINE_REASON_LABELS[code] })),
    goalAreas: GOAL_AREAS.map((code) => ({ code, label: GOAL_AREA_LABELS[code] })),
  };
}

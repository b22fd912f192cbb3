// This file is the match lifecycle: proposed → intro scheduled → active → completed | closed, or declined (no fault).
// Each function returns the new state of the records; nothing is written here.
import { daysBetween } from './dates';
import { DomainError, Issue } from './errors';
import { Consumer, DeclinedBy, Goal, IsoDate, Match, MatchStatus, Mentor } from './model';
import { hasObjectives } from './goals';

/** No-fault reasons a mentor, consumer or coordinator gives for not going on. None of them blames a person. */
export const DECLINE_REASONS = ['schedules', 'distance', 'fit', 'moved', 'health', 'personal', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  schedules: 'Schedules do not fit',
  distance: 'Too far to travel',
  fit: 'Not a good fit',
  moved: 'Moved away',
  health: 'Health',
  personal: 'Personal reasons',
  other: 'Other',
};

const REASON_WORDS: Record<DeclineReason, readonly string[]> = {
  schedules: ['schedule', 'schedules', 'time', 'times', 'availability', 'busy'],
  distance: ['distance', 'far', 'travel', 'too far'],
  fit: ['fit', 'not a fit', 'no fit', 'match', 'personality'],
  moved: ['moved', 'moving', 'relocated'],
  health: ['health', 'hospital', 'illness', 'sick'],
  personal: ['personal', 'family', 'changed mind', 'not ready'],
  other: ['other'],
};

export const MATCH_STATUS_LABELS: Record<MatchStatus, string> = {
  proposed: 'proposed',
  'intro-scheduled': 'intro scheduled',
  active: 'active',
  completed: 'completed',
  closed: 'closed',
  declined: 'declined',
};

export type MatchEvent =
  | { type: 'schedule-intro'; on: IsoDate; time?: string; place?: string }
  | { type: 'activate'; goals: readonly Goal[]; on?: IsoDate }
  | { type: 'decline'; by: DeclinedBy; reason: DeclineReason; on?: IsoDate }
  | { type: 'complete'; on?: IsoDate }
  | { type: 'close'; on?: IsoDate };

/** Where each event may start from, and where it leads. Anything else is MATCH.BAD_TRANSITION. */
export const TRANSITIONS: Record<MatchEvent['type'], { from: readonly MatchStatus[]; to: MatchStatus }> = {
  'schedule-intro': { from: ['proposed', 'intro-scheduled'], to: 'intro-scheduled' },
  activate: { from: ['intro-scheduled'], to: 'active' },
  decline: { from: ['proposed', 'intro-scheduled'], to: 'declined' },
  complete: { from: ['active'], to: 'completed' },
  close: { from: ['active'], to: 'closed' },
};

/** Statuses in which the pair is still working toward or in a match; the others are final. */
export const OPEN_MATCH_STATUSES: readonly MatchStatus[] = ['proposed', 'intro-scheduled', 'active'];

export function isFinalStatus(status: MatchStatus): boolean {
  return !OPEN_MATCH_STATUSES.includes(status);
}

/** Reads a typed decline reason ("Schedules do not fit", "moved away") as a code; wording we do not know is "other". */
export function readDeclineReason(text: string): DeclineReason {
  const key = text.toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!key) return 'other';
  for (const reason of DECLINE_REASONS) {
    if (key === reason || key === DECLINE_REASON_LABELS[reason].toLowerCase()) return reason;
  }
  for (const reason of DECLINE_REASONS) {
    if (REASON_WORDS[reason].some((word) => ` ${key} `.includes(` ${word} `))) return reason;
  }
  return 'other';
}

function badTransition(match: Match, to: MatchStatus): DomainError {
  const from = MATCH_STATUS_LABELS[match.status];
  const hint =
    match.status === to
      ? ' It is already in that state.'
      : to === 'declined' && match.status === 'active'
        ? ' An active match can be completed or closed instead.'
        : isFinalStatus(match.status)
          ? ' That match has ended; propose a new match instead.'
          : '';
  return new DomainError('MATCH.BAD_TRANSITION', `Match ${match.id} is ${from} and cannot become ${MATCH_STATUS_LABELS[to]}.${hint}`, { tab: match.source.tab, row: match.source.row, column: 'Status' });
}

function notFuture(match: Match, date: IsoDate, asOf: IsoDate, what: string): void {
  if (date > asOf) throw new DomainError('MATCH.FUTURE_DATE', `The ${what} date for match ${match.id} (${date}) is after today (${asOf}).`);
}

function notBefore(match: Match, date: IsoDate, earlier: IsoDate | null, what: string, earlierWhat: string): void {
  if (earlier && date < earlier) {
    throw new DomainError('MATCH.DATES_OUT_OF_ORDER', `The ${what} date for match ${match.id} (${date}) is before its ${earlierWhat} date (${earlier}).`);
  }
}

/** Goals that count toward activating a match: this consumer's, not linked to another match, with objectives written. */
export function goalsReadyFor(match: Match, goals: readonly Goal[]): Goal[] {
  return goals.filter((goal) => goal.consumerId === match.consumerId && (goal.matchId === null || goal.matchId === match.id) && goal.status !== 'withdrawn' && hasObjectives(goal));
}

/**
 * The match after an event, or a DomainError: MATCH.BAD_TRANSITION naming both states, MATCH.NO_GOALS when an
 * activation has no goal with objectives, MATCH.FUTURE_DATE / MATCH.DATES_OUT_OF_ORDER for impossible dates.
 */
export function transitionMatch(match: Match, event: MatchEvent, asOf: IsoDate): Match {
  const rule = TRANSITIONS[event.type];
  if (!rule.from.includes(match.status)) throw badTransition(match, rule.to);
  switch (event.type) {
    case 'schedule-intro':
      notBefore(match, event.on, match.proposedOn, 'intro meeting', 'proposed');
      return { ...match, status: 'intro-scheduled', introOn: event.on, introTime: event.time ?? match.introTime, introPlace: event.place ?? match.introPlace };
    case 'activate': {
      const on = event.on ?? asOf;
      notFuture(match, on, asOf, 'start');
      notBefore(match, on, match.introOn ?? match.proposedOn, 'start', match.introOn ? 'intro meeting' : 'proposed');
      if (goalsReadyFor(match, event.goals).length === 0) {
        throw new DomainError('MATCH.NO_GOALS', `Match ${match.id} cannot become active yet: set at least one goal with objectives for the consumer first.`);
      }
      return { ...match, status: 'active', startedOn: on };
    }
    case 'decline': {
      const on = event.on ?? asOf;
      notFuture(match, on, asOf, 'decline');
      notBefore(match, on, match.proposedOn, 'decline', 'proposed');
      return { ...match, status: 'declined', endedOn: on, declinedBy: event.by, declineReason: DECLINE_REASON_LABELS[event.reason] };
    }
    case 'complete':
    case 'close': {
      const on = event.on ?? asOf;
      notFuture(match, on, asOf, 'end');
      notBefore(match, on, match.startedOn, 'end', 'start');
      return { ...match, status: event.type === 'complete' ? 'completed' : 'closed', endedOn: on };
    }
  }
}

/** A new proposed match. Refuses a pair that declined before, and a consumer who already has an open match. */
export function proposeMatch(
  input: { id: string; consumerId: string; mentorId: string; score: number | null; reasons: string; source: Match['source'] },
  existing: readonly Match[],
  asOf: IsoDate,
): Match {
  if (isPairBlocked(existing, input.consumerId, input.mentorId)) {
    throw new DomainError('MATCH.PAIR_DECLINED', `This mentor and consumer decided not to go on before; they are not matched again.`);
  }
  const open = existing.find((m) => m.consumerId === input.consumerId && OPEN_MATCH_STATUSES.includes(m.status));
  if (open) throw new DomainError('MATCH.CONSUMER_HAS_MATCH', `The consumer already has a ${MATCH_STATUS_LABELS[open.status]} match (${open.id}).`);
  return {
    id: input.id, consumerId: input.consumerId, mentorId: input.mentorId, status: 'proposed', score: input.score, reasons: input.reasons,
    proposedOn: asOf, introOn: null, introTime: '', introPlace: '', startedOn: null, endedOn: null, declinedBy: null, declineReason: '', mentorDecision: null, consumerDecision: null, source: input.source,
  };
}

export interface DeclineOutcome {
  match: Match;
  /** The consumer back in the pool, keeping their original request date (their place in the queue). */
  consumer: Consumer;
  /** The pair that is never suggested again. */
  blockedPair: { consumerId: string; mentorId: string };
}

/**
 * Either person (or the coordinator) says no after the proposal or intro meeting. Both return to the pool: the
 * consumer is waiting again with the same `requestedOn`, and the mentor's load drops because the match is no longer
 * open. The pair is blocked for the future through the declined match record itself.
 */
export function declineMatch(match: Match, consumer: Consumer, by: DeclinedBy, reason: DeclineReason, asOf: IsoDate, on?: IsoDate): DeclineOutcome {
  if (consumer.id !== match.consumerId) throw new DomainError('MATCH.WRONG_CONSUMER', `Consumer ${consumer.id} is not part of match ${match.id}.`);
  const declined = transitionMatch(match, { type: 'decline', by, reason, on }, asOf);
  return {
    match: declined,
    consumer: { ...consumer, status: 'waiting', requestedOn: consumer.requestedOn },
    blockedPair: { consumerId: match.consumerId, mentorId: match.mentorId },
  };
}

/**
 * Activates a match once goals and objectives are set. Goals of the consumer that are not yet linked to a match
 * are linked to this one; the consumer shows as matched.
 */
export function activateMatch(match: Match, consumer: Consumer, goals: readonly Goal[], asOf: IsoDate, on?: IsoDate): { match: Match; consumer: Consumer; goals: Goal[] } {
  const active = transitionMatch(match, { type: 'activate', goals, on }, asOf);
  const linked = goals
    .filter((goal) => goal.consumerId === match.consumerId && goal.matchId === null && goal.status !== 'withdrawn')
    .map((goal) => ({ ...goal, matchId: match.id }));
  return { match: active, consumer: { ...consumer, status: 'matched' }, goals: linked };
}

/**
 * A reason the coordinator gave, trimmed; MATCH.REASON_REQUIRED when it is blank. Ending or undoing a match is
 * never silent: the reason goes on the Audit tab with the change.
 */
export function requireReason(text: string | null | undefined, what: string): string {
  const reason = (text ?? '').trim();
  if (!reason) throw new DomainError('MATCH.REASON_REQUIRED', `Choose or write a reason ${what}.`);
  return reason;
}

/** A decline reason the coordinator chose: one of the listed reasons (or words for one); never blank. */
export function readChosenDeclineReason(text: string | null | undefined): DeclineReason {
  return readDeclineReason(requireReason(text, 'why they do not want to go on'));
}

/** Closes an active match before its goals are done, with the coordinator's reason; the consumer shows as inactive. */
export function closeMatchEarly(match: Match, consumer: Consumer, reason: string, asOf: IsoDate, on?: IsoDate): { match: Match; consumer: Consumer; reason: string } {
  if (consumer.id !== match.consumerId) throw new DomainError('MATCH.WRONG_CONSUMER', `Consumer ${consumer.id} is not part of match ${match.id}.`);
  const why = requireReason(reason, 'for closing this match early');
  return { match: transitionMatch(match, { type: 'close', on }, asOf), consumer: { ...consumer, status: 'inactive' }, reason: why };
}

/** The endings that can be undone with a reason. A completed match met its goals and stays completed. */
export const REOPEN_FROM: readonly MatchStatus[] = ['declined', 'closed'];

export interface ReopenOutcome {
  match: Match;
  consumer: Consumer;
  reason: string;
  /** The pair whose block is lifted when a decline is undone; null for a closed match. */
  unblockedPair: { consumerId: string; mentorId: string } | null;
}

/**
 * Undoes an ending, with a reason. A declined match goes back to where it was (intro scheduled when an intro date is
 * set, else proposed) and the decline's block on the pair goes with it; a closed match is active again and its
 * consumer matched. Refused when the consumer has another open match, or the mentor's places were filled since.
 */
export function reopenMatch(match: Match, consumer: Consumer, mentor: Mentor, reason: string, matches: readonly Match[], asOf: IsoDate): ReopenOutcome {
  if (consumer.id !== match.consumerId) throw new DomainError('MATCH.WRONG_CONSUMER', `Consumer ${consumer.id} is not part of match ${match.id}.`);
  if (!REOPEN_FROM.includes(match.status)) {
    throw new DomainError('MATCH.BAD_TRANSITION', `Match ${match.id} is ${MATCH_STATUS_LABELS[match.status]}; only a closed or declined match can be reopened.`, { tab: match.source.tab, row: match.source.row, column: 'Status' });
  }
  const why = requireReason(reason, 'for reopening this match');
  const others = matches.filter((m) => m.id !== match.id && OPEN_MATCH_STATUSES.includes(m.status));
  const consumerOpen = others.find((m) => m.consumerId === match.consumerId);
  if (consumerOpen) throw new DomainError('MATCH.CONSUMER_HAS_MATCH', `The consumer has had a ${MATCH_STATUS_LABELS[consumerOpen.status]} match (${consumerOpen.id}) since; end it before reopening this one.`);
  // The mentor's places count only when filled since this match ended: undoing a mistaken ending restores what was.
  const capacity = mentor.maxMentees ?? 1;
  const mentorsOpen = others.filter((m) => m.mentorId === match.mentorId);
  const taken = mentorsOpen.length;
  const filledSince = mentorsOpen.some((m) => m.proposedOn !== null && match.endedOn !== null && m.proposedOn >= match.endedOn);
  if (taken >= capacity && filledSince) throw new DomainError('MATCH.NO_CAPACITY', `The mentor has no place left (${taken} of ${capacity} taken), so this match cannot be reopened now.`);
  if (match.status === 'declined') {
    const status: MatchStatus = match.introOn ? 'intro-scheduled' : 'proposed';
    return {
      // Both sides decide again after a reopened intro; the consumer is in a match again, as after a proposal.
      match: { ...match, status, endedOn: null, declinedBy: null, declineReason: '', mentorDecision: null, consumerDecision: null },
      consumer: { ...consumer, status: 'matched' },
      reason: why,
      unblockedPair: { consumerId: match.consumerId, mentorId: match.mentorId },
    };
  }
  return { match: { ...match, status: 'active', endedOn: null }, consumer: { ...consumer, status: 'matched' }, reason: why, unblockedPair: null };
}

/** True when this consumer and mentor declined each other before (in either direction of who said no). */
export function isPairBlocked(matches: readonly Match[], consumerId: string, mentorId: string): boolean {
  return matches.some((m) => m.status === 'declined' && m.consumerId === consumerId && m.mentorId === mentorId);
}

/** Every blocked pair as "consumerId|mentorId". */
export function blockedPairs(matches: readonly Match[]): Set<string> {
  return new Set(matches.filter((m) => m.status === 'declined').map((m) => `${m.consumerId}|${m.mentorId}`));
}

/**
 * Checks the dates on match rows: proposed ≤ intro ≤ started ≤ ended, and that an active or ended match has a start
 * date. A row with a problem is reported with tab/row/column and left out of date-based computations.
 */
export function validateMatches(matches: readonly Match[]): { valid: Match[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const valid: Match[] = [];
  for (const match of matches) {
    const problems: Issue[] = [];
    const order: [IsoDate | null, string, IsoDate | null, string][] = [
      [match.proposedOn, 'Proposed on', match.introOn, 'Intro on'],
      [match.introOn, 'Intro on', match.startedOn, 'Started on'],
      [match.proposedOn, 'Proposed on', match.startedOn, 'Started on'],
      [match.startedOn, 'Started on', match.endedOn, 'Ended on'],
      [match.proposedOn, 'Proposed on', match.endedOn, 'Ended on'],
    ];
    for (const [early, earlyName, late, lateName] of order) {
      if (early && late && late < early) {
        problems.push({ code: 'MATCH.DATES_OUT_OF_ORDER', message: `${lateName} (${late}) is before ${earlyName} (${early}); this match is left out of date-based counts`, location: { ...match.source, column: lateName } });
        break;
      }
    }
    if ((match.status === 'active' || match.status === 'completed' || match.status === 'closed') && !match.startedOn) {
      problems.push({ code: 'MATCH.NO_START_DATE', message: `This ${MATCH_STATUS_LABELS[match.status]} match has no start date; it is left out of review and time-to-match counts`, location: { ...match.source, column: 'Started on' } });
    }
    issues.push(...problems);
    if (problems.length === 0) valid.push(match);
  }
  return { valid, issues };
}

/** Days from the consumer's request to the start of the match, when both are known and in order. */
export function daysToMatch(match: Match, consumer: Consumer | undefined): number | null {
  if (!match.startedOn || !consumer?.requestedOn || match.startedOn < consumer.requestedOn) return null;
  return daysBetween(consumer.requestedOn, match.startedOn);
}

// This file decides what needs the coordinator today, from the program's records, its settings and today's date:
// applications waiting, intros this week, reviews and check-ins due, training about to lapse, lapsed mentors with
// active matches, consumers no mentor can be suggested for (and why), matches with no contact for too long — and a
// small health line for the program. Each item carries the record IDs the view needs to act on it in one click.
import { addDays, daysBetween } from './dates';
import { IsoDate, Attendance, Consumer, Goal, Match, Mentor, Review, TrainingSession } from './model';
import { MatchingInput, prepareMatching } from './matching/matching-state';
import { ConsumerRuleCode, RuleCode } from './matching/matching-types';
import { rankMentors } from './matching/rank-mentors';
import { reviewSchedule, reviewTimeliness } from './reviews';
import { Settings } from './settings';
import { Shown, smallMark } from './suppression';
import { flagMatchesOfLapsedMentors, trainingNeeds, trainingStatuses } from './training';

/** Items due within this many days count as "this week". */
export const WEEK_DAYS = 7;
/** The longest-waiting consumers with no mentor to suggest are listed up to this many. */
export const WAITING_LIST_LIMIT = 10;

/** An Applications row that still needs a decision. */
export interface WaitingApplication {
  responseId: string;
  form: string;
  name: string;
  /** The day it came in; null when the sheet's "Submitted at" could not be read (listed first, as the oldest). */
  submittedOn: IsoDate | null;
}

export interface TodayInput extends Pick<MatchingInput, 'lookupZip' | 'travel'> {
  mentors: readonly Mentor[];
  consumers: readonly Consumer[];
  goals: readonly Goal[];
  matches: readonly Match[];
  reviews: readonly Review[];
  sessions: readonly TrainingSession[];
  attendance: readonly Attendance[];
  applications: readonly WaitingApplication[];
  settings: Settings;
  today: IsoDate;
}

export type TodayItem =
  | { kind: 'application'; responseId: string; form: string; name: string; submittedOn: IsoDate | null; daysWaiting: number | null }
  | { kind: 'intro'; matchId: string; consumerId: string; mentorId: string; introOn: IsoDate; daysUntil: number }
  | { kind: 'review-due'; matchId: string; consumerId: string; mentorId: string; reviewKind: 'review' | 'check-in'; dueOn: IsoDate; daysOverdue: number; lastOn: IsoDate | null }
  | { kind: 'no-contact'; matchId: string; consumerId: string; mentorId: string; lastContactOn: IsoDate; daysSinceContact: number }
  | { kind: 'training-lapsing'; mentorId: string; currentUntil: IsoDate; nextSession: { sessionId: string; date: IsoDate; start: string; location: string; beforeLapse: boolean } | null }
  | { kind: 'lapsed-with-matches'; mentorId: string; currentUntil: IsoDate | null; matchIds: string[] }
  | { kind: 'waiting-no-mentor'; consumerId: string; daysWaiting: number | null; rule: RuleCode | ConsumerRuleCode; reason: string };

export type TodayKind = TodayItem['kind'];

/** The order the sections are shown in: what to decide first, then this week's meetings, then follow-ups. */
export const TODAY_KINDS: readonly TodayKind[] = ['application', 'intro', 'review-due', 'no-contact', 'training-lapsing', 'lapsed-with-matches', 'waiting-no-mentor'];

export interface ProgramHealth {
  activeMatches: number;
  /** Consumers waiting for a mentor: status waiting (or blank), not inactive, with no open match. */
  peopleWaiting: number;
  /** Median days since "Requested on" of those waiting who have one; null when none has. */
  medianDaysWaiting: number | null;
  /** Three-way reviews that fell due since the quarter began (1 Jan, 1 Apr, 1 Jul, 1 Oct) and how many were on time. */
  reviewsThisQuarter: { from: IsoDate; due: number; onTime: number };
}

export interface TodayList {
  items: TodayItem[];
  health: ProgramHealth;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

function quarterStart(date: IsoDate): IsoDate {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
}

const OPEN = new Set<Match['status']>(['proposed', 'intro-scheduled', 'active']);

function waitingConsumers(input: TodayInput): Consumer[] {
  const inMatch = new Set(input.matches.filter((m) => OPEN.has(m.status)).map((m) => m.consumerId));
  return input.consumers.filter((c) => (c.status === 'waiting' || c.status === null) && !inMatch.has(c.id));
}

/** Everything due today, in the order of TODAY_KINDS, each section in its own order; and the health line. */
export function listToday(input: TodayInput): TodayList {
  const { today, settings } = input;
  const weekEnd = addDays(today, WEEK_DAYS);
  const items: TodayItem[] = [];
  const people = (match: Match) => ({ matchId: match.id, consumerId: match.consumerId, mentorId: match.mentorId });

  const applications = [...input.applications].sort((a, b) => (a.submittedOn ?? '').localeCompare(b.submittedOn ?? '') || a.responseId.localeCompare(b.responseId));
  for (const a of applications) {
    items.push({ kind: 'application', responseId: a.responseId, form: a.form, name: a.name, submittedOn: a.submittedOn, daysWaiting: a.submittedOn ? daysBetween(a.submittedOn, today) : null });
  }

  const intros = input.matches.filter((m) => m.status === 'intro-scheduled' && m.introOn !== null && m.introOn >= today && m.introOn <= weekEnd);
  for (const match of intros.sort((a, b) => a.introOn!.localeCompare(b.introOn!) || a.id.localeCompare(b.id))) {
    items.push({ kind: 'intro', ...people(match), introOn: match.introOn!, daysUntil: daysBetween(today, match.introOn!) });
  }

  const matchesById = new Map(input.matches.map((m) => [m.id, m]));
  const schedule = reviewSchedule(input.matches, input.reviews, today, settings);
  // An overdue check-in is a match with no contact for longer than the check-in interval: said once, as that.
  for (const due of schedule.filter((d) => d.dueOn <= weekEnd && !(d.kind === 'check-in' && d.daysOverdue > 0))) {
    items.push({ kind: 'review-due', ...people(matchesById.get(due.matchId)!), reviewKind: due.kind, dueOn: due.dueOn, daysOverdue: due.daysOverdue, lastOn: due.lastOn });
  }
  for (const due of schedule.filter((d) => d.kind === 'check-in' && d.daysOverdue > 0)) {
    const match = matchesById.get(due.matchId)!;
    const lastContactOn = due.lastOn ?? match.startedOn!;
    items.push({ kind: 'no-contact', ...people(match), lastContactOn, daysSinceContact: daysBetween(lastContactOn, today) });
  }

  const statuses = trainingStatuses({ mentors: input.mentors, sessions: input.sessions, attendance: input.attendance, asOf: today, settings });
  const ongoing = input.sessions.filter((s) => s.type === 'ongoing' && s.date >= today).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const need of trainingNeeds(input.mentors, statuses).filter((n) => n.status === 'due-soon')) {
    const next = ongoing[0];
    items.push({
      kind: 'training-lapsing', mentorId: need.mentorId, currentUntil: need.currentUntil!,
      nextSession: next ? { sessionId: next.id, date: next.date, start: next.start, location: next.location, beforeLapse: next.date <= need.currentUntil! } : null,
    });
  }

  const flagged = flagMatchesOfLapsedMentors(input.matches, statuses);
  const byMentor = new Map<string, typeof flagged>();
  for (const flag of flagged) byMentor.set(flag.mentorId, [...(byMentor.get(flag.mentorId) ?? []), flag]);
  for (const [mentorId, flags] of [...byMentor].sort(([a], [b]) => a.localeCompare(b))) {
    items.push({ kind: 'lapsed-with-matches', mentorId, currentUntil: flags[0]!.currentUntil, matchIds: flags.map((f) => f.matchId) });
  }

  const waiting = waitingConsumers(input);
  items.push(...consumersWithNoMentor(input, waiting));

  return { items, health: programHealth(input, waiting) };
}

/**
 * Waiting consumers for whom no mentor can be suggested, longest waiting first, with the rule that blocks them:
 * their own (not marked ADA eligible), or the rule that rules out the most mentors for them.
 */
function consumersWithNoMentor(input: TodayInput, waiting: readonly Consumer[]): TodayItem[] {
  const state = prepareMatching({
    mentors: input.mentors, consumers: input.consumers, goals: input.goals, matches: input.matches, sessions: input.sessions,
    attendance: input.attendance, settings: input.settings, asOf: input.today, lookupZip: input.lookupZip, travel: input.travel,
  });
  const blocked: Extract<TodayItem, { kind: 'waiting-no-mentor' }>[] = [];
  for (const consumer of waiting) {
    const ranking = rankMentors(consumer, state, 1);
    if (ranking.suggestions.length) continue;
    const daysWaiting = consumer.requestedOn ? daysBetween(consumer.requestedOn, input.today) : null;
    if (ranking.blocked) {
      blocked.push({ kind: 'waiting-no-mentor', consumerId: consumer.id, daysWaiting, rule: ranking.blocked.rule, reason: ranking.blocked.reason });
      continue;
    }
    const counts = new Map<RuleCode, { n: number; reason: string }>();
    for (const exclusion of ranking.excluded) {
      const entry = counts.get(exclusion.rule);
      counts.set(exclusion.rule, { n: (entry?.n ?? 0) + 1, reason: entry?.reason ?? exclusion.reason });
    }
    const [rule, top] = [...counts].sort(([, a], [, b]) => b.n - a.n)[0] ?? [null, null];
    const total = ranking.excluded.length;
    blocked.push({
      kind: 'waiting-no-mentor', consumerId: consumer.id, daysWaiting, rule: rule ?? 'MATCH.MENTOR_NOT_ACTIVE',
      reason: total === 0 ? 'there are no mentors on the Mentors tab' : `${top!.n} of ${total} ${total === 1 ? 'mentor' : 'mentors'}: ${top!.reason}`,
    });
  }
  return blocked
    .sort((a, b) => (b.daysWaiting ?? -1) - (a.daysWaiting ?? -1) || a.consumerId.localeCompare(b.consumerId))
    .slice(0, WAITING_LIST_LIMIT);
}

function programHealth(input: TodayInput, waiting: readonly Consumer[]): ProgramHealth {
  const from = quarterStart(input.today);
  const timeliness = reviewTimeliness(input.matches, input.reviews, from, input.today, input.settings);
  return {
    activeMatches: input.matches.filter((m) => m.status === 'active').length,
    peopleWaiting: waiting.length,
    medianDaysWaiting: median(waiting.filter((c) => c.requestedOn !== null && c.requestedOn <= input.today).map((c) => daysBetween(c.requestedOn!, input.today))),
    reviewsThisQuarter: { from, due: timeliness.due, onTime: timeliness.onTime },
  };
}

/**
 * The health line for sharing beyond the coordinator (a meeting, a report): counts from 1 to threshold − 1 shown as
 * "<threshold", as the manager summaries do, and the median wait left out when fewer than threshold people wait,
 * since a median of a handful is close to one person's own wait. The coordinator's own view shows exact numbers.
 */
export function shareableHealth(health: ProgramHealth, threshold: number): { activeMatches: Shown; peopleWaiting: Shown; medianDaysWaiting: number | null; reviewsDue: Shown; reviewsOnTime: Shown } {
  const shown = (n: number): Shown => (n > 0 && n < threshold ? smallMark(threshold) : n);
  return {
    activeMatches: shown(health.activeMatches),
    peopleWaiting: shown(health.peopleWaiting),
    medianDaysWaiting: health.peopleWaiting >= threshold ? health.medianDaysWaiting : null,
    reviewsDue: shown(health.reviewsThisQuarter.due),
    reviewsOnTime: shown(health.reviewsThisQuarter.onTime),
  };
}

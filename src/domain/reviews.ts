// This file is the review log: logging three-way reviews and mentor check-ins, and what is due or overdue as of a date.
import { addDays, daysBetween } from './dates';
import { DomainError, Issue } from './errors';
import { changeGoalStatus } from './goals';
import { MATCH_STATUS_LABELS } from './lifecycle';
import { Goal, GoalStatus, IsoDate, Match, Review, ReviewKind, RowRef } from './model';
import { Settings } from './settings';

export type ReviewSettings = Pick<Settings, 'reviewIntervalDays' | 'checkInIntervalDays' | 'reviewUpcomingDays'>;

/**
 * Checks review rows against the matches and goals. Reported with tab/row/column and left out of the schedule:
 * a review for a match that is not on the Matches tab, for a match that never became active, dated after the match
 * ended (a review for a closed match), dated before it started, or with a next-review date before its own date.
 * A goal ID that is not one of the consumer's goals is reported and only that link is dropped — the meeting happened.
 */
export function validateReviews(reviews: readonly Review[], matches: readonly Match[], goals: readonly Goal[]): { valid: Review[]; issues: Issue[] } {
  const matchesById = new Map(matches.map((m) => [m.id, m]));
  const goalsById = new Map(goals.map((g) => [g.id, g]));
  const valid: Review[] = [];
  const issues: Issue[] = [];
  for (const review of reviews) {
    const at = (column: string) => ({ tab: review.source.tab, row: review.source.row, column });
    const match = matchesById.get(review.matchId);
    let problem: Issue | null = null;
    if (!match) {
      problem = { code: 'REVIEW.UNKNOWN_MATCH', message: `Match ${review.matchId} is not on the Matches tab; this entry is left out`, location: at('Match ID') };
    } else if (match.status === 'proposed' || match.status === 'intro-scheduled' || match.status === 'declined' || !match.startedOn) {
      problem = { code: 'REVIEW.MATCH_NOT_ACTIVE', message: `Match ${match.id} is ${MATCH_STATUS_LABELS[match.status]} and was never active; this entry is left out`, location: at('Match ID') };
    } else if (match.endedOn && review.date > match.endedOn) {
      problem = { code: 'REVIEW.MATCH_CLOSED', message: `Match ${match.id} ended on ${match.endedOn}, before this entry (${review.date}); it is left out`, location: at('Date') };
    } else if (review.date < match.startedOn) {
      problem = { code: 'REVIEW.DATES_OUT_OF_ORDER', message: `This entry (${review.date}) is before match ${match.id} started (${match.startedOn}); it is left out`, location: at('Date') };
    } else if (review.nextReview && review.nextReview <= review.date) {
      problem = { code: 'REVIEW.DATES_OUT_OF_ORDER', message: `Next review (${review.nextReview}) is not after the review date (${review.date}); this entry is left out`, location: at('Next review') };
    }
    if (problem) {
      issues.push(problem);
      continue;
    }
    const goal = review.goalId ? goalsById.get(review.goalId) : undefined;
    if (review.goalId && (!goal || goal.consumerId !== match!.consumerId)) {
      issues.push({ code: 'REVIEW.UNKNOWN_GOAL', message: `Goal ${review.goalId} is not one of this consumer's goals; the entry counts as a meeting without it`, location: at('Goal ID') });
      valid.push({ ...review, goalId: null });
      continue;
    }
    valid.push(review);
  }
  return { valid, issues };
}

export type DueState = 'overdue' | 'due' | 'upcoming' | 'scheduled';

export interface ReviewDue {
  matchId: string;
  kind: ReviewKind;
  /** The last entry of this kind (for check-ins: any contact, since a three-way review also hears from the mentor). */
  lastOn: IsoDate | null;
  dueOn: IsoDate;
  /** Days past the due date; 0 on the day it is due, negative before. */
  daysOverdue: number;
  state: DueState;
}

/**
 * When each active match's next three-way review and next mentor check-in are due, as of a date.
 * Review: the next-review date written at the last review, else the last review + `reviewIntervalDays`, else the
 * start + the interval. Check-in: the last contact of either kind + `checkInIntervalDays`, else the start + that.
 * Entries after the as-of date do not count yet. Matches without a start date are skipped (validateMatches reports them).
 */
export function reviewSchedule(matches: readonly Match[], reviews: readonly Review[], asOf: IsoDate, settings: ReviewSettings): ReviewDue[] {
  const byMatch = new Map<string, Review[]>();
  for (const review of reviews) {
    if (review.date > asOf) continue;
    const list = byMatch.get(review.matchId) ?? [];
    list.push(review);
    byMatch.set(review.matchId, list);
  }
  const result: ReviewDue[] = [];
  for (const match of matches) {
    if (match.status !== 'active' || !match.startedOn) continue;
    const entries = (byMatch.get(match.id) ?? []).sort((a, b) => a.date.localeCompare(b.date));
    const threeWay = entries.filter((r) => r.kind === 'review');
    const lastReview = threeWay[threeWay.length - 1];
    let reviewDue: IsoDate;
    if (lastReview) {
      // One review is often several rows (one per goal); the latest next-review date written that day wins.
      const sameDay = threeWay.filter((r) => r.date === lastReview.date && r.nextReview).map((r) => r.nextReview!);
      reviewDue = sameDay.length ? sameDay.sort()[sameDay.length - 1]! : addDays(lastReview.date, settings.reviewIntervalDays);
    } else {
      reviewDue = addDays(match.startedOn, settings.reviewIntervalDays);
    }
    const lastContact = entries[entries.length - 1];
    const checkInDue = addDays(lastContact?.date ?? match.startedOn, settings.checkInIntervalDays);
    result.push(dueEntry(match.id, 'review', lastReview?.date ?? null, reviewDue, asOf, settings));
    result.push(dueEntry(match.id, 'check-in', lastContact?.date ?? null, checkInDue, asOf, settings));
  }
  return result.sort((a, b) => b.daysOverdue - a.daysOverdue || a.matchId.localeCompare(b.matchId) || a.kind.localeCompare(b.kind));
}

function dueEntry(matchId: string, kind: ReviewKind, lastOn: IsoDate | null, dueOn: IsoDate, asOf: IsoDate, settings: ReviewSettings): ReviewDue {
  const daysOverdue = daysBetween(dueOn, asOf);
  const state: DueState = daysOverdue > 0 ? 'overdue' : daysOverdue === 0 ? 'due' : -daysOverdue <= settings.reviewUpcomingDays ? 'upcoming' : 'scheduled';
  return { matchId, kind, lastOn, dueOn, daysOverdue, state };
}

export interface GoalProgress {
  goalId: string;
  progress: string;
  /** A new status for the goal, when this review changes it (for example, met). */
  status?: GoalStatus;
}

export interface ReviewEntry {
  matchId: string;
  kind: ReviewKind;
  date: IsoDate;
  attendees: string[];
  minutes: number | null;
  notes: string;
  progress: GoalProgress[];
  /** For a three-way review: when to meet next; defaults to the date + `reviewIntervalDays`. */
  nextReview?: IsoDate | null;
}

export interface LoggedReview {
  /** One row per goal discussed (one row with no goal when none was), each with its own ID. */
  reviews: Review[];
  /** Goals whose status this review changed, ready to write back by ID. */
  goals: Goal[];
  nextReview: IsoDate | null;
}

/**
 * Logs a review or check-in for an active match. A goal marked met here is updated with the review date as its met
 * date. Errors: REVIEW.MATCH_CLOSED / REVIEW.MATCH_NOT_ACTIVE, REVIEW.FUTURE_DATE, REVIEW.DATES_OUT_OF_ORDER,
 * REVIEW.UNKNOWN_GOAL, and the goal's own status errors (GOAL.BAD_STATUS …).
 */
export function logReview(
  entry: ReviewEntry,
  context: { match: Match; goals: readonly Goal[]; newId: () => string; asOf: IsoDate; settings: Pick<Settings, 'reviewIntervalDays'>; tab?: string },
): LoggedReview {
  const { match, asOf } = context;
  if (entry.matchId !== match.id) throw new DomainError('REVIEW.WRONG_MATCH', `This entry is for match ${entry.matchId}, not ${match.id}.`);
  if (match.status === 'completed' || match.status === 'closed') {
    throw new DomainError('REVIEW.MATCH_CLOSED', `Match ${match.id} is ${MATCH_STATUS_LABELS[match.status]}; reviews can only be logged for an active match.`);
  }
  if (match.status !== 'active' || !match.startedOn) {
    throw new DomainError('REVIEW.MATCH_NOT_ACTIVE', `Match ${match.id} is ${MATCH_STATUS_LABELS[match.status]}; reviews start once the match is active.`);
  }
  if (entry.date > asOf) throw new DomainError('REVIEW.FUTURE_DATE', `The date of this ${entry.kind} (${entry.date}) is after today (${asOf}).`);
  if (entry.date < match.startedOn) {
    throw new DomainError('REVIEW.DATES_OUT_OF_ORDER', `The date of this ${entry.kind} (${entry.date}) is before match ${match.id} started (${match.startedOn}).`);
  }
  const nextReview = entry.kind === 'review' ? (entry.nextReview ?? addDays(entry.date, context.settings.reviewIntervalDays)) : (entry.nextReview ?? null);
  if (nextReview && nextReview <= entry.date) {
    throw new DomainError('REVIEW.DATES_OUT_OF_ORDER', `The next review (${nextReview}) must be after this one (${entry.date}).`);
  }
  if (entry.minutes !== null && (!Number.isInteger(entry.minutes) || entry.minutes < 0 || entry.minutes > 24 * 60)) {
    throw new DomainError('REVIEW.BAD_MINUTES', `Minutes spent must be a whole number from 0 to 1440, not ${entry.minutes}.`);
  }
  const goalsById = new Map(context.goals.map((g) => [g.id, g]));
  const updated: Goal[] = [];
  for (const item of entry.progress) {
    const goal = goalsById.get(item.goalId);
    if (!goal || goal.consumerId !== match.consumerId) {
      throw new DomainError('REVIEW.UNKNOWN_GOAL', `Goal ${item.goalId} is not one of this consumer's goals.`);
    }
    if (item.status && item.status !== goal.status) updated.push(changeGoalStatus(goal, item.status, asOf, item.status === 'met' ? entry.date : null));
  }
  const source: RowRef = { tab: context.tab ?? 'Reviews', row: 0 }; // row 0: not written yet; writes go by ID
  const row = (goalId: string | null, progress: string): Review => ({
    id: context.newId(), matchId: match.id, date: entry.date, kind: entry.kind, attendees: [...entry.attendees], goalId, progress,
    minutes: entry.minutes, notes: entry.notes, nextReview, source,
  });
  const reviews = entry.progress.length ? entry.progress.map((item) => row(item.goalId, item.progress)) : [row(null, '')];
  return { reviews, goals: updated, nextReview };
}

export interface ReviewTimeliness {
  /** Three-way reviews that came due in the window (held or not). */
  due: number;
  onTime: number;
  /** Held after the due date, or not held by the end of the window. */
  late: number;
}

/**
 * How many three-way reviews that fell due between `from` and `to` were held on time. Walks each match from its start:
 * the first review is due `reviewIntervalDays` after the start, each later one on the next-review date written at the
 * previous review (or the interval after it). A review not held by the end of the window (or the match's end) is late.
 */
export function reviewTimeliness(matches: readonly Match[], reviews: readonly Review[], from: IsoDate, to: IsoDate, settings: Pick<Settings, 'reviewIntervalDays'>): ReviewTimeliness {
  const result: ReviewTimeliness = { due: 0, onTime: 0, late: 0 };
  const byMatch = new Map<string, Review[]>();
  for (const review of reviews) {
    if (review.kind !== 'review' || review.date > to) continue;
    const list = byMatch.get(review.matchId) ?? [];
    list.push(review);
    byMatch.set(review.matchId, list);
  }
  for (const match of matches) {
    if (!match.startedOn || match.status === 'declined') continue;
    const end = match.endedOn && match.endedOn < to ? match.endedOn : to;
    // One row per goal: a day's rows are one review.
    const held = [...new Set((byMatch.get(match.id) ?? []).map((r) => r.date))].sort();
    const nextOf = (date: IsoDate) => {
      const written = (byMatch.get(match.id) ?? []).filter((r) => r.date === date && r.nextReview).map((r) => r.nextReview!).sort();
      return written[written.length - 1] ?? addDays(date, settings.reviewIntervalDays);
    };
    let due = addDays(match.startedOn, settings.reviewIntervalDays);
    let i = 0;
    while (due <= end) {
      const date = held[i];
      const counts = due >= from;
      if (counts) result.due++;
      if (date !== undefined && date <= end) {
        if (counts) {
          if (date <= due) result.onTime++;
          else result.late++;
        }
        due = nextOf(date);
        i++;
      } else {
        if (counts) result.late++;
        break;
      }
    }
  }
  return result;
}

// This file tells each match's story, and each person's, from the tabs the add-on already keeps: the Matches row,
// the Goals and Reviews rows, the Applications rows and the Audit tab (which adds who did what and when, and holds
// only record IDs). Nothing is stored: the timeline is rebuilt each time it is shown.
import { formatDay } from './dates';
import { goalAreaLabel } from './goal-areas';
import { DECLINE_REASON_LABELS, readDeclineReason } from './lifecycle';
import { Attendance, Goal, IsoDate, Match, Review, TrainingSession } from './model';
import { Cell, readDate } from './values';

/** One Audit row as written: When (an ISO timestamp), Who, Action, Record (an ID), Details (IDs and counts only). */
export interface AuditRow {
  when: Cell;
  who: string;
  action: string;
  record: string;
  details: string;
}

/** One Applications row, by the columns the timeline needs. */
export interface ApplicationRecord {
  responseId: string;
  form: string;
  submittedAt: Cell;
  status: string;
  recordId: string;
}

export type TimelineKind =
  | 'applied' | 'proposed' | 'intro-scheduled' | 'intro' | 'decision' | 'activated' | 'goal-set' | 'review' | 'check-in' | 'goal-met'
  | 'completed' | 'closed' | 'declined' | 'training' | 'other';

export interface TimelineEvent {
  /** The day it happened; null when no row says (such events come last). */
  on: IsoDate | null;
  kind: TimelineKind;
  title: string;
  /** Further lines: per-goal progress, notes, reasons. */
  lines: string[];
  /** Who recorded it, from the Audit tab; null when it was typed into the sheet directly. */
  by: string | null;
  /** The record the event comes from (match, goal, review, response ID), to open it from the view. */
  record: string;
}

/** Order of events on the same day, so a match reads proposed → intro → decisions → active → reviews → end. */
const RANK: Record<TimelineKind, number> = {
  applied: 0, proposed: 1, 'intro-scheduled': 2, intro: 3, decision: 4, activated: 5, 'goal-set': 6, training: 7, review: 8, 'check-in': 8, 'goal-met': 9,
  other: 10, completed: 11, closed: 11, declined: 11,
};

function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => {
      if (a.event.on !== b.event.on) {
        if (a.event.on === null) return 1;
        if (b.event.on === null) return -1;
        return a.event.on < b.event.on ? -1 : 1;
      }
      return RANK[a.event.kind] - RANK[b.event.kind] || a.index - b.index;
    })
    .map(({ event }) => event);
}

/** The day of an Audit "When" or an application's "Submitted at" (a timestamp, a date cell or date text). */
function dayOf(value: Cell): IsoDate | null {
  const reading = readDate(value);
  return reading.ok ? reading.value : null;
}

/** Audit rows as events of known kinds, each used at most once as the "who" of a record-based event. */
class AuditTrail {
  private readonly rows: { row: AuditRow; on: IsoDate | null; used: boolean }[];

  constructor(rows: readonly AuditRow[], record: string) {
    this.rows = rows.filter((row) => row.record === record).map((row) => ({ row, on: dayOf(row.when), used: false }));
  }

  /** The first unused row with this action (on or after a day, when given); marks it used. */
  take(action: string, test: (row: AuditRow) => boolean = () => true, after: IsoDate | null = null): { who: string | null; on: IsoDate | null; details: string } | null {
    const found = this.rows.find((entry) => !entry.used && entry.row.action === action && test(entry.row) && (after === null || entry.on === null || entry.on >= after));
    if (!found) return null;
    found.used = true;
    return { who: found.row.who || null, on: found.on, details: found.row.details };
  }

  unused(): { row: AuditRow; on: IsoDate | null }[] {
    return this.rows.filter((entry) => !entry.used);
  }
}

const SIDE_LABEL = { mentor: 'The mentor', consumer: 'The consumer', coordinator: 'The coordinator' } as const;

/** Actions other parts of the add-on may record on a match, in words; an unknown action is shown as written. */
const ACTION_TITLES: Record<string, string> = {
  'match.reopen': 'Reopened',
  'match.undo': 'A change was undone',
  'match.schedule-intro': 'Intro meeting set',
};

function goalName(goal: Goal | undefined, goalId: string | null): string {
  if (!goal) return goalId ? `Goal ${goalId}` : 'No goal named';
  return `${goalAreaLabel(goal.area)}: ${goal.goal || goal.id}`;
}

export interface MatchTimelineInput {
  match: Match;
  /** All goals (the match's are picked out by Match ID, or the consumer's when the goal has none). */
  goals: readonly Goal[];
  reviews: readonly Review[];
  audit: readonly AuditRow[];
}

/**
 * A match's story: proposed, intro set and held, each side's decision, activation with its goals, every review and
 * check-in with its progress and notes, goals met, and how it ended — oldest first, with who recorded each step.
 */
export function matchTimeline({ match, goals, reviews, audit }: MatchTimelineInput): TimelineEvent[] {
  const trail = new AuditTrail(audit, match.id);
  const events: TimelineEvent[] = [];
  const add = (event: Omit<TimelineEvent, 'record' | 'by'> & { by?: string | null; record?: string }) =>
    events.push({ ...event, by: event.by ?? null, record: event.record ?? match.id });

  const proposed = trail.take('match.propose');
  add({ on: match.proposedOn ?? proposed?.on ?? null, kind: 'proposed', title: match.score !== null ? `Proposed (score ${match.score})` : 'Proposed', lines: match.reasons ? [match.reasons] : [], by: proposed?.who });

  for (let scheduled = trail.take('match.schedule-intro'); scheduled; scheduled = trail.take('match.schedule-intro')) {
    add({ on: scheduled.on, kind: 'intro-scheduled', title: match.introOn ? `Intro meeting set for ${formatDay(match.introOn)}` : 'Intro meeting set', lines: [], by: scheduled.who });
  }
  if (match.introOn) add({ on: match.introOn, kind: 'intro', title: 'Intro meeting', lines: [] });

  // A "no" from the Audit tab belongs to the decline on the Matches row, which says why; a "yes" stands alone.
  const declineBy = match.status === 'declined' ? match.declinedBy : null;
  const declinedAudit = declineBy && declineBy !== 'coordinator' ? trail.take('match.decision', (row) => row.details.startsWith(`${declineBy}:`) && row.details.endsWith('no')) : null;
  for (let yes = trail.take('match.decision', (row) => /:\s*yes$/.test(row.details)); yes; yes = trail.take('match.decision', (row) => /:\s*yes$/.test(row.details))) {
    const side = yes.details.split(':')[0]!.trim();
    add({ on: yes.on, kind: 'decision', title: `${side === 'mentor' || side === 'consumer' ? SIDE_LABEL[side] : 'One side'} said yes`, lines: [], by: yes.who });
  }

  const matchGoals = goals.filter((goal) => goal.matchId === match.id);
  const goalsById = new Map(goals.map((goal) => [goal.id, goal]));
  if (match.startedOn) {
    const activated = trail.take('match.activate');
    const startGoals = matchGoals.filter((goal) => goal.setOn === null || goal.setOn <= match.startedOn!);
    add({
      on: match.startedOn, kind: 'activated', title: `Active, with ${startGoals.length} ${startGoals.length === 1 ? 'goal' : 'goals'}`,
      lines: startGoals.map((goal) => goalName(goal, goal.id)), by: activated?.who,
    });
  }
  for (const goal of matchGoals) {
    // Goals set on the start day are listed with the activation; later ones get their own line.
    if (goal.setOn && match.startedOn && goal.setOn > match.startedOn) add({ on: goal.setOn, kind: 'goal-set', title: 'Goal added', lines: [goalName(goal, goal.id)], record: goal.id });
    if (goal.metOn) add({ on: goal.metOn, kind: 'goal-met', title: 'Goal met', lines: [goalName(goal, goal.id)], record: goal.id });
  }

  // One meeting is often several rows (one per goal): rows of the same day and kind are one event.
  const meetings = new Map<string, Review[]>();
  for (const review of reviews.filter((r) => r.matchId === match.id)) {
    const key = `${review.date}|${review.kind}`;
    meetings.set(key, [...(meetings.get(key) ?? []), review]);
  }
  for (const rows of [...meetings.values()].sort((a, b) => a[0]!.date.localeCompare(b[0]!.date))) {
    const first = rows[0]!;
    const logged = trail.take(`review.${first.kind}`, () => true, first.date);
    const lines = rows.filter((row) => row.goalId || row.progress).map((row) => `${goalName(goalsById.get(row.goalId ?? ''), row.goalId)} — ${row.progress || 'no progress noted'}`);
    const notes = [...new Set(rows.map((row) => row.notes.trim()).filter(Boolean))];
    const minutes = rows.find((row) => row.minutes !== null)?.minutes;
    const next = rows.map((row) => row.nextReview).filter((d): d is IsoDate => d !== null).sort().pop();
    add({
      on: first.date, kind: first.kind, title: first.kind === 'review' ? 'Three-way review' : 'Check-in',
      lines: [
        ...lines, ...notes.map((note) => `Notes: ${note}`),
        ...(first.attendees.length ? [`With: ${first.attendees.join(', ')}`] : []),
        ...(minutes !== undefined && minutes !== null ? [`${minutes} minutes`] : []),
        ...(next ? [`Next review: ${formatDay(next)}`] : []),
      ],
      by: logged?.who, record: first.id,
    });
  }

  if (match.status === 'completed' || match.status === 'closed') {
    const ended = trail.take(`match.${match.status === 'completed' ? 'complete' : 'close'}`);
    add({ on: match.endedOn ?? ended?.on ?? null, kind: match.status, title: match.status === 'completed' ? 'Completed' : 'Closed early', lines: [], by: ended?.who });
  }
  if (match.status === 'declined') {
    const reason = match.declineReason ? DECLINE_REASON_LABELS[readDeclineReason(match.declineReason)] : null;
    add({
      on: match.endedOn ?? declinedAudit?.on ?? null, kind: 'declined', title: match.declinedBy ? `${SIDE_LABEL[match.declinedBy]} said no` : 'Declined',
      lines: reason ? [`Reason: ${reason === 'Other' ? match.declineReason : reason}`] : [], by: declinedAudit?.who,
    });
  }
  // Whatever else the Audit tab recorded for this match (a reopen, an undo …) is shown as it was recorded.
  for (const { row, on } of trail.unused()) {
    if (!row.action.startsWith('match.') && !row.action.startsWith('review.')) continue;
    add({ on, kind: 'other', title: ACTION_TITLES[row.action] ?? row.action, lines: row.details ? [row.details] : [], by: row.who || null });
  }
  return sortEvents(events);
}

export interface PersonTimelineInput {
  personId: string;
  role: 'consumer' | 'mentor';
  matches: readonly Match[];
  goals: readonly Goal[];
  applications: readonly ApplicationRecord[];
  sessions: readonly TrainingSession[];
  attendance: readonly Attendance[];
  audit: readonly AuditRow[];
  /** The other person's name, for "with Tou Vang"; null when they are not on the tabs. */
  nameOf: (id: string) => string | null;
}

/** A person's story: their applications, each match (proposed, started, ended), their goals and, for a mentor, training attended. */
export function personTimeline(input: PersonTimelineInput): TimelineEvent[] {
  const { personId, role } = input;
  const events: TimelineEvent[] = [];
  for (const application of input.applications.filter((a) => a.recordId === personId)) {
    const decided = input.audit.find((row) => row.record === application.responseId && row.action.startsWith('application.'));
    events.push({
      on: dayOf(application.submittedAt), kind: 'applied', title: `Applied: ${application.form || 'form'}`,
      lines: application.status ? [`Application ${application.status.toLowerCase()}`] : [], by: decided?.who || null, record: application.responseId,
    });
  }
  for (const match of input.matches.filter((m) => (role === 'consumer' ? m.consumerId : m.mentorId) === personId)) {
    const otherId = role === 'consumer' ? match.mentorId : match.consumerId;
    const other = `${input.nameOf(otherId) ?? 'someone no longer on the tabs'} (${otherId})`;
    const story = matchTimeline({ match, goals: input.goals, reviews: [], audit: input.audit });
    for (const event of story) {
      if (!['proposed', 'intro', 'activated', 'completed', 'closed', 'declined'].includes(event.kind)) continue;
      const title = event.kind === 'proposed' ? `Match ${match.id} proposed, with ${other}` : `Match ${match.id}: ${event.title.charAt(0).toLowerCase()}${event.title.slice(1)}`;
      events.push({ ...event, title, lines: event.kind === 'activated' ? [] : event.lines });
    }
  }
  if (role === 'consumer') {
    for (const goal of input.goals.filter((g) => g.consumerId === personId)) {
      events.push({ on: goal.setOn, kind: 'goal-set', title: 'Goal set', lines: [goalName(goal, goal.id)], by: null, record: goal.id });
      if (goal.metOn) events.push({ on: goal.metOn, kind: 'goal-met', title: 'Goal met', lines: [goalName(goal, goal.id)], by: null, record: goal.id });
    }
  } else {
    const sessions = new Map(input.sessions.map((s) => [s.id, s]));
    for (const record of input.attendance.filter((a) => a.mentorId === personId && a.attended)) {
      const session = sessions.get(record.sessionId);
      if (!session) continue;
      events.push({ on: session.date, kind: 'training', title: `${session.type === 'initial' ? 'Initial training' : 'Ongoing training'} attended`, lines: session.topic ? [session.topic] : [], by: null, record: session.id });
    }
  }
  return sortEvents(events);
}

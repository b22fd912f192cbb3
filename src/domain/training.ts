// This file decides each mentor's training status as of a date: not trained, current until a date, due soon, lapsed.
// Matching uses it to leave out untrained and lapsed mentors; the training tracker shows it.
import { addDays, daysBetween, formatDay } from './dates';
import { DomainError, Issue } from './errors';
import { ClockTime, formatClockTime, readClockTime } from './outreach/clock-time';
import { readDate } from './values';
import { Attendance, IsoDate, Match, Mentor, TrainingSession, TrainingType } from './model';
import { Settings } from './settings';

export type TrainingStatusKind = 'not-trained' | 'current' | 'due-soon' | 'lapsed';

export interface MentorTraining {
  mentorId: string;
  status: TrainingStatusKind;
  /** Most recent training attended on or before the as-of date (initial or ongoing). */
  lastSession: IsoDate | null;
  /** Last day the mentor counts as current; null when not trained. */
  currentUntil: IsoDate | null;
  initialTrainingOn: IsoDate | null;
}

export interface TrainingInput {
  mentors: readonly Mentor[];
  sessions: readonly TrainingSession[];
  attendance: readonly Attendance[];
  asOf: IsoDate;
  settings: Pick<Settings, 'trainingIntervalDays' | 'trainingWarningDays'>;
}

/**
 * Status for every mentor. A mentor is trained once they attended an initial session (or the mentor row has an
 * initial training date); they stay current for `trainingIntervalDays` after the last session they attended,
 * through the `currentUntil` day itself, and show as due soon in the last `trainingWarningDays` days.
 * Sessions after the as-of date do not count yet.
 */
export function trainingStatuses(input: TrainingInput): Map<string, MentorTraining> {
  const sessionsById = new Map(input.sessions.map((session) => [session.id, session]));
  const attended = new Map<string, TrainingSession[]>();
  for (const record of input.attendance) {
    const session = sessionsById.get(record.sessionId);
    if (!record.attended || !session || session.date > input.asOf) continue;
    const list = attended.get(record.mentorId) ?? [];
    list.push(session);
    attended.set(record.mentorId, list);
  }
  const result = new Map<string, MentorTraining>();
  for (const mentor of input.mentors) {
    result.set(mentor.id, statusOf(mentor, attended.get(mentor.id) ?? [], input));
  }
  return result;
}

function statusOf(mentor: Mentor, sessions: readonly TrainingSession[], input: TrainingInput): MentorTraining {
  const rowInitial = mentor.initialTrainingOn && mentor.initialTrainingOn <= input.asOf ? mentor.initialTrainingOn : null;
  const initialDates = sessions.filter((s) => s.type === 'initial').map((s) => s.date);
  if (rowInitial) initialDates.push(rowInitial);
  const initialTrainingOn = initialDates.length ? initialDates.reduce((a, b) => (a < b ? a : b)) : null;
  if (!initialTrainingOn) {
    return { mentorId: mentor.id, status: 'not-trained', lastSession: null, currentUntil: null, initialTrainingOn: null };
  }
  const lastSession = [...sessions.map((s) => s.date), initialTrainingOn].reduce((a, b) => (a > b ? a : b));
  const currentUntil = addDays(lastSession, input.settings.trainingIntervalDays);
  const daysLeft = daysBetween(input.asOf, currentUntil);
  const status: TrainingStatusKind = daysLeft < 0 ? 'lapsed' : daysLeft < input.settings.trainingWarningDays ? 'due-soon' : 'current';
  return { mentorId: mentor.id, status, lastSession, currentUntil, initialTrainingOn };
}

/** Mentors who may be suggested: trained and not lapsed (due soon still counts as current). */
export function isTrainingCurrent(training: MentorTraining | undefined): boolean {
  return training?.status === 'current' || training?.status === 'due-soon';
}

/**
 * Checks attendance rows: the session and the mentor must exist, and a mentor is counted once per session. Each
 * problem is reported with tab/row/column and the row is left out; the rest of the log still counts.
 */
export function validateAttendance(
  mentors: readonly Pick<Mentor, 'id'>[],
  sessions: readonly Pick<TrainingSession, 'id'>[],
  attendance: readonly Attendance[],
): { attendance: Attendance[]; issues: Issue[] } {
  const mentorIds = new Set(mentors.map((m) => m.id));
  const sessionIds = new Set(sessions.map((s) => s.id));
  const seen = new Map<string, number>();
  const valid: Attendance[] = [];
  const issues: Issue[] = [];
  for (const record of attendance) {
    const at = (column: string) => ({ tab: record.source.tab, row: record.source.row, column });
    if (!sessionIds.has(record.sessionId)) {
      issues.push({ code: 'ATTENDANCE.UNKNOWN_SESSION', message: `Session ${record.sessionId} is not on the Trainings tab; this row is left out`, location: at('Session ID') });
      continue;
    }
    if (!mentorIds.has(record.mentorId)) {
      issues.push({ code: 'ATTENDANCE.UNKNOWN_MENTOR', message: `Mentor ${record.mentorId} is not on the Mentors tab; this row is left out`, location: at('Mentor ID') });
      continue;
    }
    const key = `${record.sessionId}|${record.mentorId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({ code: 'ATTENDANCE.DUPLICATE', message: `Mentor ${record.mentorId} is already listed for session ${record.sessionId} on row ${earlier}; this row is left out`, location: at('Mentor ID') });
      continue;
    }
    seen.set(key, record.source.row);
    valid.push(record);
  }
  return { attendance: valid, issues };
}

/** Mentors who can take part: active, or with no status recorded. Inactive and on-hold mentors are not chased. */
function isAvailable(mentor: Mentor): boolean {
  return mentor.status === 'active' || mentor.status === null;
}

export interface TrainingNeed {
  mentorId: string;
  status: TrainingStatusKind;
  /** Not-trained mentors need the initial training; everyone else an ongoing session. */
  needs: TrainingType;
  currentUntil: IsoDate | null;
}

/** Who needs training now: available mentors who are not trained, due soon or lapsed; most urgent first. */
export function trainingNeeds(mentors: readonly Mentor[], statuses: ReadonlyMap<string, MentorTraining>): TrainingNeed[] {
  const rank: Record<TrainingStatusKind, number> = { lapsed: 0, 'not-trained': 1, 'due-soon': 2, current: 3 };
  return mentors
    .filter(isAvailable)
    .map((mentor) => statuses.get(mentor.id))
    .filter((t): t is MentorTraining => t !== undefined && t.status !== 'current')
    .map((t) => ({ mentorId: t.mentorId, status: t.status, needs: (t.status === 'not-trained' ? 'initial' : 'ongoing') as TrainingType, currentUntil: t.currentUntil }))
    .sort((a, b) => rank[a.status] - rank[b.status] || (a.currentUntil ?? '').localeCompare(b.currentUntil ?? '') || a.mentorId.localeCompare(b.mentorId));
}

export interface UpcomingSession {
  sessionId: string;
  type: TrainingType;
  date: IsoDate;
  start: string;
  end: string;
  location: string;
  topic: string;
  /** Mentors who should come: for an initial session, those not trained; for an ongoing one, those whose training ends before the next ongoing session after it. */
  neededBy: string[];
}

/**
 * Sessions from the as-of date through `lookaheadDays` ahead, each with who needs it. A mentor is listed for an ongoing
 * session when missing it would leave them lapsed before the following ongoing session (or, for the last session
 * known, before the end of the lookahead), so the list points each mentor at their last chance to stay current.
 */
export function upcomingSessions(
  sessions: readonly TrainingSession[],
  mentors: readonly Mentor[],
  statuses: ReadonlyMap<string, MentorTraining>,
  asOf: IsoDate,
  lookaheadDays: number,
): UpcomingSession[] {
  const until = addDays(asOf, lookaheadDays);
  const available = mentors.filter(isAvailable).map((m) => statuses.get(m.id)).filter((t): t is MentorTraining => t !== undefined);
  const ongoingDates = sessions.filter((s) => s.type === 'ongoing' && s.date >= asOf).map((s) => s.date).sort();
  return sessions
    .filter((s) => s.date >= asOf && s.date <= until)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((session) => {
      let neededBy: string[];
      if (session.type === 'initial') {
        neededBy = available.filter((t) => t.status === 'not-trained').map((t) => t.mentorId);
      } else {
        const next = ongoingDates.find((date) => date > session.date) ?? until;
        neededBy = available.filter((t) => t.status !== 'not-trained' && t.currentUntil !== null && t.currentUntil < next).map((t) => t.mentorId);
      }
      return { sessionId: session.id, type: session.type, date: session.date, start: session.start, end: session.end, location: session.location, topic: session.topic, neededBy: neededBy.sort() };
    });
}

export interface FlaggedMatch {
  matchId: string;
  mentorId: string;
  trainingStatus: TrainingStatusKind;
  currentUntil: IsoDate | null;
}

/**
 * Active matches whose mentor is lapsed or not trained. They are flagged for the coordinator to follow up —
 * never closed automatically, since the pair may be mid-way through a goal.
 */
export function flagMatchesOfLapsedMentors(matches: readonly Match[], statuses: ReadonlyMap<string, MentorTraining>): FlaggedMatch[] {
  const flagged: FlaggedMatch[] = [];
  for (const match of matches) {
    if (match.status !== 'active') continue;
    const training = statuses.get(match.mentorId);
    if (!training || isTrainingCurrent(training)) continue;
    flagged.push({ matchId: match.id, mentorId: match.mentorId, trainingStatus: training.status, currentUntil: training.currentUntil });
  }
  return flagged.sort((a, b) => a.matchId.localeCompare(b.matchId));
}

/** What the coordinator types to add a training session from the sidebar. */
export interface TrainingSessionRequest {
  type: string;
  date: string;
  start?: string;
  end?: string;
  location?: string;
  topic?: string;
}

/**
 * A new row for the Trainings tab, checked: a known type, a readable date, and times that read as a time of day with
 * the end after the start. A session may be planned for any date; attendance waits until it has happened.
 */
export function planTrainingSession(request: TrainingSessionRequest, id: string, source: TrainingSession['source']): TrainingSession {
  const type = request.type?.trim().toLowerCase();
  if (type !== 'initial' && type !== 'ongoing') throw new DomainError('TRAINING.BAD_TYPE', 'Choose initial or ongoing training.');
  const date = readDate(request.date ?? '');
  if (!date.ok || !date.value) throw new DomainError('TRAINING.BAD_DATE', `Enter the session's date, like 2026-03-03${date.ok ? '' : ` ("${request.date}" ${date.reason})`}.`);
  const start = readOptionalTime(request.start, 'start');
  const end = readOptionalTime(request.end, 'end');
  if (start !== null && end !== null && end <= start) throw new DomainError('TRAINING.BAD_TIME', 'The end time must be after the start time.');
  return {
    id, type, date: date.value,
    start: start === null ? '' : formatClockTime(start),
    end: end === null ? '' : formatClockTime(end),
    location: (request.location ?? '').trim(), topic: (request.topic ?? '').trim(), source,
  };
}

function readOptionalTime(text: string | undefined, which: string): ClockTime | null {
  if (!text?.trim()) return null;
  const time = readClockTime(text);
  if (time === null) throw new DomainError('TRAINING.BAD_TIME', `"${text}" is not a ${which} time we can read; write it like 2:30 pm or 14:30.`);
  return time;
}

/** Attendance is recorded only for a session that has happened (today or before). */
export function requireSessionHeld(session: TrainingSession, asOf: IsoDate): void {
  if (session.date > asOf) {
    throw new DomainError('TRAINING.NOT_HELD_YET', `Session ${session.id} is on ${formatDay(session.date)}, after today; record who came once it has happened.`);
  }
}

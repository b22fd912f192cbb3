// This file decides each mentor's training status as of a date: not trained, current until a date, due soon, lapsed.
// Matching uses it to leave out untrained and lapsed mentors; the training tracker shows it.
import { addDays, daysBetween } from './dates';
import { Attendance, IsoDate, Mentor, TrainingSession } from './model';
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

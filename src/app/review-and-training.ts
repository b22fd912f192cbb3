// This file is the review log and the training tracker as the sidebar drives them: what is due, logging a review
// or check-in with per-goal progress, and recording attendance from a checklist.
import { DomainError } from '../domain/errors';
import { formatDay } from '../domain/dates';
import { isGoalStatus } from '../domain/goals';
import type { GoalStatus } from '../domain/model';
import { logReview as logReviewEntry, reviewSchedule } from '../domain/reviews';
import { flagMatchesOfLapsedMentors, trainingStatuses, upcomingSessions } from '../domain/training';
import type { AttendanceResult, AttendanceSheet, ReviewInput, ReviewLog, ReviewLogged, TrainingOverview } from '../shared/rpc-contract';
import { AppPorts, readSession, settingsOf, writeSession } from './app-ports';
import { changedCells } from './record-cells';
import { consumerName, findMatch, matchSummary, mentorName, requireDate, requireId } from './views';

const TRAINING_LABELS = { 'not-trained': 'not trained', current: 'current', 'due-soon': 'due soon', lapsed: 'lapsed' } as const;

function dueText(daysOverdue: number): string {
  if (daysOverdue > 0) return `${daysOverdue} day${daysOverdue === 1 ? '' : 's'} overdue`;
  if (daysOverdue === 0) return 'due today';
  return `due in ${-daysOverdue} day${daysOverdue === -1 ? '' : 's'}`;
}

export function getReviewLog(ports: AppPorts): ReviewLog {
  const session = readSession(ports);
  const model = session.model();
  const settings = settingsOf(session);
  const byId = new Map(model.matches.map((m) => [m.id, m]));
  const due = reviewSchedule(model.matches, model.reviews, ports.clock.today(), settings)
    .filter((d) => d.state !== 'scheduled')
    .map((d) => {
      const match = byId.get(d.matchId)!;
      return {
        matchId: d.matchId, consumerName: consumerName(model, match.consumerId), mentorName: mentorName(model, match.mentorId),
        kind: d.kind, dueOn: d.dueOn, state: d.state, text: `${d.kind === 'review' ? 'Review' : 'Check-in'} ${dueText(d.daysOverdue)} (${formatDay(d.dueOn)})`,
      };
    });
  return { due, activeMatches: model.matches.filter((m) => m.status === 'active').map((m) => matchSummary(model, m)) };
}

export function logReview(ports: AppPorts, input: ReviewInput): ReviewLogged {
  const matchId = requireId(input?.matchId, 'match');
  if (input.kind !== 'review' && input.kind !== 'check-in') throw new DomainError('INPUT.BAD_KIND', 'Choose a review or a check-in.');
  const date = requireDate(input.date, 'date of the meeting');
  const progress = (Array.isArray(input.progress) ? input.progress : []).map((p) => {
    const status = p.status ? String(p.status) : undefined;
    if (status !== undefined && !isGoalStatus(status)) throw new DomainError('GOAL.BAD_STATUS', `"${status}" is not a goal status.`);
    return { goalId: requireId(p.goalId, 'goal'), progress: String(p.progress ?? '').slice(0, 500), status: status as GoalStatus | undefined };
  });
  return writeSession(ports, (session) => {
    const model = session.model();
    const match = findMatch(model, matchId);
    const { tab } = session.table('reviews');
    const logged = logReviewEntry(
      {
        matchId, kind: input.kind, date, attendees: (Array.isArray(input.attendees) ? input.attendees : []).map(String).slice(0, 10),
        minutes: typeof input.minutes === 'number' ? input.minutes : null, notes: String(input.notes ?? '').slice(0, 2000), progress,
        nextReview: input.nextReview ? requireDate(input.nextReview, 'next review date') : null,
      },
      { match, goals: model.goals, newId: () => session.nextId('reviews'), asOf: ports.clock.today(), settings: settingsOf(session), tab },
    );
    for (const review of logged.reviews) session.append('reviews', review);
    for (const goal of logged.goals) {
      const before = model.goals.find((g) => g.id === goal.id)!;
      session.update('goals', goal.id, changedCells('goals', before, goal));
    }
    session.audit({ action: `review.${input.kind}`, record: match.id, details: `${logged.reviews.length} rows; ${logged.goals.length} goals updated` });
    return { reviewIds: logged.reviews.map((r) => r.id), goalsUpdated: logged.goals.map((g) => g.id), nextReview: logged.nextReview };
  });
}

export function getTraining(ports: AppPorts): TrainingOverview {
  const session = readSession(ports);
  const model = session.model();
  const settings = settingsOf(session);
  const today = ports.clock.today();
  const statuses = trainingStatuses({ mentors: model.mentors, sessions: model.trainings, attendance: model.attendance, asOf: today, settings });
  const rank = { lapsed: 0, 'not-trained': 1, 'due-soon': 2, current: 3 } as const;
  const mentors = model.mentors
    .filter((m) => m.status !== 'inactive')
    .map((m) => {
      const t = statuses.get(m.id)!;
      const until = t.currentUntil ? ` until ${formatDay(t.currentUntil)}` : '';
      return { mentorId: m.id, name: m.name, status: t.status, statusLabel: `${TRAINING_LABELS[t.status]}${t.status === 'current' || t.status === 'due-soon' ? until : ''}`, currentUntil: t.currentUntil };
    })
    .sort((a, b) => rank[a.status] - rank[b.status] || a.name.localeCompare(b.name));
  return {
    upcoming: upcomingSessions(model.trainings, model.mentors, statuses, today, settings.trainingLookaheadDays).map((s) => ({ ...s, neededBy: s.neededBy.length })),
    recent: model.trainings.filter((s) => s.date <= today).sort((a, b) => b.date.localeCompare(a.date)).slice(0, 6).map((s) => ({ sessionId: s.id, type: s.type, date: s.date, topic: s.topic })),
    mentors,
    flaggedMatches: flagMatchesOfLapsedMentors(model.matches, statuses).map((f) => ({ matchId: f.matchId, mentorId: f.mentorId, status: TRAINING_LABELS[f.trainingStatus] })),
  };
}

export function getAttendance(ports: AppPorts, sessionId: string): AttendanceSheet {
  const id = requireId(sessionId, 'session');
  const model = readSession(ports).model();
  const session = model.trainings.find((s) => s.id === id);
  if (!session) throw new DomainError('RECORD.GONE', `The session ${id} is no longer on the Trainings tab. Refresh and try again.`);
  const attended = new Set(model.attendance.filter((a) => a.sessionId === id && a.attended).map((a) => a.mentorId));
  return {
    session: { sessionId: session.id, type: session.type, date: session.date, topic: session.topic },
    mentors: model.mentors.filter((m) => m.status !== 'inactive' || attended.has(m.id)).map((m) => ({ mentorId: m.id, name: m.name, attended: attended.has(m.id) })),
  };
}

/** Marks who came to a session: new rows for newly ticked mentors, "No" on rows of mentors unticked. */
export function recordAttendance(ports: AppPorts, request: { sessionId: string; mentorIds: string[] }): AttendanceResult {
  const sessionId = requireId(request?.sessionId, 'session');
  const ticked = new Set((Array.isArray(request.mentorIds) ? request.mentorIds : []).map((id) => requireId(id, 'mentor')));
  return writeSession(ports, (session) => {
    const model = session.model();
    if (!model.trainings.some((s) => s.id === sessionId)) throw new DomainError('RECORD.GONE', `The session ${sessionId} is no longer on the Trainings tab. Refresh and try again.`);
    for (const id of ticked) if (!model.mentors.some((m) => m.id === id)) throw new DomainError('RECORD.GONE', `The mentor ${id} is no longer on the Mentors tab. Refresh and try again.`);
    let added = 0;
    let updated = 0;
    const rows = model.attendance.filter((a) => a.sessionId === sessionId);
    for (const row of rows) {
      const want = ticked.has(row.mentorId);
      if (row.attended !== want) {
        // Attendance rows have no ID: the row is the one just read under the lock, matched by session and mentor.
        session.updateRow('attendance', row.source.row - 1, { attended: want ? 'Yes' : 'No' });
        updated++;
      }
    }
    for (const mentorId of ticked) {
      if (rows.some((r) => r.mentorId === mentorId)) continue;
      session.append('attendance', { sessionId, mentorId, attended: true });
      added++;
    }
    if (added || updated) session.audit({ action: 'training.attendance', record: sessionId, details: `${added} added; ${updated} changed` });
    return { added, updated };
  });
}

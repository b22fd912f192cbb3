// This file is the sidebar's Training view of the training answer (names, statuses in words, who needs each session),
// and the attendance checklist for one session.
import type { AttendanceRecord } from '../../app/record-attendance';
import type { TrainingReport } from '../../app/report-training';
import { formatDay } from '../../domain/dates';
import type { WorkbookModel } from '../../domain/workbook-reader';
import type { TrainingSession } from '../../domain/model';
import type { AttendanceSheet, PlannedSession, TrainingOverview } from '../../shared/rpc-contract';
import { presentLeftOut } from './left-out';

const TRAINING_LABELS = { 'not-trained': 'not trained', current: 'current', 'due-soon': 'due soon', lapsed: 'lapsed' } as const;
const RANK = { lapsed: 0, 'not-trained': 1, 'due-soon': 2, current: 3 } as const;

export function presentTraining(report: TrainingReport, model: WorkbookModel): TrainingOverview {
  const byId = new Map(model.mentors.map((m) => [m.id, m]));
  const mentors = report.mentors
    .filter((t) => byId.get(t.mentorId)?.status !== 'inactive')
    .map((t) => {
      const until = t.currentUntil ? `current until ${formatDay(t.currentUntil)}` : '';
      const label = t.status === 'current' && until ? until : t.status === 'due-soon' && until ? `due soon (${until})` : TRAINING_LABELS[t.status];
      return { mentorId: t.mentorId, name: byId.get(t.mentorId)?.name ?? t.mentorId, status: t.status, statusLabel: label, currentUntil: t.currentUntil };
    })
    .sort((a, b) => RANK[a.status] - RANK[b.status] || a.name.localeCompare(b.name));
  return {
    upcoming: report.upcoming.map((s) => ({ ...s, day: formatDay(s.date), neededBy: s.neededBy.length })),
    recent: report.recent.map((s) => ({ ...s, day: formatDay(s.date) })),
    mentors,
    flaggedMatches: report.flaggedMatches.map((f) => {
      const consumerId = model.matches.find((m) => m.id === f.matchId)?.consumerId ?? '';
      const consumerName = model.consumers.find((c) => c.id === consumerId)?.name ?? consumerId;
      return { matchId: f.matchId, mentorId: f.mentorId, mentorName: byId.get(f.mentorId)?.name ?? f.mentorId, consumerId, consumerName, status: TRAINING_LABELS[f.trainingStatus] };
    }),
    leftOut: presentLeftOut(report.issues),
  };
}

export function presentAttendance({ session, mentors }: AttendanceRecord): AttendanceSheet {
  return {
    session: { sessionId: session.id, type: session.type, date: session.date, day: formatDay(session.date), topic: session.topic },
    // By name, so a coordinator finds a mentor in a long list the way they would on paper.
    mentors: mentors.map(({ mentor, attended }) => ({ mentorId: mentor.id, name: mentor.name, attended })).sort((a, b) => a.name.localeCompare(b.name) || a.mentorId.localeCompare(b.mentorId)),
  };
}

/** The session just added, as the Training view names it when it has reloaded. */
export function presentPlannedSession(session: TrainingSession): PlannedSession {
  return { sessionId: session.id, type: session.type, date: session.date, day: formatDay(session.date), start: session.start, topic: session.topic };
}

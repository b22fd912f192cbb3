// This file records who came to a training session from the sidebar's checklist, and answers "who was there".
import { DomainError } from '../domain/errors';
import { attendanceToCells } from '../domain/mappers/attendance.mapper';
import { requireSessionHeld } from '../domain/training';
import type { Mentor, TrainingSession } from '../domain/model';
import type { WorkbookModel } from '../domain/workbook-reader';
import { AppPorts, writeSession } from './app-ports';
import { requireId } from './check-input';

export interface AttendanceRecord {
  session: TrainingSession;
  /** Active mentors, and anyone marked as attending. */
  mentors: { mentor: Mentor; attended: boolean }[];
}

export interface AttendanceResult {
  added: number;
  updated: number;
}

function sessionGone(id: string): DomainError {
  return new DomainError('RECORD.GONE', `The session ${id} is no longer on the Trainings tab. Refresh and try again.`);
}

export function readAttendance(model: WorkbookModel, sessionId: string): AttendanceRecord {
  const id = requireId(sessionId, 'session');
  const session = model.trainings.find((s) => s.id === id);
  if (!session) throw sessionGone(id);
  const attended = new Set(model.attendance.filter((a) => a.sessionId === id && a.attended).map((a) => a.mentorId));
  return { session, mentors: model.mentors.filter((m) => m.status !== 'inactive' || attended.has(m.id)).map((mentor) => ({ mentor, attended: attended.has(mentor.id) })) };
}

/** Marks who came to a session: new rows for newly ticked mentors, "No" on rows of mentors unticked. */
export function recordAttendance(ports: AppPorts, request: { sessionId: string; mentorIds: string[] }): AttendanceResult {
  const sessionId = requireId(request?.sessionId, 'session');
  const ticked = new Set((Array.isArray(request.mentorIds) ? request.mentorIds : []).map((id) => requireId(id, 'mentor')));
  return writeSession(ports, (session) => {
    const model = session.model();
    const held = model.trainings.find((s) => s.id === sessionId);
    if (!held) throw sessionGone(sessionId);
    requireSessionHeld(held, ports.clock.today());
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
      session.append('attendance', attendanceToCells({ sessionId, mentorId, attended: true }));
      added++;
    }
    if (added || updated) session.audit({ action: 'training.attendance', record: sessionId, details: `${added} added; ${updated} changed` });
    return { added, updated };
  });
}

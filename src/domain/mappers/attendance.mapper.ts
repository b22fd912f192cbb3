// This file maps an Attendance row to its record: the one place that knows which field feeds which
// property. The other way, a record to its row's cells, is the same for every tab (record-cells.ts, from schema.ts).
import type { Attendance } from '../model';
import { ParsedRow, str } from './row-values';

/** An Attendance row → the Attendance record (attendance rows have no ID). */
export function attendanceFromRow(row: ParsedRow): Attendance {
  return {
    sessionId: str(row.values.sessionId), mentorId: str(row.values.mentorId),
    // A sign-in sheet often lists only those who came: a row with the Attended cell blank counts as attended.
    attended: (row.values.attended as boolean | null) ?? true, source: row.ref,
  };
}

// This file maps an Attendance row to its record and the record back to the row's cells: the one place that
// knows which field feeds which property (a property is written under the schema field of the same name).
import type { Attendance } from '../model';
import type { Cell } from '../values';
import { fieldCells } from './cell-values';
import { ParsedRow, str } from './row-values';

/** An Attendance row → the Attendance record (attendance rows have no ID). */
export function attendanceFromRow(row: ParsedRow): Attendance {
  return {
    sessionId: str(row.values.sessionId), mentorId: str(row.values.mentorId),
    // A sign-in sheet often lists only those who came: a row with the Attended cell blank counts as attended.
    attended: (row.values.attended as boolean | null) ?? true, source: row.ref,
  };
}

/** The Attendance record (or the properties of it that change) → its Attendance row's cells, by field. */
export function attendanceToCells(attendance: Partial<Attendance>): Record<string, Cell> {
  return fieldCells('attendance', attendance);
}

// This file maps a Mentors row to its record and the record back to the row's cells: the one place that knows
// which field feeds which property (a property is written under the schema field of the same name).
import type { Mentor } from '../model';
import type { Cell } from '../values';
import { fieldCells } from './cell-values';
import type { GoalArea } from '../goal-areas';
import { IdentifiedRow, list, personName, str, strOrNull } from './row-values';

/** A Mentors row (with its ID) → the Mentor record. */
export function mentorFromRow({ row, id }: IdentifiedRow): Mentor {
  const v = row.values;
  return {
    id, name: personName(v), email: strOrNull(v.email), phone: strOrNull(v.phone), phoneExtension: strOrNull(v.phoneExtension), address: strOrNull(v.address), city: strOrNull(v.city),
    zip: strOrNull(v.zip), languages: list(v.languages), availability: list(v.availability), travelMode: (v.travelMode as Mentor['travelMode']) ?? null,
    notes: str(v.notes), source: row.ref, skills: list<GoalArea>(v.skills), maxMentees: (v.maxMentees as number | null) ?? null,
    status: (v.status as Mentor['status']) ?? null, livedExperience: list(v.livedExperience), initialTrainingOn: strOrNull(v.initialTrainingOn),
    gender: strOrNull(v.gender),
  };
}

/** The Mentor record (or the properties of it that change) → its Mentors row's cells, by field. */
export function mentorToCells(mentor: Partial<Mentor>): Record<string, Cell> {
  return fieldCells('mentors', mentor);
}

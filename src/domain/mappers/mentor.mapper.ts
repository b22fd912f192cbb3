// This file maps a Mentors row to its record: the one place that knows which field feeds which
// property. The other way, a record to its row's cells, is the same for every tab (record-cells.ts, from schema.ts).
import type { Mentor } from '../model';
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

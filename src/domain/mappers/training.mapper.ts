// This file maps a Trainings row to its record: the one place that knows which field feeds which
// property. The other way, a record to its row's cells, is the same for every tab (record-cells.ts, from schema.ts).
import type { TrainingSession } from '../model';
import { IdentifiedRow, str } from './row-values';

/** A Trainings row (with its ID) → the TrainingSession record. */
export function trainingFromRow({ row, id }: IdentifiedRow): TrainingSession {
  return {
    id, type: row.values.type as TrainingSession['type'], date: str(row.values.date), start: str(row.values.start), end: str(row.values.end),
    location: str(row.values.location), topic: str(row.values.topic), source: row.ref,
  };
}

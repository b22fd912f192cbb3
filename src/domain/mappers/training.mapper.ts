// This file maps a Trainings row to its record and the record back to the row's cells: the one place that knows
// which field feeds which property (a property is written under the schema field of the same name).
import type { TrainingSession } from '../model';
import type { Cell } from '../values';
import { fieldCells } from './cell-values';
import { IdentifiedRow, str } from './row-values';

/** A Trainings row (with its ID) → the TrainingSession record. */
export function trainingFromRow({ row, id }: IdentifiedRow): TrainingSession {
  return {
    id, type: row.values.type as TrainingSession['type'], date: str(row.values.date), start: str(row.values.start), end: str(row.values.end),
    location: str(row.values.location), topic: str(row.values.topic), source: row.ref,
  };
}

/** The TrainingSession record (or the properties of it that change) → its Trainings row's cells, by field. */
export function trainingToCells(training: Partial<TrainingSession>): Record<string, Cell> {
  return fieldCells('trainings', training);
}

// This file maps a Reviews row to its record and the record back to the row's cells: the one place that knows
// which field feeds which property (a property is written under the schema field of the same name).
import type { Review } from '../model';
import type { Cell } from '../values';
import { fieldCells } from './cell-values';
import { IdentifiedRow, list, str, strOrNull } from './row-values';

/** A Reviews row (with its ID) → the Review record. */
export function reviewFromRow({ row, id }: IdentifiedRow): Review {
  return {
    id, matchId: str(row.values.matchId), date: str(row.values.date), kind: (row.values.kind as Review['kind']) ?? 'review',
    attendees: list(row.values.attendees), goalId: strOrNull(row.values.goalId), progress: str(row.values.progress),
    minutes: (row.values.minutes as number | null) ?? null, notes: str(row.values.notes), nextReview: strOrNull(row.values.nextReview), source: row.ref,
  };
}

/** The Review record (or the properties of it that change) → its Reviews row's cells, by field. */
export function reviewToCells(review: Partial<Review>): Record<string, Cell> {
  return fieldCells('reviews', review);
}

// This file maps a Reviews row to its record: the one place that knows which field feeds which
// property. The other way, a record to its row's cells, is the same for every tab (record-cells.ts, from schema.ts).
import type { Review } from '../model';
import { IdentifiedRow, list, str, strOrNull } from './row-values';

/** A Reviews row (with its ID) → the Review record. */
export function reviewFromRow({ row, id }: IdentifiedRow): Review {
  return {
    id, matchId: str(row.values.matchId), date: str(row.values.date), kind: (row.values.kind as Review['kind']) ?? 'review',
    attendees: list(row.values.attendees), goalId: strOrNull(row.values.goalId), progress: str(row.values.progress),
    minutes: (row.values.minutes as number | null) ?? null, notes: str(row.values.notes), nextReview: strOrNull(row.values.nextReview), source: row.ref,
  };
}

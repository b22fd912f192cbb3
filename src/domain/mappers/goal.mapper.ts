// This file maps a Goals row to its record: the one place that knows which field feeds which
// property. The other way, a record to its row's cells, is the same for every tab (record-cells.ts, from schema.ts).
import type { GoalArea } from '../goal-areas';
import type { Goal } from '../model';
import { IdentifiedRow, str, strOrNull } from './row-values';

/** A Goals row (with its ID) → the Goal record. */
export function goalFromRow({ row, id }: IdentifiedRow): Goal {
  return {
    id, consumerId: str(row.values.consumerId), area: row.values.area as GoalArea, goal: str(row.values.goal), objectives: str(row.values.objectives),
    status: (row.values.status as Goal['status']) ?? 'not-started', setOn: strOrNull(row.values.setOn), targetDate: strOrNull(row.values.targetDate),
    metOn: strOrNull(row.values.metOn), matchId: strOrNull(row.values.matchId), source: row.ref,
  };
}

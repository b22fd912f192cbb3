// This file maps a Goals row to its record and the record back to the row's cells: the one place that knows
// which field feeds which property (a property is written under the schema field of the same name).
import type { GoalArea } from '../goal-areas';
import type { Goal } from '../model';
import type { Cell } from '../values';
import { fieldCells } from './cell-values';
import { IdentifiedRow, str, strOrNull } from './row-values';

/** A Goals row (with its ID) → the Goal record. */
export function goalFromRow({ row, id }: IdentifiedRow): Goal {
  return {
    id, consumerId: str(row.values.consumerId), area: row.values.area as GoalArea, goal: str(row.values.goal), objectives: str(row.values.objectives),
    status: (row.values.status as Goal['status']) ?? 'not-started', setOn: strOrNull(row.values.setOn), targetDate: strOrNull(row.values.targetDate),
    metOn: strOrNull(row.values.metOn), matchId: strOrNull(row.values.matchId), source: row.ref,
  };
}

/** The Goal record (or the properties of it that change) → its Goals row's cells, by field. */
export function goalToCells(goal: Partial<Goal>): Record<string, Cell> {
  return fieldCells('goals', goal);
}

// This file maps a Consumers row to its record and the record back to the row's cells: the one place that knows
// which field feeds which property (a property is written under the schema field of the same name).
import type { Consumer } from '../model';
import type { Cell } from '../values';
import { fieldCells } from './cell-values';
import type { GoalArea } from '../goal-areas';
import { IdentifiedRow, list, personName, str, strOrNull } from './row-values';

/** A Consumers row (with its ID) → the Consumer record. */
export function consumerFromRow({ row, id }: IdentifiedRow): Consumer {
  const v = row.values;
  return {
    id, name: personName(v), email: strOrNull(v.email), phone: strOrNull(v.phone), phoneExtension: strOrNull(v.phoneExtension), address: strOrNull(v.address), city: strOrNull(v.city),
    zip: strOrNull(v.zip), languages: list(v.languages), availability: list(v.availability), travelMode: (v.travelMode as Consumer['travelMode']) ?? null,
    notes: str(v.notes), source: row.ref, goalAreas: list<GoalArea>(v.goalAreas), preferences: str(v.preferences),
    livedExperienceWanted: list(v.livedExperienceWanted), adaEligible: (v.adaEligible as boolean | null) ?? null,
    status: (v.status as Consumer['status']) ?? null, requestedOn: strOrNull(v.requestedOn),
  };
}

/** The Consumer record (or the properties of it that change) → its Consumers row's cells, by field. */
export function consumerToCells(consumer: Partial<Consumer>): Record<string, Cell> {
  return fieldCells('consumers', consumer);
}

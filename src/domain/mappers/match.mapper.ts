// This file maps a Matches row to its record and the record back to the row's cells: the one place that
// knows which field feeds which property (a property is written under the schema field of the same name).
import type { Match } from '../model';
import type { Cell } from '../values';
import { fieldCells } from './cell-values';
import { IdentifiedRow, str, strOrNull } from './row-values';

/** A Matches row (with its ID) → the Match record. */
export function matchFromRow({ row, id }: IdentifiedRow): Match {
  return {
    id, consumerId: str(row.values.consumerId), mentorId: str(row.values.mentorId), status: row.values.status as Match['status'],
    score: (row.values.score as number | null) ?? null, reasons: str(row.values.reasons), proposedOn: strOrNull(row.values.proposedOn),
    introOn: strOrNull(row.values.introOn), introTime: str(row.values.introTime), introPlace: str(row.values.introPlace), startedOn: strOrNull(row.values.startedOn), endedOn: strOrNull(row.values.endedOn),
    declinedBy: (row.values.declinedBy as Match['declinedBy']) ?? null, declineReason: str(row.values.declineReason),
    mentorDecision: (row.values.mentorDecision as Match['mentorDecision']) ?? null, consumerDecision: (row.values.consumerDecision as Match['consumerDecision']) ?? null, source: row.ref,
  };
}

/** The Match record (or the properties of it that change) → its Matches row's cells, by field. */
export function matchToCells(match: Partial<Match>): Record<string, Cell> {
  return fieldCells('matches', match);
}

// This file maps a Matches row to its record: the one place that knows which field feeds which
// property. The other way, a record to its row's cells, is the same for every tab (record-cells.ts, from schema.ts).
import type { Match } from '../model';
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

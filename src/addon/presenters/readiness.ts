// This file is how the sidebar shows readiness: a heading and the counts in words, then each blocker with its fix,
// the control that applies it, and the cells to look at (each with where it is, in the words a coordinator reads).
import { describeLocation } from '../../domain/errors';
import type { Readiness } from '../../domain/readiness';
import type { ReadinessView } from '../../shared/rpc-contract';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function presentReadiness(readiness: Readiness): ReadinessView {
  return {
    ready: readiness.ready,
    mentors: readiness.mentors,
    mentorsSuggestable: readiness.mentorsSuggestable,
    consumers: readiness.consumers,
    consumersWaitingEligible: readiness.consumersWaitingEligible,
    heading: readiness.ready ? 'You can match today' : 'Not ready to match yet',
    summary: `${readiness.mentorsSuggestable} of ${plural(readiness.mentors, 'mentor')} can be suggested; ${readiness.consumersWaitingEligible} of ${plural(readiness.consumers, 'consumer')} are waiting and eligible.`,
    blockers: readiness.blockers.map((blocker) => ({
      code: blocker.code,
      blocks: blocker.blocks,
      message: blocker.message,
      fix: blocker.fix,
      action: blocker.action,
      cells: blocker.cells.map((cell) => ({
        tab: cell.tab,
        row: cell.row ?? null,
        column: cell.column ?? null,
        where: describeLocation(cell),
        note: cell.note ?? null,
      })),
    })),
  };
}

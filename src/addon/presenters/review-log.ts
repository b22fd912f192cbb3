// This file is the sidebar's Reviews view of the review log answer: who, what and when in words, and the rows left out.
import type { DueItem, ReviewReport } from '../../app/list-reviews-due';
import { formatDay } from '../../domain/dates';
import type { WorkbookModel } from '../../domain/workbook-reader';
import type { ReviewDueView, ReviewLog } from '../../shared/rpc-contract';
import { presentLeftOut } from './left-out';
import { namesOf, presentMatchSummary } from './people';

function dueText(daysOverdue: number): string {
  if (daysOverdue > 0) return `${daysOverdue} day${daysOverdue === 1 ? '' : 's'} overdue`;
  if (daysOverdue === 0) return 'due today';
  return `due in ${-daysOverdue} day${daysOverdue === -1 ? '' : 's'}`;
}

function stateOf(item: DueItem): string {
  return item.daysOverdue > 0 ? 'overdue' : item.daysOverdue === 0 ? 'due' : 'upcoming';
}

export function presentReviewLog(report: ReviewReport, model: WorkbookModel): ReviewLog {
  const byId = new Map(model.matches.map((m) => [m.id, m]));
  const names = namesOf(model);
  const due: ReviewDueView[] = [...report.due, ...report.upcoming].map((d) => {
    const match = byId.get(d.matchId)!;
    return {
      matchId: d.matchId, consumerId: match.consumerId, consumerName: names.consumer(match.consumerId), mentorId: match.mentorId, mentorName: names.mentor(match.mentorId),
      kind: d.kind, dueOn: d.dueOn, dueInDays: -d.daysOverdue, state: stateOf(d), text: `${d.kind === 'review' ? 'Review' : 'Check-in'} ${dueText(d.daysOverdue)} (${formatDay(d.dueOn)})`,
    };
  });
  return { due, activeMatches: model.matches.filter((m) => m.status === 'active').map((m) => presentMatchSummary(model, m)), leftOut: presentLeftOut(report.issues) };
}

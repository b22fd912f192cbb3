// This file logs a three-way review or a mentor check-in: a row per goal discussed on Reviews, each goal's progress
// and status on Goals, and the next review date, written together under the lock.
import { DomainError } from '../domain/errors';
import { isGoalStatus } from '../domain/goals';
import { changedCells } from '../domain/mappers/cell-values';
import { goalToCells } from '../domain/mappers/goal.mapper';
import { reviewToCells } from '../domain/mappers/review.mapper';
import type { GoalStatus, IsoDate } from '../domain/model';
import { logReview as logReviewEntry } from '../domain/reviews';
import { AppPorts, settingsOf, writeSession } from './app-ports';
import { requireDate, requireId } from './check-input';
import { findMatch } from './find-records';

export interface ReviewInput {
  matchId: string;
  kind: 'review' | 'check-in';
  date: IsoDate;
  attendees: string[];
  minutes: number | null;
  notes: string;
  progress: { goalId: string; progress: string; status?: string }[];
  nextReview?: IsoDate | null;
}

export interface ReviewLogged {
  reviewIds: string[];
  goalsUpdated: string[];
  nextReview: IsoDate | null;
}

export function logReview(ports: AppPorts, input: ReviewInput): ReviewLogged {
  const matchId = requireId(input?.matchId, 'match');
  if (input.kind !== 'review' && input.kind !== 'check-in') throw new DomainError('INPUT.BAD_KIND', 'Choose a review or a check-in.');
  const date = requireDate(input.date, 'date of the meeting');
  const progress = (Array.isArray(input.progress) ? input.progress : []).map((p) => {
    const status = p.status ? String(p.status) : undefined;
    if (status !== undefined && !isGoalStatus(status)) throw new DomainError('GOAL.BAD_STATUS', `"${status}" is not a goal status.`);
    return { goalId: requireId(p.goalId, 'goal'), progress: String(p.progress ?? '').slice(0, 500), status: status as GoalStatus | undefined };
  });
  return writeSession(ports, (session) => {
    const model = session.model();
    const match = findMatch(model, matchId);
    const { tab } = session.table('reviews');
    const logged = logReviewEntry(
      {
        matchId, kind: input.kind, date, attendees: (Array.isArray(input.attendees) ? input.attendees : []).map(String).slice(0, 10),
        minutes: typeof input.minutes === 'number' ? input.minutes : null, notes: String(input.notes ?? '').slice(0, 2000), progress,
        nextReview: input.nextReview ? requireDate(input.nextReview, 'next review date') : null,
      },
      { match, goals: model.goals, newId: () => session.nextId('reviews'), asOf: ports.clock.today(), settings: settingsOf(session), tab },
    );
    for (const review of logged.reviews) session.append('reviews', reviewToCells(review));
    for (const goal of logged.goals) {
      const before = model.goals.find((g) => g.id === goal.id)!;
      session.update('goals', goal.id, changedCells(goalToCells, before, goal));
    }
    session.audit({ action: `review.${input.kind}`, record: match.id, details: `${logged.reviews.length} rows; ${logged.goals.length} goals updated` });
    return { reviewIds: logged.reviews.map((r) => r.id), goalsUpdated: logged.goals.map((g) => g.id), nextReview: logged.nextReview };
  });
}

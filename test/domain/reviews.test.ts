import { DomainError } from '../../src/domain/errors';
import { logReview, reviewSchedule, reviewTimeliness, validateReviews } from '../../src/domain/reviews';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { aGoal, aMatch, aReview } from '../helpers/builders';

const settings = { reviewIntervalDays: 90, checkInIntervalDays: 30, reviewUpcomingDays: 14 };
const active = aMatch({ id: 'X-1', status: 'active', proposedOn: '2026-01-01', introOn: '2026-01-10', startedOn: '2026-01-15' });

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('review schedule for an active match started 2026-01-15', () => {
  it.each([
    ['2026-04-14', 'review', '2026-04-15', -1, 'upcoming'],
    ['2026-04-15', 'review', '2026-04-15', 0, 'due'],
    ['2026-04-16', 'review', '2026-04-15', 1, 'overdue'],
    ['2026-02-13', 'check-in', '2026-02-14', -1, 'upcoming'],
    ['2026-02-14', 'check-in', '2026-02-14', 0, 'due'],
    ['2026-02-15', 'check-in', '2026-02-14', 1, 'overdue'],
    ['2026-01-20', 'review', '2026-04-15', -85, 'scheduled'],
  ])('as of %s the %s due %s is %i days overdue (%s)', (asOf, kind, dueOn, daysOverdue, state) => {
    const entry = reviewSchedule([active], [], asOf, settings).find((e) => e.kind === kind);
    expect(entry).toEqual({ matchId: 'X-1', kind, lastOn: null, dueOn, daysOverdue, state });
  });

  it('counts from the last review and its written next-review date, and from any contact for check-ins', () => {
    const reviews = [
      aReview({ id: 'R-1', matchId: 'X-1', kind: 'check-in', date: '2026-02-10' }),
      aReview({ id: 'R-2', matchId: 'X-1', kind: 'review', date: '2026-04-01', nextReview: null }),
      aReview({ id: 'R-3', matchId: 'X-1', kind: 'review', date: '2026-05-01', nextReview: '2026-06-15' }),
      aReview({ id: 'R-4', matchId: 'X-1', kind: 'check-in', date: '2026-09-01' }), // after the as-of date
    ];
    const schedule = reviewSchedule([active], reviews, '2026-06-20', settings);
    expect(schedule).toEqual([
      { matchId: 'X-1', kind: 'check-in', lastOn: '2026-05-01', dueOn: '2026-05-31', daysOverdue: 20, state: 'overdue' },
      { matchId: 'X-1', kind: 'review', lastOn: '2026-05-01', dueOn: '2026-06-15', daysOverdue: 5, state: 'overdue' },
    ]);
    const unscheduled = reviewSchedule([active], reviews.slice(0, 2), '2026-06-20', settings).find((e) => e.kind === 'review');
    expect(unscheduled!.dueOn).toBe('2026-06-30');
  });

  it('lists only active matches', () => {
    const others = (['proposed', 'completed', 'closed', 'declined'] as const).map((status, i) => aMatch({ id: `X-${i + 2}`, status, startedOn: '2026-01-15', endedOn: '2026-03-01' }));
    expect(reviewSchedule(others, [], '2026-06-20', settings)).toEqual([]);
  });
});

describe('validateReviews', () => {
  const closed = aMatch({ id: 'X-2', status: 'closed', startedOn: '2026-01-15', endedOn: '2026-03-01' });
  const declined = aMatch({ id: 'X-3', status: 'declined', endedOn: '2026-01-20' });
  const goal = aGoal({ id: 'G-1', consumerId: 'C-0001' });
  const otherGoal = aGoal({ id: 'G-2', consumerId: 'C-0002' });

  it.each([
    [{ matchId: 'X-9' }, 'REVIEW.UNKNOWN_MATCH', 'Match ID'],
    [{ matchId: 'X-3' }, 'REVIEW.MATCH_NOT_ACTIVE', 'Match ID'],
    [{ matchId: 'X-2', date: '2026-03-02' }, 'REVIEW.MATCH_CLOSED', 'Date'],
    [{ matchId: 'X-1', date: '2026-01-14' }, 'REVIEW.DATES_OUT_OF_ORDER', 'Date'],
    [{ matchId: 'X-1', date: '2026-03-01', nextReview: '2026-02-01' }, 'REVIEW.DATES_OUT_OF_ORDER', 'Next review'],
  ])('reports %o and leaves it out', (overrides, code, column) => {
    const bad = aReview({ ...overrides, id: 'R-9', source: { tab: 'Reviews', row: 10 } });
    const good = aReview({ id: 'R-1', matchId: 'X-1', date: '2026-02-01' });
    const { valid, issues } = validateReviews([good, bad], [active, closed, declined], [goal]);
    expect(valid).toEqual([good]);
    expect(issues).toEqual([expect.objectContaining({ code, location: { tab: 'Reviews', row: 10, column } })]);
  });

  it('keeps a review of a closed match held while it was active', () => {
    const review = aReview({ matchId: 'X-2', date: '2026-03-01' });
    expect(validateReviews([review], [closed], []).valid).toEqual([review]);
  });

  it('drops only the goal link when the goal is not the consumer\'s', () => {
    const review = aReview({ matchId: 'X-1', date: '2026-02-01', goalId: 'G-2', source: { tab: 'Reviews', row: 4 } });
    const { valid, issues } = validateReviews([review], [active], [goal, otherGoal]);
    expect(valid).toEqual([{ ...review, goalId: null }]);
    expect(issues[0]).toMatchObject({ code: 'REVIEW.UNKNOWN_GOAL', location: { tab: 'Reviews', row: 4, column: 'Goal ID' } });
  });
});

describe('logReview', () => {
  const goals = [aGoal({ id: 'G-1', matchId: 'X-1', setOn: '2026-01-15' }), aGoal({ id: 'G-2', matchId: 'X-1', area: 'transportation', setOn: '2026-01-15' })];
  let n = 0;
  const context = { match: active, goals, newId: () => `R-${++n}`, asOf: '2026-04-20', settings: DEFAULT_SETTINGS };
  const entry = {
    matchId: 'X-1', kind: 'review' as const, date: '2026-04-18', attendees: ['Mentor', 'Consumer', 'Coordinator'], minutes: 60, notes: '',
    progress: [{ goalId: 'G-1', progress: 'Started a new job', status: 'met' as const }, { goalId: 'G-2', progress: 'Rode the bus with mentor' }],
  };

  it('writes one row per goal, schedules the next review and marks the goal met on the review date', () => {
    n = 0;
    const logged = logReview(entry, context);
    expect(logged.reviews.map((r) => [r.id, r.goalId, r.nextReview])).toEqual([['R-1', 'G-1', '2026-07-17'], ['R-2', 'G-2', '2026-07-17']]);
    expect(logged.goals).toEqual([{ ...goals[0], status: 'met', metOn: '2026-04-18' }]);
    expect(logged.nextReview).toBe('2026-07-17');
  });

  it('logs a check-in without a next review and without changing goals', () => {
    const logged = logReview({ ...entry, kind: 'check-in', progress: [] }, context);
    expect(logged.reviews).toHaveLength(1);
    expect(logged.reviews[0]).toMatchObject({ kind: 'check-in', goalId: null, nextReview: null });
    expect(logged.goals).toEqual([]);
  });

  it.each([
    ['a closed match', { match: { ...active, status: 'closed' as const, endedOn: '2026-04-01' } }, {}, 'REVIEW.MATCH_CLOSED'],
    ['a proposed match', { match: { ...active, status: 'proposed' as const } }, {}, 'REVIEW.MATCH_NOT_ACTIVE'],
    ['a date after today', {}, { date: '2026-04-21' }, 'REVIEW.FUTURE_DATE'],
    ['a date before the match started', {}, { date: '2026-01-14' }, 'REVIEW.DATES_OUT_OF_ORDER'],
    ['a next review before this one', {}, { nextReview: '2026-04-01' }, 'REVIEW.DATES_OUT_OF_ORDER'],
    ['another consumer\'s goal', { goals: [aGoal({ id: 'G-1', consumerId: 'C-0002' })] }, {}, 'REVIEW.UNKNOWN_GOAL'],
    ['withdrawing a goal already met', { goals: [aGoal({ id: 'G-1', status: 'met', metOn: '2026-03-01' })] }, { progress: [{ goalId: 'G-1', progress: '', status: 'withdrawn' as const }] }, 'GOAL.BAD_STATUS'],
  ])('refuses %s', (_what, contextOverrides, entryOverrides, code) => {
    expect(codeOf(() => logReview({ ...entry, ...entryOverrides }, { ...context, ...contextOverrides }))).toBe(code);
  });
});

describe('reviewTimeliness', () => {
  it('counts reviews held by their due date as on time and missed ones as late', () => {
    const reviews = [
      aReview({ matchId: 'X-1', date: '2026-04-10' }), // due 2026-04-15: on time
      aReview({ matchId: 'X-1', date: '2026-04-10', goalId: 'G-2' }), // the same review, second goal
      aReview({ matchId: 'X-1', date: '2026-07-20', nextReview: '2026-09-01' }), // due 2026-07-09: late
      // due 2026-09-01 by the written date: not held by 2026-10-01, so late
    ];
    expect(reviewTimeliness([active], reviews, '2026-01-01', '2026-10-01', settings)).toEqual({ due: 3, onTime: 1, late: 2 });
    expect(reviewTimeliness([active], reviews, '2026-05-01', '2026-10-01', settings)).toEqual({ due: 2, onTime: 0, late: 2 });
    expect(reviewTimeliness([active], reviews, '2026-01-01', '2026-04-14', settings)).toEqual({ due: 0, onTime: 0, late: 0 });
  });
});

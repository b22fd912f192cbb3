import { DomainError } from '../../src/domain/errors';
import {
  activateMatch, blockedPairs, closeMatchEarly, declineMatch, isPairBlocked, MatchEvent, MATCH_STATUS_LABELS, proposeMatch, readChosenDeclineReason, readDeclineReason, reopenMatch,
  transitionMatch, validateMatches,
} from '../../src/domain/lifecycle';
import { MatchStatus } from '../../src/domain/model';
import { aConsumer, aGoal, aMatch, aMentor } from '../helpers/builders';

const ASOF = '2026-06-01';
const STATUSES: MatchStatus[] = ['proposed', 'intro-scheduled', 'active', 'completed', 'closed', 'declined'];
const goalReady = aGoal({ matchId: null });
const EVENTS: Record<string, MatchEvent> = {
  'schedule-intro': { type: 'schedule-intro', on: '2026-06-10' },
  activate: { type: 'activate', goals: [goalReady], on: '2026-05-20' },
  decline: { type: 'decline', by: 'consumer', reason: 'schedules', on: '2026-05-20' },
  complete: { type: 'complete', on: '2026-05-30' },
  close: { type: 'close', on: '2026-05-30' },
};
const ALLOWED: Record<string, Partial<Record<MatchStatus, MatchStatus>>> = {
  'schedule-intro': { proposed: 'intro-scheduled', 'intro-scheduled': 'intro-scheduled' },
  activate: { 'intro-scheduled': 'active' },
  decline: { proposed: 'declined', 'intro-scheduled': 'declined' },
  complete: { active: 'completed' },
  close: { active: 'closed' },
};

function matchIn(status: MatchStatus) {
  return aMatch({
    status, proposedOn: '2026-04-01', introOn: status === 'proposed' ? null : '2026-04-10',
    startedOn: ['active', 'completed', 'closed'].includes(status) ? '2026-04-15' : null,
  });
}

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('match lifecycle transitions', () => {
  const cases = Object.keys(EVENTS).flatMap((event) => STATUSES.map((from) => [event, from, ALLOWED[event]![from] ?? null] as const));

  it.each(cases)('%s from %s → %s', (event, from, to) => {
    const match = matchIn(from);
    if (to) {
      expect(transitionMatch(match, EVENTS[event]!, ASOF).status).toBe(to);
    } else {
      const error = errorOf(() => transitionMatch(match, EVENTS[event]!, ASOF));
      expect(error.code).toBe('MATCH.BAD_TRANSITION');
      expect(error.message).toContain(`is ${MATCH_STATUS_LABELS[from]}`);
      expect(error.message).toContain(`cannot become ${MATCH_STATUS_LABELS[ALLOWED_TARGET[event]!]}`);
    }
  });

  it('records the date of each step', () => {
    let match = matchIn('proposed');
    match = transitionMatch(match, { type: 'schedule-intro', on: '2026-04-12' }, ASOF);
    expect(match.introOn).toBe('2026-04-12');
    match = transitionMatch(match, { type: 'activate', goals: [goalReady] }, ASOF);
    expect(match.startedOn).toBe(ASOF);
    match = transitionMatch(match, { type: 'complete' }, ASOF);
    expect(match).toMatchObject({ status: 'completed', endedOn: ASOF });
  });

  it('will not activate a match until a goal with objectives is set', () => {
    const match = matchIn('intro-scheduled');
    for (const goals of [[], [aGoal({ objectives: '  ', matchId: null })], [aGoal({ consumerId: 'C-0099', matchId: null })], [aGoal({ matchId: 'X-0042' })], [aGoal({ status: 'withdrawn' })]]) {
      expect(errorOf(() => transitionMatch(match, { type: 'activate', goals }, ASOF)).code).toBe('MATCH.NO_GOALS');
    }
    expect(transitionMatch(match, { type: 'activate', goals: [aGoal({ matchId: match.id })] }, ASOF).status).toBe('active');
  });

  it('refuses dates in the future or before the step they follow', () => {
    expect(errorOf(() => transitionMatch(matchIn('intro-scheduled'), { type: 'activate', goals: [goalReady], on: '2026-06-02' }, ASOF)).code).toBe('MATCH.FUTURE_DATE');
    expect(errorOf(() => transitionMatch(matchIn('intro-scheduled'), { type: 'activate', goals: [goalReady], on: '2026-04-09' }, ASOF)).code).toBe('MATCH.DATES_OUT_OF_ORDER');
    expect(errorOf(() => transitionMatch(matchIn('active'), { type: 'close', on: '2026-04-14' }, ASOF)).code).toBe('MATCH.DATES_OUT_OF_ORDER');
    expect(errorOf(() => transitionMatch(matchIn('proposed'), { type: 'schedule-intro', on: '2026-03-01' }, ASOF)).code).toBe('MATCH.DATES_OUT_OF_ORDER');
    // An intro meeting is usually scheduled ahead of time.
    expect(transitionMatch(matchIn('proposed'), { type: 'schedule-intro', on: '2026-07-01' }, ASOF).introOn).toBe('2026-07-01');
  });
});

const ALLOWED_TARGET: Record<string, MatchStatus> = { 'schedule-intro': 'intro-scheduled', activate: 'active', decline: 'declined', complete: 'completed', close: 'closed' };

describe('declining a match', () => {
  it.each(['mentor', 'consumer', 'coordinator'] as const)('declined by the %s returns the consumer to the pool with the same request date', (by) => {
    const consumer = aConsumer({ status: 'matched', requestedOn: '2025-11-03' });
    const outcome = declineMatch(matchIn('intro-scheduled'), consumer, by, 'distance', ASOF);
    expect(outcome.match).toMatchObject({ status: 'declined', declinedBy: by, declineReason: 'Too far to travel', endedOn: ASOF });
    expect(outcome.consumer).toMatchObject({ status: 'waiting', requestedOn: '2025-11-03' });
    expect(outcome.blockedPair).toEqual({ consumerId: 'C-0001', mentorId: 'M-0001' });
  });

  it('blocks the pair from being proposed again, but not other pairs', () => {
    const declined = declineMatch(matchIn('proposed'), aConsumer(), 'mentor', 'fit', ASOF).match;
    expect(isPairBlocked([declined], 'C-0001', 'M-0001')).toBe(true);
    expect(isPairBlocked([declined], 'C-0001', 'M-0002')).toBe(false);
    expect(blockedPairs([declined, aMatch({ id: 'X-0002', mentorId: 'M-0003', status: 'active' })])).toEqual(new Set(['C-0001|M-0001']));
    const propose = (mentorId: string) => proposeMatch({ id: 'X-0009', consumerId: 'C-0001', mentorId, score: 70, reasons: '', source: { tab: 'Matches', row: 9 } }, [declined], ASOF);
    expect(errorOf(() => propose('M-0001')).code).toBe('MATCH.PAIR_DECLINED');
    expect(propose('M-0002')).toMatchObject({ status: 'proposed', proposedOn: ASOF, mentorId: 'M-0002' });
  });

  it('cannot decline an active match', () => {
    const error = errorOf(() => declineMatch(matchIn('active'), aConsumer(), 'consumer', 'other', ASOF));
    expect(error.code).toBe('MATCH.BAD_TRANSITION');
    expect(error.message).toMatch(/is active and cannot become declined/);
  });

  it.each([
    ['Schedules do not fit', 'schedules'],
    ['Not a good fit', 'fit'],
    ['Moved away', 'moved'],
    ['too far', 'distance'],
    ['', 'other'],
    ['something else entirely', 'other'],
  ])('reads the reason "%s" as %s', (text, code) => {
    expect(readDeclineReason(text)).toBe(code);
  });
});

describe('activating a match', () => {
  it('links the consumer\'s unlinked goals and shows the consumer as matched', () => {
    const goals = [aGoal({ id: 'G-1', matchId: null }), aGoal({ id: 'G-2', matchId: null, objectives: '' }), aGoal({ id: 'G-3', consumerId: 'C-0002', matchId: null })];
    const result = activateMatch(matchIn('intro-scheduled'), aConsumer({ status: 'waiting' }), goals, ASOF);
    expect(result.match.status).toBe('active');
    expect(result.consumer.status).toBe('matched');
    expect(result.goals.map((g) => [g.id, g.matchId])).toEqual([['G-1', 'X-0001'], ['G-2', 'X-0001']]);
  });
});

describe('validateMatches', () => {
  it.each([
    [{ proposedOn: '2026-03-01', startedOn: '2026-02-01', status: 'active' as const }, 'MATCH.DATES_OUT_OF_ORDER', 'Started on'],
    [{ proposedOn: '2026-03-01', introOn: '2026-03-10', startedOn: '2026-03-20', endedOn: '2026-03-15', status: 'closed' as const }, 'MATCH.DATES_OUT_OF_ORDER', 'Ended on'],
    [{ proposedOn: '2026-03-01', introOn: '2026-02-20', status: 'intro-scheduled' as const }, 'MATCH.DATES_OUT_OF_ORDER', 'Intro on'],
    [{ status: 'active' as const, startedOn: null }, 'MATCH.NO_START_DATE', 'Started on'],
  ])('reports %o with tab, row and column and leaves it out', (overrides, code, column) => {
    const bad = aMatch({ ...overrides, source: { tab: 'Matches', row: 7 } });
    const good = aMatch({ id: 'X-0002', status: 'active', startedOn: '2026-02-20' });
    const { valid, issues } = validateMatches([bad, good]);
    expect(valid).toEqual([good]);
    expect(issues).toEqual([expect.objectContaining({ code, location: { tab: 'Matches', row: 7, column } })]);
  });
});

describe('asking first and undoing', () => {
  it('needs a reason to decline: a blank choice is refused, words are read as a listed reason', () => {
    expect(errorOf(() => readChosenDeclineReason('  ')).code).toBe('MATCH.REASON_REQUIRED');
    expect(errorOf(() => readChosenDeclineReason(undefined)).code).toBe('MATCH.REASON_REQUIRED');
    expect(readChosenDeclineReason('Schedules do not fit')).toBe('schedules');
  });

  it('needs a reason to close a match early, and keeps it for the Audit tab', () => {
    const match = matchIn('active');
    const consumer = aConsumer({ id: match.consumerId, status: 'matched' });
    expect(errorOf(() => closeMatchEarly(match, consumer, '', ASOF)).code).toBe('MATCH.REASON_REQUIRED');
    const closed = closeMatchEarly(match, consumer, '  Moved out of state ', ASOF, '2026-05-30');
    expect(closed).toMatchObject({ match: { status: 'closed', endedOn: '2026-05-30' }, consumer: { status: 'inactive' }, reason: 'Moved out of state' });
  });

  it('reopens a declined match where it was, lifting the pair block, with a reason', () => {
    const match = { ...matchIn('intro-scheduled'), status: 'declined' as const, endedOn: '2026-04-20', declinedBy: 'consumer' as const, declineReason: 'Schedules do not fit', mentorDecision: 'yes' as const, consumerDecision: 'no' as const };
    const consumer = aConsumer({ id: match.consumerId, status: 'waiting' });
    const mentor = aMentor({ id: match.mentorId, maxMentees: 1 });
    expect(isPairBlocked([match], match.consumerId, match.mentorId)).toBe(true);
    expect(errorOf(() => reopenMatch(match, consumer, mentor, ' ', [match], ASOF)).code).toBe('MATCH.REASON_REQUIRED');
    const reopened = reopenMatch(match, consumer, mentor, 'Declined by mistake', [match], ASOF);
    expect(reopened.match).toMatchObject({ status: 'intro-scheduled', endedOn: null, declinedBy: null, declineReason: '', introOn: '2026-04-10', mentorDecision: null, consumerDecision: null });
    expect(reopened.consumer.status).toBe('matched');
    expect(reopened.unblockedPair).toEqual({ consumerId: match.consumerId, mentorId: match.mentorId });
    expect(isPairBlocked([reopened.match], match.consumerId, match.mentorId)).toBe(false);
    const proposed = reopenMatch({ ...match, introOn: null }, consumer, mentor, 'Declined by mistake', [match], ASOF);
    expect(proposed.match.status).toBe('proposed');
  });

  it('reopens a closed match as active, with its consumer matched again', () => {
    const match = { ...matchIn('closed'), endedOn: '2026-05-01' };
    const reopened = reopenMatch(match, aConsumer({ id: match.consumerId, status: 'inactive' }), aMentor({ id: match.mentorId }), 'Closed the wrong match', [match], ASOF);
    expect(reopened).toMatchObject({ match: { status: 'active', endedOn: null, startedOn: '2026-04-15' }, consumer: { status: 'matched' }, unblockedPair: null });
  });

  it('refuses to reopen an open or completed match, or when the consumer or mentor has moved on', () => {
    const mentor = aMentor({ maxMentees: 1 });
    for (const status of ['proposed', 'intro-scheduled', 'active', 'completed'] as const) {
      const match = { ...matchIn(status), mentorId: mentor.id };
      expect(errorOf(() => reopenMatch(match, aConsumer({ id: match.consumerId }), mentor, 'why', [match], ASOF)).code).toBe('MATCH.BAD_TRANSITION');
    }
    const closed = { ...matchIn('closed'), id: 'X-1', mentorId: mentor.id, endedOn: '2026-05-01' };
    const consumer = aConsumer({ id: closed.consumerId });
    const consumerMovedOn = aMatch({ id: 'X-2', consumerId: closed.consumerId, mentorId: 'M-0999', status: 'proposed' });
    expect(errorOf(() => reopenMatch(closed, consumer, mentor, 'why', [closed, consumerMovedOn], ASOF)).code).toBe('MATCH.CONSUMER_HAS_MATCH');
    const filledSince = aMatch({ id: 'X-3', consumerId: 'C-0999', mentorId: mentor.id, status: 'active', proposedOn: '2026-05-10' });
    expect(errorOf(() => reopenMatch(closed, consumer, mentor, 'why', [closed, filledSince], ASOF)).code).toBe('MATCH.NO_CAPACITY');
    // A place taken before the ending is not new: undoing the ending restores what was.
    const before = { ...filledSince, proposedOn: '2026-03-01' };
    expect(reopenMatch(closed, consumer, mentor, 'why', [closed, before], ASOF).match.status).toBe('active');
  });
});

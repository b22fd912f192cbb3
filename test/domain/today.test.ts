import { listToday, shareableHealth, TodayInput } from '../../src/domain/today';
import { aConsumer, aMatch, aMentor, aReview, aSession, anAttendance } from '../helpers/builders';
import { aSettings, lookupTestZip } from './matching/program';

const today = '2026-11-22';

function aProgram(overrides: Partial<TodayInput> = {}): TodayInput {
  return {
    mentors: [], consumers: [], goals: [], matches: [], reviews: [], sessions: [], attendance: [], applications: [],
    settings: aSettings(), today, lookupZip: lookupTestZip, ...overrides,
  };
}

describe('the Today list', () => {
  it('is empty for a program with nothing due, and its health line counts nothing', () => {
    const quiet = listToday(aProgram({ mentors: [aMentor({ initialTrainingOn: '2026-10-20' })] }));
    expect(quiet.items).toEqual([]);
    expect(quiet.health).toEqual({ activeMatches: 0, peopleWaiting: 0, medianDaysWaiting: null, reviewsThisQuarter: { from: '2026-10-01', due: 0, onTime: 0 } });
    expect(listToday(aProgram()).items).toEqual([]);
  });

  it('lists each kind of item, in order, with the IDs to act on it', () => {
    const program = aProgram({
      mentors: [
        aMentor({ id: 'M-0001', initialTrainingOn: '2026-10-20' }),
        aMentor({ id: 'M-0002' }),
        aMentor({ id: 'M-0003', initialTrainingOn: '2026-06-01' }),
      ],
      sessions: [aSession({ id: 'T-1', type: 'initial', date: '2026-09-01' }), aSession({ id: 'T-2', date: '2026-11-26', start: '5:00 pm', location: 'Room 2' })],
      attendance: [anAttendance({ sessionId: 'T-1', mentorId: 'M-0002' })],
      consumers: [
        aConsumer({ id: 'C-0001', status: 'matched' }),
        aConsumer({ id: 'C-0002', status: 'matched' }),
        aConsumer({ id: 'C-0003', status: 'matched' }),
        aConsumer({ id: 'C-0004', languages: ['Somali'], requestedOn: '2026-06-01' }),
        aConsumer({ id: 'C-0005', adaEligible: null, requestedOn: '2026-10-01' }),
        aConsumer({ id: 'C-0006', requestedOn: '2026-11-01' }),
        aConsumer({ id: 'C-0007', status: 'inactive', requestedOn: '2026-01-01' }),
      ],
      matches: [
        aMatch({ id: 'X-0001', consumerId: 'C-0001', mentorId: 'M-0001', status: 'intro-scheduled', introOn: '2026-11-25' }),
        aMatch({ id: 'X-0002', consumerId: 'C-0002', mentorId: 'M-0002', status: 'active', introOn: '2026-08-15', startedOn: '2026-08-20' }),
        aMatch({ id: 'X-0003', consumerId: 'C-0003', mentorId: 'M-0003', status: 'active', introOn: '2026-08-25', startedOn: '2026-09-01' }),
        aMatch({ id: 'X-0004', consumerId: 'C-0008', mentorId: 'M-0001', status: 'closed', introOn: '2026-11-24', startedOn: '2026-11-01', endedOn: '2026-11-10' }),
      ],
      reviews: [aReview({ id: 'R-1', matchId: 'X-0002', kind: 'check-in', date: '2026-10-25' })],
      applications: [
        { responseId: 'A-2', form: 'Ask for a peer mentor', name: 'Ana Ruiz', submittedOn: '2026-11-20' },
        { responseId: 'A-1', form: 'Become a peer mentor', name: 'Tou Vang', submittedOn: '2026-11-01' },
        { responseId: 'A-3', form: 'Ask for a peer mentor', name: 'Keisha Brown', submittedOn: null },
      ],
    });
    const { items, health } = listToday(program);
    expect(items).toEqual([
      { kind: 'application', responseId: 'A-3', form: 'Ask for a peer mentor', name: 'Keisha Brown', submittedOn: null, daysWaiting: null },
      { kind: 'application', responseId: 'A-1', form: 'Become a peer mentor', name: 'Tou Vang', submittedOn: '2026-11-01', daysWaiting: 21 },
      { kind: 'application', responseId: 'A-2', form: 'Ask for a peer mentor', name: 'Ana Ruiz', submittedOn: '2026-11-20', daysWaiting: 2 },
      { kind: 'intro', matchId: 'X-0001', consumerId: 'C-0001', mentorId: 'M-0001', introOn: '2026-11-25', daysUntil: 3 },
      { kind: 'review-due', matchId: 'X-0002', consumerId: 'C-0002', mentorId: 'M-0002', reviewKind: 'review', dueOn: '2026-11-18', daysOverdue: 4, lastOn: null },
      { kind: 'review-due', matchId: 'X-0002', consumerId: 'C-0002', mentorId: 'M-0002', reviewKind: 'check-in', dueOn: '2026-11-24', daysOverdue: -2, lastOn: '2026-10-25' },
      { kind: 'no-contact', matchId: 'X-0003', consumerId: 'C-0003', mentorId: 'M-0003', lastContactOn: '2026-09-01', daysSinceContact: 82 },
      { kind: 'training-lapsing', mentorId: 'M-0002', currentUntil: '2026-11-30', nextSession: { sessionId: 'T-2', date: '2026-11-26', start: '5:00 pm', location: 'Room 2', beforeLapse: true } },
      { kind: 'lapsed-with-matches', mentorId: 'M-0003', currentUntil: '2026-08-30', matchIds: ['X-0003'] },
      { kind: 'waiting-no-mentor', consumerId: 'C-0004', daysWaiting: 174, rule: 'MATCH.NO_SHARED_LANGUAGE', reason: '2 of 3 mentors: no language in common' },
      { kind: 'waiting-no-mentor', consumerId: 'C-0005', daysWaiting: 52, rule: 'MATCH.CONSUMER_NOT_ELIGIBLE', reason: 'C-0005 is not marked eligible (a disability under the Americans with Disabilities Act), so no mentor is suggested yet.' },
    ]);
    expect(health).toEqual({ activeMatches: 2, peopleWaiting: 3, medianDaysWaiting: 52, reviewsThisQuarter: { from: '2026-10-01', due: 1, onTime: 0 } });
  });

  it('leaves out intros after this week or already past, and training sessions after the lapse are marked so', () => {
    const program = aProgram({
      mentors: [aMentor({ id: 'M-0001', initialTrainingOn: '2026-09-01' })],
      sessions: [aSession({ id: 'T-9', date: '2026-12-15' })],
      matches: [
        aMatch({ id: 'X-0001', status: 'intro-scheduled', introOn: '2026-11-30' }),
        aMatch({ id: 'X-0002', consumerId: 'C-0002', status: 'intro-scheduled', introOn: '2026-11-21' }),
        aMatch({ id: 'X-0003', consumerId: 'C-0003', status: 'intro-scheduled', introOn: '2026-11-29' }),
      ],
    });
    const { items } = listToday(program);
    expect(items.filter((i) => i.kind === 'intro').map((i) => i.kind === 'intro' && i.matchId)).toEqual(['X-0003']);
    expect(items.find((i) => i.kind === 'training-lapsing')).toEqual({
      kind: 'training-lapsing', mentorId: 'M-0001', currentUntil: '2026-11-30',
      nextSession: { sessionId: 'T-9', date: '2026-12-15', start: '5:00 pm', location: '530 Robert Street North, St Paul', beforeLapse: false },
    });
  });

  it('lists at most ten consumers with no mentor, longest waiting first', () => {
    const consumers = Array.from({ length: 12 }, (_, i) => aConsumer({ id: `C-${String(i + 1).padStart(4, '0')}`, requestedOn: `2026-0${(i % 9) + 1}-01` }));
    const waiting = listToday(aProgram({ consumers })).items;
    expect(waiting).toHaveLength(10);
    expect(waiting.every((i) => i.kind === 'waiting-no-mentor' && i.reason === 'there are no mentors on the Mentors tab')).toBe(true);
    const days = waiting.map((i) => (i.kind === 'waiting-no-mentor' ? i.daysWaiting! : 0));
    expect([...days].sort((a, b) => b - a)).toEqual(days);
    expect(days[0]).toBe(325);
  });
});

describe('the health line for sharing', () => {
  it('hides counts below the threshold and the median of a handful', () => {
    const health = { activeMatches: 24, peopleWaiting: 3, medianDaysWaiting: 52, reviewsThisQuarter: { from: '2026-10-01', due: 12, onTime: 0 } };
    expect(shareableHealth(health, 5)).toEqual({ activeMatches: 24, peopleWaiting: '<5', medianDaysWaiting: null, reviewsDue: 12, reviewsOnTime: 0 });
    expect(shareableHealth({ ...health, peopleWaiting: 9 }, 5).medianDaysWaiting).toBe(52);
    expect(shareableHealth(health, 0).peopleWaiting).toBe(3);
  });
});

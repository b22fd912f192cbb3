import { DomainError } from '../../src/domain/errors';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import {
  flagMatchesOfLapsedMentors, isTrainingCurrent, planTrainingSession, requireSessionHeld, trainingNeeds, trainingStatuses, upcomingSessions, validateAttendance,
} from '../../src/domain/training';
import { aMatch, aMentor, anAttendance, aSession } from '../helpers/builders';

const settings = { trainingIntervalDays: 90, trainingWarningDays: 21 };
const initial = aSession({ id: 'T-1', type: 'initial', date: '2025-12-01' });
const group = aSession({ id: 'T-2', type: 'ongoing', date: '2026-01-15' });
const mentor = aMentor({ id: 'M-1' });

function statusOn(asOf: string) {
  return trainingStatuses({
    mentors: [mentor], sessions: [initial, group], asOf, settings,
    attendance: [anAttendance({ sessionId: 'T-1', mentorId: 'M-1' }), anAttendance({ sessionId: 'T-2', mentorId: 'M-1' })],
  }).get('M-1')!;
}

describe('training status around the end of currency (last session 2026-01-15, current until 2026-04-15)', () => {
  it.each([
    ['2026-03-25', 'current'], // 21 days left: not yet in the warning window
    ['2026-03-26', 'due-soon'], // 20 days left
    ['2026-04-14', 'due-soon'], // the day before the lapse
    ['2026-04-15', 'due-soon'], // the last current day
    ['2026-04-16', 'lapsed'], // the day after
  ])('on %s the mentor is %s', (asOf, status) => {
    const training = statusOn(asOf);
    expect(training).toMatchObject({ status, lastSession: '2026-01-15', currentUntil: '2026-04-15', initialTrainingOn: '2025-12-01' });
    expect(isTrainingCurrent(training)).toBe(status !== 'lapsed');
  });

  it('does not count a session before it happens', () => {
    expect(statusOn('2026-01-14')).toMatchObject({ lastSession: '2025-12-01', currentUntil: '2026-03-01' });
    expect(statusOn('2025-11-30').status).toBe('not-trained');
  });

  it('accepts the initial training date on the mentor row instead of an attendance row', () => {
    const statuses = trainingStatuses({ mentors: [aMentor({ id: 'M-1', initialTrainingOn: '2026-02-01' })], sessions: [], attendance: [], asOf: '2026-03-01', settings });
    expect(statuses.get('M-1')).toMatchObject({ status: 'current', currentUntil: '2026-05-02' });
  });

  it('counts a mentor as not trained when they only went to group sessions, or were marked absent', () => {
    const statuses = trainingStatuses({
      mentors: [aMentor({ id: 'M-1' }), aMentor({ id: 'M-2' })], sessions: [initial, group], asOf: '2026-02-01', settings,
      attendance: [anAttendance({ sessionId: 'T-2', mentorId: 'M-1' }), anAttendance({ sessionId: 'T-1', mentorId: 'M-2', attended: false })],
    });
    expect(statuses.get('M-1')!.status).toBe('not-trained');
    expect(statuses.get('M-2')!.status).toBe('not-trained');
  });
});

describe('validateAttendance', () => {
  const mentors = [aMentor({ id: 'M-1' })];
  const sessions = [initial, group];

  it.each([
    [anAttendance({ sessionId: 'T-9', mentorId: 'M-1', source: { tab: 'Attendance', row: 5 } }), 'ATTENDANCE.UNKNOWN_SESSION', 'Session ID'],
    [anAttendance({ sessionId: 'T-1', mentorId: 'M-9', source: { tab: 'Attendance', row: 5 } }), 'ATTENDANCE.UNKNOWN_MENTOR', 'Mentor ID'],
    [anAttendance({ sessionId: 'T-1', mentorId: 'M-1', source: { tab: 'Attendance', row: 5 } }), 'ATTENDANCE.DUPLICATE', 'Mentor ID'],
  ])('reports %o and leaves it out', (bad, code, column) => {
    const good = anAttendance({ sessionId: 'T-1', mentorId: 'M-1', source: { tab: 'Attendance', row: 2 } });
    const result = validateAttendance(mentors, sessions, [good, bad]);
    expect(result.attendance).toEqual([good]);
    expect(result.issues).toEqual([expect.objectContaining({ code, location: { tab: 'Attendance', row: 5, column } })]);
  });
});

describe('who needs training', () => {
  const mentors = [
    aMentor({ id: 'M-1' }), // current until 2026-04-15
    aMentor({ id: 'M-2' }), // not trained
    aMentor({ id: 'M-3' }), // lapsed (only the December initial)
    aMentor({ id: 'M-4', status: 'inactive' }), // not trained, but not chased
  ];
  const upcoming = [
    aSession({ id: 'T-3', type: 'ongoing', date: '2026-03-12' }),
    aSession({ id: 'T-4', type: 'ongoing', date: '2026-04-09' }),
    aSession({ id: 'T-5', type: 'initial', date: '2026-04-20' }),
    aSession({ id: 'T-6', type: 'ongoing', date: '2026-05-07' }),
    aSession({ id: 'T-7', type: 'ongoing', date: '2026-09-01' }), // beyond the lookahead
  ];
  const sessions = [initial, group, ...upcoming];
  const attendance = [anAttendance({ sessionId: 'T-1', mentorId: 'M-1' }), anAttendance({ sessionId: 'T-2', mentorId: 'M-1' }), anAttendance({ sessionId: 'T-1', mentorId: 'M-3' })];
  const asOf = '2026-03-10';
  const statuses = trainingStatuses({ mentors, sessions, attendance, asOf, settings });

  it('lists lapsed and untrained mentors who are available, most urgent first', () => {
    expect(trainingNeeds(mentors, statuses)).toEqual([
      { mentorId: 'M-3', status: 'lapsed', needs: 'ongoing', currentUntil: '2026-03-01' },
      { mentorId: 'M-2', status: 'not-trained', needs: 'initial', currentUntil: null },
    ]);
  });

  it('points each mentor at the sessions they need within the lookahead', () => {
    const list = upcomingSessions(sessions, mentors, statuses, asOf, DEFAULT_SETTINGS.trainingLookaheadDays);
    expect(list.map((s) => [s.sessionId, s.neededBy])).toEqual([
      ['T-3', ['M-3']], // M-1 can still make the 9 April session
      ['T-4', ['M-1', 'M-3']], // the last ongoing session before M-1 lapses on 15 April
      ['T-5', ['M-2']],
      ['T-6', ['M-1', 'M-3']],
    ]);
  });

  it('flags active matches of lapsed or untrained mentors without closing them', () => {
    const matches = [
      aMatch({ id: 'X-1', mentorId: 'M-1', status: 'active' }),
      aMatch({ id: 'X-2', mentorId: 'M-3', status: 'active' }),
      aMatch({ id: 'X-3', mentorId: 'M-3', status: 'completed' }),
      aMatch({ id: 'X-4', mentorId: 'M-2', status: 'active' }),
    ];
    expect(flagMatchesOfLapsedMentors(matches, statuses)).toEqual([
      { matchId: 'X-2', mentorId: 'M-3', trainingStatus: 'lapsed', currentUntil: '2026-03-01' },
      { matchId: 'X-4', mentorId: 'M-2', trainingStatus: 'not-trained', currentUntil: null },
    ]);
    expect(matches.map((m) => m.status)).toEqual(['active', 'active', 'completed', 'active']);
  });
});

describe('adding a session and recording who came', () => {
  const at = { tab: 'Trainings', row: 9 };

  it('plans a session from what the coordinator typed, with times written the way the tab has them', () => {
    expect(planTrainingSession({ type: 'Ongoing', date: '3/12/2027', start: '17:00', end: '7 pm', location: ' Room B ', topic: 'Listening' }, 'T-0042', at)).toEqual({
      id: 'T-0042', type: 'ongoing', date: '2027-03-12', start: '5:00 pm', end: '7:00 pm', location: 'Room B', topic: 'Listening', source: at,
    });
    expect(planTrainingSession({ type: 'initial', date: '2027-03-12' }, 'T-0043', at)).toMatchObject({ start: '', end: '', location: '', topic: '' });
  });

  it('refuses an unknown type, an unreadable date, an unreadable time or an end before the start, saying what to write', () => {
    const codeOf = (request: Parameters<typeof planTrainingSession>[0]) => {
      try {
        planTrainingSession(request, 'T-1', at);
      } catch (error) {
        return (error as DomainError).code;
      }
      return 'accepted';
    };
    expect(codeOf({ type: 'refresher', date: '2027-03-12' })).toBe('TRAINING.BAD_TYPE');
    expect(codeOf({ type: 'initial', date: 'next Tuesday' })).toBe('TRAINING.BAD_DATE');
    expect(codeOf({ type: 'initial', date: '' })).toBe('TRAINING.BAD_DATE');
    expect(codeOf({ type: 'initial', date: '2027-03-12', start: '5' })).toBe('TRAINING.BAD_TIME');
    expect(codeOf({ type: 'initial', date: '2027-03-12', start: '7 pm', end: '5 pm' })).toBe('TRAINING.BAD_TIME');
  });

  it('takes attendance only for a session that has happened', () => {
    const session = planTrainingSession({ type: 'ongoing', date: '2027-03-12' }, 'T-0042', at);
    expect(() => requireSessionHeld(session, '2027-03-11')).toThrow(expect.objectContaining({ code: 'TRAINING.NOT_HELD_YET' }));
    expect(() => requireSessionHeld(session, '2027-03-12')).not.toThrow();
  });
});

import { buildDemoWorkbook } from '../../src/demo/demo-workbook';
import { AuditRow, matchTimeline, personTimeline } from '../../src/domain/timeline';
import { readWorkbook } from '../../src/domain/workbook-reader';
import { aGoal, aMatch, aReview, aSession, anAttendance } from '../helpers/builders';

const audit = (when: string, action: string, record: string, details = '', who = 'coordinator@example.org'): AuditRow => ({ when, who, action, record, details });

describe('a match\'s story', () => {
  const match = aMatch({ id: 'X-0001', status: 'completed', score: 82, reasons: 'covers employment', proposedOn: '2026-02-01', introOn: '2026-02-10', startedOn: '2026-02-12', endedOn: '2026-08-01' });
  const goals = [
    aGoal({ id: 'G-0001', matchId: 'X-0001', setOn: '2026-02-12', metOn: '2026-05-01', status: 'met' }),
    aGoal({ id: 'G-0002', matchId: 'X-0001', area: 'transportation', goal: 'Ride the bus alone', setOn: '2026-03-20' }),
    aGoal({ id: 'G-0003', matchId: 'X-0009', setOn: '2026-02-12' }),
  ];
  const reviews = [
    aReview({ id: 'R-0001', matchId: 'X-0001', kind: 'check-in', date: '2026-03-12', attendees: ['Mentor'], goalId: null, progress: '', notes: 'Met at the library', minutes: 30 }),
    aReview({ id: 'R-0002', matchId: 'X-0001', kind: 'review', date: '2026-05-12', goalId: 'G-0001', progress: 'Goal met', nextReview: '2026-08-10', minutes: 45 }),
    aReview({ id: 'R-0003', matchId: 'X-0001', kind: 'review', date: '2026-05-12', goalId: 'G-0002', progress: 'Some progress', nextReview: '2026-08-10', minutes: 45 }),
    aReview({ id: 'R-0009', matchId: 'X-0002', date: '2026-05-12' }),
  ];
  const rows = [
    audit('2026-02-01T15:00:00.000Z', 'match.propose', 'X-0001', 'C-0001 with M-0001'),
    audit('2026-02-03T15:00:00.000Z', 'match.schedule-intro', 'X-0001'),
    audit('2026-02-11T15:00:00.000Z', 'match.decision', 'X-0001', 'mentor: yes', 'other@example.org'),
    audit('2026-02-11T16:00:00.000Z', 'match.decision', 'X-0001', 'consumer: yes'),
    audit('2026-02-12T15:00:00.000Z', 'match.activate', 'X-0001', '1 goals added'),
    audit('2026-05-13T15:00:00.000Z', 'review.review', 'X-0001', '2 rows'),
    audit('2026-08-01T15:00:00.000Z', 'match.complete', 'X-0001'),
    audit('2026-02-01T15:00:00.000Z', 'match.propose', 'X-0002', 'C-0002 with M-0001'),
  ];

  it('reads in order: proposed, intro, decisions, active with goals, check-in, goal added, review, goal met, completed', () => {
    const story = matchTimeline({ match, goals, reviews, audit: rows });
    expect(story.map((e) => [e.on, e.title, e.by])).toEqual([
      ['2026-02-01', 'Proposed (score 82)', 'coordinator@example.org'],
      ['2026-02-03', 'Intro meeting set for 10 Feb 2026', 'coordinator@example.org'],
      ['2026-02-10', 'Intro meeting', null],
      ['2026-02-11', 'The mentor said yes', 'other@example.org'],
      ['2026-02-11', 'The consumer said yes', 'coordinator@example.org'],
      ['2026-02-12', 'Active, with 1 goal', 'coordinator@example.org'],
      ['2026-03-12', 'Check-in', null],
      ['2026-03-20', 'Goal added', null],
      ['2026-05-01', 'Goal met', null],
      ['2026-05-12', 'Three-way review', 'coordinator@example.org'],
      ['2026-08-01', 'Completed', 'coordinator@example.org'],
    ]);
    expect(story.find((e) => e.kind === 'activated')!.lines).toEqual(['Employment: Find a part-time job']);
    expect(story.find((e) => e.kind === 'review')!.lines).toEqual([
      'Employment: Find a part-time job — Goal met',
      'Transportation / mobility: Ride the bus alone — Some progress',
      'With: Mentor, Consumer, Coordinator',
      '45 minutes',
      'Next review: 10 Aug 2026',
    ]);
    expect(story.find((e) => e.kind === 'check-in')!.lines).toEqual(['Notes: Met at the library', 'With: Mentor', '30 minutes']);
  });

  it('tells a decline with who said no and why, and shows other recorded steps as they were recorded', () => {
    const declined = aMatch({ id: 'X-0003', status: 'declined', proposedOn: '2026-02-01', introOn: '2026-02-10', endedOn: '2026-02-10', declinedBy: 'consumer', declineReason: 'moved away' });
    const story = matchTimeline({
      match: declined, goals: [], reviews: [],
      audit: [audit('2026-02-10T18:00:00Z', 'match.decision', 'X-0003', 'consumer: no'), audit('2026-02-20T18:00:00Z', 'match.reopen', 'X-0003', 'R-2')],
    });
    expect(story.map((e) => [e.on, e.kind, e.title, e.lines, e.by])).toEqual([
      ['2026-02-01', 'proposed', 'Proposed (score 80)', [], null],
      ['2026-02-10', 'intro', 'Intro meeting', [], null],
      ['2026-02-10', 'declined', 'The consumer said no', ['Reason: Moved away'], 'coordinator@example.org'],
      ['2026-02-20', 'other', 'Reopened', ['R-2'], 'coordinator@example.org'],
    ]);
  });

  it('is complete and in order for every match of the demo workbook', () => {
    const tabs = buildDemoWorkbook({ asOf: '2026-11-15' });
    const model = readWorkbook({ tabNames: () => tabs.map((t) => t.tab), read: (tab) => tabs.find((t) => t.tab === tab)!.rows });
    expect(model.matches.length).toBeGreaterThan(30);
    for (const m of model.matches) {
      const story = matchTimeline({ match: m, goals: model.goals, reviews: model.reviews, audit: [] });
      const days = story.map((e) => e.on);
      expect(days.every((d) => d !== null)).toBe(true);
      expect([...days].sort()).toEqual(days);
      const has = (kind: string, on: string | null) => story.some((e) => e.kind === kind && e.on === on);
      expect(has('proposed', m.proposedOn)).toBe(true);
      if (m.introOn) expect(has('intro', m.introOn)).toBe(true);
      if (m.startedOn) expect(has('activated', m.startedOn)).toBe(true);
      if (m.status === 'completed' || m.status === 'closed' || m.status === 'declined') expect(has(m.status, m.endedOn)).toBe(true);
      const meetings = new Set(model.reviews.filter((r) => r.matchId === m.id).map((r) => `${r.kind}|${r.date}`));
      expect(story.filter((e) => e.kind === 'review' || e.kind === 'check-in').map((e) => `${e.kind}|${e.on}`).sort()).toEqual([...meetings].sort());
      for (const goal of model.goals.filter((g) => g.matchId === m.id && g.metOn)) expect(has('goal-met', goal.metOn)).toBe(true);
      // Every goal-progress row appears under its meeting.
      const progressLines = story.filter((e) => e.kind === 'review' || e.kind === 'check-in').flatMap((e) => e.lines).filter((l) => l.includes(' — ')).length;
      expect(progressLines).toBe(model.reviews.filter((r) => r.matchId === m.id && (r.goalId || r.progress)).length);
    }
  });
});

describe('a person\'s story', () => {
  it('lists a consumer\'s application, matches with the mentor\'s name, and goals', () => {
    const matches = [
      aMatch({ id: 'X-0001', status: 'declined', proposedOn: '2026-02-01', endedOn: '2026-02-05', declinedBy: 'mentor', declineReason: 'Schedules do not fit' }),
      aMatch({ id: 'X-0002', mentorId: 'M-0002', status: 'active', proposedOn: '2026-02-10', introOn: '2026-02-15', startedOn: '2026-02-20' }),
      aMatch({ id: 'X-0003', consumerId: 'C-0002', status: 'active', proposedOn: '2026-02-10', startedOn: '2026-02-20' }),
    ];
    const story = personTimeline({
      personId: 'C-0001', role: 'consumer', matches, goals: [aGoal({ id: 'G-0001', matchId: 'X-0002', setOn: '2026-02-20' })],
      applications: [{ responseId: 'resp-1', form: 'Ask for a peer mentor', submittedAt: '2026-01-20T10:00:00Z', status: 'Accepted', recordId: 'C-0001' }],
      sessions: [], attendance: [], audit: [audit('2026-01-22T10:00:00Z', 'application.accept', 'resp-1', 'C-0001')],
      nameOf: (id) => ({ 'M-0001': 'Pat Mentor', 'M-0002': 'Ana Ruiz' })[id] ?? null,
    });
    expect(story.map((e) => [e.on, e.title])).toEqual([
      ['2026-01-20', 'Applied: Ask for a peer mentor'],
      ['2026-02-01', 'Match X-0001 proposed, with Pat Mentor (M-0001)'],
      ['2026-02-05', 'Match X-0001: the mentor said no'],
      ['2026-02-10', 'Match X-0002 proposed, with Ana Ruiz (M-0002)'],
      ['2026-02-15', 'Match X-0002: intro meeting'],
      ['2026-02-20', 'Match X-0002: active, with 1 goal'],
      ['2026-02-20', 'Goal set'],
    ]);
    expect(story[0]!.by).toBe('coordinator@example.org');
  });

  it('lists a mentor\'s training attended', () => {
    const story = personTimeline({
      personId: 'M-0001', role: 'mentor', matches: [], goals: [], applications: [], audit: [], nameOf: () => null,
      sessions: [aSession({ id: 'T-1', type: 'initial', date: '2026-01-10', topic: 'Peer mentoring basics' }), aSession({ id: 'T-2', date: '2026-04-10' })],
      attendance: [anAttendance({ sessionId: 'T-1' }), anAttendance({ sessionId: 'T-2', attended: false })],
    });
    expect(story.map((e) => [e.on, e.title, e.lines])).toEqual([['2026-01-10', 'Initial training attended', ['Peer mentoring basics']]]);
  });
});

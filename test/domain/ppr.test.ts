import { DEFAULT_LIFE_AREAS, defaultCrosswalk, lifeAreaOf, readCrosswalk } from '../../src/domain/crosswalk';
import { buildPprWorksheet, fiscalYearOf, fiscalYearRange, PprWorksheet } from '../../src/domain/ppr';
import { Setting } from '../../src/domain/model';
import { aConsumer, aGoal, aMatch, aReview } from '../helpers/builders';

const setting = (key: string, value: string, row = 2): Setting => ({ key, value, source: { tab: 'Settings', row } });

describe('federal fiscal year', () => {
  it.each([
    ['2025-09-30', 2025],
    ['2025-10-01', 2026],
    ['2026-01-01', 2026],
    ['2026-09-30', 2026],
    ['2026-10-01', 2027],
  ])('%s is in FY%i', (date, year) => {
    expect(fiscalYearOf(date)).toBe(year);
  });

  it('runs from 1 October to 30 September', () => {
    expect(fiscalYearRange(2026)).toEqual({ start: '2025-10-01', end: '2026-09-30' });
  });
});

describe('crosswalk', () => {
  it('lists the PPR significant life areas by default and maps every program area onto them', () => {
    const crosswalk = defaultCrosswalk();
    expect(crosswalk.lifeAreas).toEqual(DEFAULT_LIFE_AREAS);
    for (const names of Object.values(crosswalk.byArea)) for (const name of names) expect(DEFAULT_LIFE_AREAS).toContain(name);
    expect(crosswalk.byArea['education-technology']).toEqual(['Educational', 'Information Access/Technology']);
    expect(crosswalk.byArea['daily-living']).toEqual(['Community-Based Living', 'Self-Care']);
  });

  it('takes a per-goal choice first, then the area\'s only life area, then the area\'s default', () => {
    const { crosswalk } = readCrosswalk([setting('crosswalk.goal.G-7', 'information access / technology')]);
    expect(lifeAreaOf({ id: 'G-7', area: 'education-technology' }, crosswalk)).toEqual({ lifeArea: 'Information Access/Technology', how: 'goal' });
    expect(lifeAreaOf({ id: 'G-8', area: 'education-technology' }, crosswalk)).toEqual({ lifeArea: 'Educational', how: 'default' });
    expect(lifeAreaOf({ id: 'G-9', area: 'employment' }, crosswalk)).toEqual({ lifeArea: 'Vocational', how: 'area' });
  });

  it('reads a changed list and mapping from Settings, reporting names it does not know', () => {
    const { crosswalk, issues } = readCrosswalk([
      setting('crosswalk.lifeAreas', 'Self-Care; Vocational; Housing; Other', 2),
      setting('crosswalk.daily-living', 'Housing | Self-Care', 3),
      setting('crosswalk.employment', 'Jobs', 4),
      setting('crosswalk.astrology', 'Other', 5),
    ]);
    expect(crosswalk.lifeAreas).toEqual(['Self-Care', 'Vocational', 'Housing', 'Other']);
    expect(crosswalk.byArea['daily-living']).toEqual(['Housing', 'Self-Care']);
    expect(crosswalk.byArea.employment).toEqual(['Vocational']);
    expect(crosswalk.byArea.transportation).toEqual(['Other']);
    expect(issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'CROSSWALK.UNKNOWN_LIFE_AREA', location: { tab: 'Settings', row: 4, column: 'Value' } }),
      expect.objectContaining({ code: 'CROSSWALK.UNKNOWN_AREA', location: { tab: 'Settings', row: 5, column: 'Key' } }),
      expect.objectContaining({ code: 'CROSSWALK.UNMAPPED_AREA' }),
    ]));
  });
});

describe('PPR worksheet', () => {
  const crosswalk = defaultCrosswalk();
  const consumers = ['C-1', 'C-2', 'C-3', 'C-4'].map((id) => aConsumer({ id }));
  const row = (worksheet: PprWorksheet, area: string) => worksheet.goalsByArea.find((r) => r.area === area);

  it.each([
    ['2025-09-30', 0],
    ['2025-10-01', 1],
    ['2026-09-30', 1],
    ['2026-10-01', 0],
  ])('a goal set on %s counts as set in FY2026: %i', (setOn, count) => {
    const { worksheet } = buildPprWorksheet({ consumers, goals: [aGoal({ consumerId: 'C-1', setOn, area: 'employment' })], matches: [], reviews: [], fiscalYear: 2026, asOf: '2026-12-01', crosswalk });
    expect(row(worksheet, 'Vocational')!.set).toBe(count);
  });

  it.each([
    ['2025-09-30', 0, 0],
    ['2025-10-01', 1, 0],
    ['2026-09-30', 1, 0],
    ['2026-10-01', 0, 1], // met after the year ended: still in progress on 30 September
  ])('a goal met on %s counts as met in FY2026: %i (in progress: %i)', (metOn, met, inProgress) => {
    const goal = aGoal({ consumerId: 'C-1', setOn: '2025-06-01', status: 'met', metOn, area: 'transportation' });
    const { worksheet } = buildPprWorksheet({ consumers, goals: [goal], matches: [], reviews: [], fiscalYear: 2026, asOf: '2026-12-01', crosswalk });
    expect(row(worksheet, 'Mobility/Transportation')).toMatchObject({ met, inProgress });
  });

  it('counts consumers served, receiving peer support, and without goals; lists goals needing a life-area choice', () => {
    const goals = [
      aGoal({ id: 'G-1', consumerId: 'C-1', area: 'education-technology', setOn: '2025-11-01' }),
      aGoal({ id: 'G-2', consumerId: 'C-1', area: 'daily-living', setOn: '2025-11-01', status: 'withdrawn' }),
      aGoal({ id: 'G-3', consumerId: 'C-9', area: 'employment', setOn: null, source: { tab: 'Goals', row: 4 } }),
    ];
    const matches = [
      aMatch({ id: 'X-1', consumerId: 'C-1', status: 'active', proposedOn: '2025-10-20', startedOn: '2025-11-01' }),
      aMatch({ id: 'X-2', consumerId: 'C-2', status: 'declined', proposedOn: '2026-02-01', endedOn: '2026-02-10' }),
      aMatch({ id: 'X-3', consumerId: 'C-3', status: 'completed', proposedOn: '2024-10-01', startedOn: '2024-11-01', endedOn: '2025-09-01' }),
    ];
    const reviews = [
      aReview({ matchId: 'X-1', date: '2025-12-01', minutes: 45, goalId: 'G-1' }),
      aReview({ matchId: 'X-1', date: '2025-12-01', minutes: 45, goalId: 'G-2' }),
      aReview({ matchId: 'X-1', date: '2026-01-01', minutes: 30 }),
    ];
    const { worksheet, issues } = buildPprWorksheet({ consumers, goals, matches, reviews, fiscalYear: 2026, asOf: '2026-12-01', crosswalk });
    expect(worksheet).toMatchObject({
      consumersServed: 2, consumersReceivingPeerSupport: 1, consumersWithoutGoals: 1, peerSupportContacts: 2, peerSupportMinutes: 75,
      goalsNeedingLifeAreaChoice: ['G-1', 'G-2'], totals: { set: 2, met: 0, inProgress: 1 },
    });
    expect(row(worksheet, 'Educational')).toEqual({ area: 'Educational', set: 1, met: 0, inProgress: 1 });
    expect(row(worksheet, 'Community-Based Living')).toEqual({ area: 'Community-Based Living', set: 1, met: 0, inProgress: 0 });
    expect(issues).toEqual([expect.objectContaining({ code: 'PPR.NO_SET_DATE', location: { tab: 'Goals', row: 4, column: 'Set on' } })]);
  });

  it('counts a year still running only through the as-of date', () => {
    const goal = aGoal({ consumerId: 'C-1', setOn: '2026-03-01', area: 'employment' });
    const { worksheet } = buildPprWorksheet({ consumers, goals: [goal], matches: [], reviews: [], fiscalYear: 2026, asOf: '2026-02-01', crosswalk });
    expect(worksheet.countedThrough).toBe('2026-02-01');
    expect(worksheet.totals).toEqual({ set: 0, met: 0, inProgress: 0 });
  });
});

describe('a finished match with no end date', () => {
  const consumers = [aConsumer({ id: 'C-1' }), aConsumer({ id: 'C-2' })];
  const matches = [
    aMatch({ id: 'X-1', consumerId: 'C-1', status: 'completed', proposedOn: '2024-11-01', startedOn: '2024-12-01', endedOn: null, source: { tab: 'Matches', row: 2 } }),
    aMatch({ id: 'X-2', consumerId: 'C-2', status: 'declined', proposedOn: '2025-11-01', startedOn: null, endedOn: null, source: { tab: 'Matches', row: 3 } }),
  ];
  const ppr = (fiscalYear: number) => buildPprWorksheet({ consumers, goals: [], matches, reviews: [], fiscalYear, asOf: '2026-12-01', crosswalk: defaultCrosswalk() });

  it('counts its consumer only in the fiscal year it started', () => {
    expect(ppr(2025).worksheet).toMatchObject({ consumersServed: 1, consumersReceivingPeerSupport: 1 });
    expect(ppr(2026).worksheet).toMatchObject({ consumersServed: 1, consumersReceivingPeerSupport: 0 });
    expect(ppr(2027).worksheet).toMatchObject({ consumersServed: 0, consumersReceivingPeerSupport: 0 });
  });

  it('lists each such row with the reason', () => {
    expect(ppr(2026).issues).toEqual([
      { code: 'PPR.FINISHED_NO_END_DATE', message: expect.stringMatching(/completed but has no Ended on date.*fiscal year 2025 \(the year it started\) and is left out of this one/), location: { tab: 'Matches', row: 2, column: 'Ended on' } },
      { code: 'PPR.FINISHED_NO_END_DATE', message: expect.stringMatching(/declined but has no Ended on date.*fiscal year 2026 \(the year it started\); add/), location: { tab: 'Matches', row: 3, column: 'Ended on' } },
    ]);
  });

  it('says which PPR service row the peer support count reports', () => {
    expect(ppr(2026).worksheet.peerSupportServiceRow).toBe('Peer Counseling');
  });
});

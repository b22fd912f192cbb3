import fc from 'fast-check';
import { addDays } from '../../src/domain/dates';
import { GOAL_AREAS } from '../../src/domain/goal-areas';
import { buildManagerSummary, ManagerSummary, ManagerSummaryInput } from '../../src/domain/manager-summary';
import { Consumer, Goal, Match, MatchStatus, Mentor, Review } from '../../src/domain/model';
import { trainingStatuses } from '../../src/domain/training';
import { aConsumer, aGoal, aMatch, aMentor, anAttendance, aReview, aSession } from '../helpers/builders';
import { personalDetailsIn } from '../helpers/personal-details';

const ASOF = '2026-11-22';
const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2025-01-01', n));
const word = fc.stringMatching(/^[A-Z][a-z]{6,9}$/);
const person = fc.record({
  name: fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
  email: fc.stringMatching(/^[a-z]{6,10}$/).map((s) => `${s}@example.org`),
  phone: fc.integer({ min: 2002000000, max: 9899999999 }).map((n) => `+1${n}`),
  zip: fc.integer({ min: 55001, max: 56999 }).map(String),
  address: fc.integer({ min: 100, max: 9999 }).map((n) => `${n} Qzx Street`),
  notes: fc.stringMatching(/^note [a-z]{8}$/),
  lived: fc.stringMatching(/^lived [a-z]{8}$/),
});

/** Dates inside the summary's twelve months (2025-12-01 to 2026-11-22): a program in its first year. */
const dayThisYear = fc.integer({ min: 0, max: 356 }).map((n) => addDays('2025-12-01', n));

const workbookWith = (day: fc.Arbitrary<string>) => fc
  .record({
    mentors: fc.array(fc.record({ p: person, status: fc.constantFrom('active', 'inactive', 'on-hold', null), trained: fc.option(day) }), { maxLength: 12 }),
    consumers: fc.array(
      fc.record({
        p: person, status: fc.constantFrom('waiting', 'matched', 'inactive', 'completed', null), requestedOn: fc.option(day),
        goals: fc.array(fc.record({ area: fc.constantFrom(...GOAL_AREAS), status: fc.constantFrom('not-started', 'in-progress', 'met', 'not-met', 'withdrawn'), setOn: day, metAfter: fc.nat(200) }), { maxLength: 3 }),
        match: fc.option(fc.record({ status: fc.constantFrom<MatchStatus>('proposed', 'intro-scheduled', 'active', 'completed', 'closed', 'declined'), mentor: fc.nat(), start: day, length: fc.nat(300), reviews: fc.array(fc.record({ after: fc.nat(300), kind: fc.constantFrom('review', 'check-in') }), { maxLength: 5 }) })),
      }),
      { maxLength: 40 },
    ),
    threshold: fc.integer({ min: 2, max: 8 }),
  })
  .map(({ mentors: m, consumers: c, threshold }) => {
    const mentors: Mentor[] = m.map((x, i) => aMentor({ id: `M-${1000 + i}`, name: x.p.name, email: x.p.email, phone: x.p.phone, zip: x.p.zip, address: x.p.address, notes: x.p.notes, livedExperience: [x.p.lived], status: x.status as Mentor['status'], initialTrainingOn: x.trained }));
    const consumers: Consumer[] = [];
    const goals: Goal[] = [];
    const matches: Match[] = [];
    const reviews: Review[] = [];
    c.forEach((x, i) => {
      const id = `C-${1000 + i}`;
      consumers.push(aConsumer({ id, name: x.p.name, email: x.p.email, phone: x.p.phone, zip: x.p.zip, address: x.p.address, notes: x.p.notes, livedExperienceWanted: [x.p.lived], status: x.status as Consumer['status'], requestedOn: x.requestedOn }));
      x.goals.forEach((g, j) => goals.push(aGoal({ id: `G-${i}-${j}`, consumerId: id, area: g.area, status: g.status as Goal['status'], setOn: g.setOn, metOn: g.status === 'met' ? addDays(g.setOn, g.metAfter) : null })));
      if (x.match && mentors.length) {
        const { status, start, length } = x.match;
        const started = ['active', 'completed', 'closed'].includes(status);
        const endedOn = status === 'active' || status === 'proposed' || status === 'intro-scheduled' ? null : addDays(start, length);
        const matchId = `X-${1000 + i}`;
        matches.push(aMatch({ id: matchId, consumerId: id, mentorId: mentors[x.match.mentor % mentors.length]!.id, status, proposedOn: addDays(start, -10), startedOn: started ? start : null, endedOn }));
        if (started) x.match.reviews.forEach((r, k) => reviews.push(aReview({ id: `R-${i}-${k}`, matchId, kind: r.kind as Review['kind'], date: addDays(start, r.after) })));
      }
    });
    const sessions = [aSession({ id: 'T-1', type: 'ongoing', date: '2026-09-01' })];
    const attendance = mentors.filter((_, i) => i % 2 === 0).map((mentor) => anAttendance({ sessionId: 'T-1', mentorId: mentor.id }));
    const training = trainingStatuses({ mentors, sessions, attendance, asOf: ASOF, settings: { trainingIntervalDays: 90, trainingWarningDays: 21 } });
    const input: ManagerSummaryInput = { consumers, mentors, goals, matches, reviews, training, asOf: ASOF, settings: { suppressionThreshold: threshold, reviewIntervalDays: 90 } };
    return input;
  });
const workbook = workbookWith(day);
const firstYearWorkbook = workbookWith(dayThisYear).map((input) => ({
  ...input,
  // Every request, start and goal met falls in the year: nothing separates the trends from the status counts.
  consumers: input.consumers.map((consumer) => ({ ...consumer, requestedOn: consumer.requestedOn ?? '2025-12-01' })),
  goals: input.goals.map((goal) => (goal.status === 'met' ? { ...goal, metOn: goal.metOn && goal.metOn <= ASOF ? goal.metOn : ASOF } : goal)),
  matches: input.matches.map((match) => (match.startedOn && match.startedOn > ASOF ? { ...match, startedOn: ASOF } : match)),
}));

type Line = { cells: string[]; total: string };

/** The sums a reader of the published summary can check, as (path → value) and lines of paths — built from the output alone. */
function readerView(summary: ManagerSummary): { values: Record<string, number | string>; lines: Line[] } {
  const values: Record<string, number | string> = {};
  const lines: Line[] = [];
  const put = (key: string, value: number | string) => {
    values[key] = value;
    return key;
  };
  // The headline numbers are the same published numbers as the table cells they repeat.
  expect(summary.activeMatches).toEqual(summary.matchesByOutcome.find((r) => r.outcome === 'active')!.count);
  expect(summary.consumersWaiting).toEqual(summary.consumersByStatus.find((r) => r.status === 'waiting')!.count);
  lines.push({ cells: summary.matchesByOutcome.map((r) => put(`m.${r.outcome}`, r.count)), total: put('m.total', summary.matchesTotal) });
  lines.push({ cells: summary.consumersByStatus.map((r) => put(`c.${r.status}`, r.count)), total: put('c.total', summary.consumersTotal) });
  lines.push({ cells: summary.goalsByArea.map((r) => put(`ga.${r.area}`, r.count)), total: put('g.total', summary.goalsTotal) });
  lines.push({ cells: summary.goalsByStatus.map((r) => put(`gs.${r.status}`, r.count)), total: 'g.total' });
  const t = summary.training;
  lines.push({ cells: [put('t.current', t.current), put('t.dueSoon', t.dueSoon)], total: put('t.compliant', t.compliant) });
  lines.push({ cells: [put('t.lapsed', t.lapsed), put('t.notTrained', t.notTrained)], total: put('t.notCompliant', t.notCompliant) });
  lines.push({ cells: ['t.compliant', 't.notCompliant'], total: put('t.mentors', t.mentors) });
  // Compliant means current or due soon: a reader can also add those four up to the number of mentors.
  lines.push({ cells: ['t.current', 't.dueSoon', 't.lapsed', 't.notTrained'], total: 't.mentors' });
  lines.push({ cells: [put('r.onTime', summary.reviews.onTime), put('r.late', summary.reviews.late)], total: put('r.due', summary.reviews.due) });
  for (const series of ['requests', 'matchesStarted', 'goalsMet', 'reviewsHeld'] as const) {
    lines.push({ cells: summary.trends.months.map((m) => put(`${series}.${m.month}`, m[series])), total: put(`${series}.total`, summary.trends.totals[series]) });
  }
  return { values, lines };
}

/**
 * What ties the published tables to one another, from the records: the year's trends against the counts by status.
 * The counts that separate them are not published; a reader knows one when it is 0 (a first-year program), else only
 * that it is at least 0 ("*").
 */
function crossTableView(input: ManagerSummaryInput, summary: ManagerSummary): { values: Record<string, number | string>; lines: Line[] } {
  const { from } = summary.period;
  const inPeriod = (date: string | null) => date !== null && date >= from && date <= input.asOf;
  const started = (m: Match) => m.status !== 'declined' && inPeriod(m.startedOn);
  const ongoing = (m: Match) => ['active', 'completed', 'closed'].includes(m.status);
  const gap = (n: number) => (n === 0 ? 0 : '*');
  const values = {
    'x.startedOtherStatus': gap(input.matches.filter((m) => started(m) && !ongoing(m)).length),
    'x.startedBefore': gap(input.matches.filter((m) => !started(m) && ongoing(m)).length),
    'x.startedOrOngoing': '*',
    'x.requestedBefore': gap(input.consumers.filter((c) => !inPeriod(c.requestedOn)).length),
    'x.metBefore': gap(input.goals.filter((g) => g.status === 'met' && !inPeriod(g.metOn)).length),
  };
  const lines: Line[] = [
    { cells: ['m.active', 'm.completed', 'm.closed', 'x.startedOtherStatus'], total: 'x.startedOrOngoing' },
    { cells: ['matchesStarted.total', 'x.startedBefore'], total: 'x.startedOrOngoing' },
    { cells: ['requests.total', 'x.requestedBefore'], total: 'c.total' },
    { cells: ['goalsMet.total', 'x.metBefore'], total: 'gs.met' },
  ];
  return { values, lines };
}

/** Ranges every value can take given the sums, narrowed until nothing changes; null when no filling fits. */
function narrowRanges(ranges: Map<string, [number, number]>, lines: Line[]): Map<string, [number, number]> | null {
  const BIG = 1e9;
  const range = new Map(ranges);
  for (let changed = true, guard = 0; changed && guard < 500; guard++) {
    changed = false;
    for (const { cells, total } of lines) {
      // total − Σ cells = 0: each term's range from the others'.
      const sum = (keys: string[]): [number, number] => keys.reduce<[number, number]>(([a, b], k) => [a + range.get(k)![0], Math.min(BIG, b + range.get(k)![1])], [0, 0]);
      for (const key of [...cells, total]) {
        const [tLo, tHi] = range.get(total)!;
        const [rLo, rHi] = sum(cells.filter((c) => c !== key));
        const next: [number, number] = key === total ? sum(cells) : [tLo - rHi, tHi - rLo];
        const [ownLo, ownHi] = range.get(key)!;
        const narrowed: [number, number] = [Math.max(ownLo, next[0]), Math.min(ownHi, next[1])];
        if (narrowed[0] > narrowed[1]) return null;
        if (narrowed[0] !== ownLo || narrowed[1] !== ownHi) {
          range.set(key, narrowed);
          changed = true;
        }
      }
    }
  }
  return range;
}

/** Whether whole numbers within the ranges satisfy every sum: narrowing, then trying each open value lowest first. */
function someFilling(ranges: Map<string, [number, number]>, lines: Line[], budget: { steps: number }): boolean {
  if (--budget.steps < 0) throw new Error('search too large to settle');
  const range = narrowRanges(ranges, lines);
  if (!range) return false;
  const open = [...range].filter(([, [lo, hi]]) => lo < hi).sort((a, b) => a[1][1] - a[1][0] - (b[1][1] - b[1][0]))[0];
  if (!open) return true;
  const [key, [lo, hi]] = open;
  return someFilling(new Map(range).set(key, [lo, lo]), lines, budget) || someFilling(new Map(range).set(key, [lo + 1, hi]), lines, budget);
}

/**
 * Hidden counts from 1 to threshold − 1 that a reader can work out exactly from every published number and every
 * identity between the tables: for each, an exact search for a whole-number filling of all hidden cells that gives it
 * another value. Written independently of the code under test.
 */
function derivableSmallCounts(values: Record<string, number | string>, lines: Line[], truth: Record<string, number>, threshold: number): string[] {
  const BIG = 1e9;
  const ranges = new Map<string, [number, number]>(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? [v, v] : v === `<${threshold}` ? [1, threshold - 1] : [0, BIG]]));
  return Object.keys(values)
    .filter((key) => typeof values[key] === 'string' && key in truth && truth[key]! >= 1 && truth[key]! < threshold && threshold > 2)
    .filter((key) => {
      // Only the lines linked to this cell through shared cells can say anything about it.
      const linked = new Set([key]);
      const near: Line[] = [];
      for (let grew = true; grew; ) {
        grew = false;
        for (const line of lines) {
          if (near.includes(line) || ![line.total, ...line.cells].some((k) => linked.has(k))) continue;
          near.push(line);
          [line.total, ...line.cells].forEach((k) => linked.add(k));
          grew = true;
        }
      }
      const local = new Map([...ranges].filter(([k]) => linked.has(k)));
      const [lo, hi] = local.get(key)!;
      return ![[lo, truth[key]! - 1], [truth[key]! + 1, hi]].some(([a, b]) => a! <= b! && someFilling(new Map(local).set(key, [a!, b!]), near, { steps: 200_000 }));
    });
}

/** Interval reasoning over the sums, written independently of the code under test. Returns hidden cells pinned to one value. */
function pinnedCells(values: Record<string, number | string>, lines: Line[], threshold: number): string[] {
  const BIG = 1e9;
  const range = new Map<string, [number, number]>();
  for (const [key, value] of Object.entries(values)) range.set(key, typeof value === 'number' ? [value, value] : value === `<${threshold}` ? [1, threshold - 1] : [0, BIG]);
  for (let changed = true, guard = 0; changed && guard < 500; guard++) {
    changed = false;
    for (const { cells, total } of lines) {
      const all = [...cells.map((k) => ({ k, sign: 1 })), { k: total, sign: -1 }];
      // Σ cells − total = 0: each variable is bounded by the others.
      for (const { k, sign } of all) {
        let lo = 0;
        let hi = 0;
        for (const other of all) {
          if (other.k === k) continue;
          const [a, b] = range.get(other.k)!;
          // contribution of the other term to −sign·(rest)
          const [c, d] = other.sign === sign ? [-b, -a] : [a, b];
          lo += c;
          hi += d;
        }
        const [ownLo, ownHi] = range.get(k)!;
        const next: [number, number] = [Math.max(ownLo, Math.max(lo, -BIG)), Math.min(ownHi, Math.min(hi, BIG))];
        if (next[0] !== ownLo || next[1] !== ownHi) {
          range.set(k, next);
          changed = true;
        }
      }
    }
  }
  return Object.entries(values)
    .filter(([, value]) => typeof value === 'string')
    .filter(([key]) => range.get(key)![0] === range.get(key)![1])
    .filter(([, value]) => !(value === `<${threshold}` && threshold === 2))
    .map(([key]) => key);
}

describe('manager summary', () => {
  it('counts add up: every breakdown sums to its total, and the totals match the records', () => {
    fc.assert(
      fc.property(workbook, (input) => {
        const summary = buildManagerSummary({ ...input, settings: { ...input.settings, suppressionThreshold: 0 } });
        const { values, lines } = readerView(summary);
        for (const { cells, total } of lines) expect(cells.reduce((n, k) => n + (values[k] as number), 0)).toBe(values[total]);
        expect(summary.matchesTotal).toBe(input.matches.length);
        expect(summary.consumersTotal).toBe(input.consumers.length);
        expect(summary.goalsTotal).toBe(input.goals.length);
        expect(summary.training.mentors).toBe(input.mentors.filter((m) => m.status === 'active' || m.status === null).length);
      }),
      { numRuns: 150 },
    );
  });

  it('hides every count from 1 to threshold − 1, shows every other count as it is, and no hidden count can be worked out', () => {
    fc.assert(
      fc.property(workbook, (input) => {
        const t = input.settings.suppressionThreshold;
        const raw = readerView(buildManagerSummary({ ...input, settings: { ...input.settings, suppressionThreshold: 0 } })).values;
        const { values, lines } = readerView(buildManagerSummary(input));
        for (const [key, value] of Object.entries(values)) {
          const truth = raw[key] as number;
          if (typeof value === 'number') expect(value).toBe(truth);
          // Small counts are hidden: as "<t", or as "*" where even that bound would give them away.
          if (truth >= 1 && truth < t) expect([`<${t}`, '*']).toContain(value);
          if (value === `<${t}`) expect(truth >= 1 && truth < t).toBe(true);
        }
        expect(pinnedCells(values, lines, t)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps 2 closed matches hidden in a first-year program, where matches started this year (18) minus active (10) and completed (6) would give it', () => {
    const mentor = aMentor({ id: 'M-0001' });
    const statuses: MatchStatus[] = [...Array<MatchStatus>(10).fill('active'), ...Array<MatchStatus>(6).fill('completed'), 'closed', 'closed'];
    const consumers = statuses.map((_, i) => aConsumer({ id: `C-${100 + i}`, requestedOn: '2026-01-05' }));
    const matches = statuses.map((status, i) => aMatch({ id: `X-${100 + i}`, consumerId: `C-${100 + i}`, mentorId: mentor.id, status, proposedOn: '2026-02-01', startedOn: '2026-02-10', endedOn: status === 'active' ? null : '2026-06-01' }));
    const input: ManagerSummaryInput = { consumers, mentors: [mentor], goals: [], matches, reviews: [], training: new Map(), asOf: ASOF, settings: { suppressionThreshold: 5, reviewIntervalDays: 90 } };
    const summary = buildManagerSummary(input);
    expect(summary.matchesByOutcome.find((row) => row.outcome === 'closed')!.count).toBe('<5');
    const truth = readerView(buildManagerSummary({ ...input, settings: { ...input.settings, suppressionThreshold: 0 } })).values as Record<string, number>;
    const published = readerView(summary);
    const links = crossTableView(input, summary);
    expect(derivableSmallCounts({ ...published.values, ...links.values }, [...published.lines, ...links.lines], truth, 5)).toEqual([]);
    // Hiding "closed" alone would not do: at least one more of the numbers it could be worked out from is hidden.
    const linked = [...summary.matchesByOutcome.map((row) => row.count), summary.matchesTotal, summary.trends.totals.matchesStarted, ...summary.trends.months.map((m) => m.matchesStarted)];
    expect(linked.filter((value) => typeof value === 'string').length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['programs of any age', workbook, 150],
    ['first-year programs', firstYearWorkbook, 150],
  ] as const)('leaves no hidden count from 1 to threshold − 1 derivable across all tables together, by exact search (%s)', (_, workbooks, runs) => {
    fc.assert(
      fc.property(workbooks, (input) => {
        const t = input.settings.suppressionThreshold;
        const truth = readerView(buildManagerSummary({ ...input, settings: { ...input.settings, suppressionThreshold: 0 } })).values as Record<string, number>;
        const summary = buildManagerSummary(input);
        const published = readerView(summary);
        const links = crossTableView(input, summary);
        const values = { ...published.values, ...links.values };
        expect(derivableSmallCounts(values, [...published.lines, ...links.lines], truth, t)).toEqual([]);
      }),
      { numRuns: runs },
    );
  });

  it('contains none of the people\'s names, emails, phones, ZIPs, addresses, notes, lived experience or record IDs', () => {
    fc.assert(
      fc.property(workbook, (input) => {
        for (const threshold of [0, input.settings.suppressionThreshold]) {
          const text = JSON.stringify(buildManagerSummary({ ...input, settings: { ...input.settings, suppressionThreshold: threshold } }));
          const people = [...input.mentors, ...input.consumers];
          const secrets = people.flatMap((p) => [p.name, p.email, p.phone, p.zip, p.address, p.notes, p.id, ...('livedExperience' in p ? p.livedExperience : p.livedExperienceWanted)]);
          const ids = [...input.goals.map((g) => g.id), ...input.matches.map((m) => m.id)];
          expect(personalDetailsIn(text, [...secrets, ...ids].filter((secret): secret is string => Boolean(secret)))).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('publishes medians and rates only when the counts behind them are shown', () => {
    const consumers = [1, 2, 3].map((i) => aConsumer({ id: `C-${i}`, status: 'waiting', requestedOn: addDays(ASOF, -10 * i) }));
    const small = buildManagerSummary({ consumers, mentors: [], goals: [], matches: [], reviews: [], training: new Map(), asOf: ASOF, settings: { suppressionThreshold: 5, reviewIntervalDays: 90 } });
    expect(small.consumersWaiting).toBe('<5');
    expect(small.medianDaysWaiting).toBeNull();
    const open = buildManagerSummary({ consumers, mentors: [], goals: [], matches: [], reviews: [], training: new Map(), asOf: ASOF, settings: { suppressionThreshold: 0, reviewIntervalDays: 90 } });
    expect(open.consumersWaiting).toBe(3);
    expect(open.medianDaysWaiting).toBe(20);
  });
});

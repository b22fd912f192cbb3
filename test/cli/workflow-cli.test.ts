import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/local/xlsx-workbook';
import { addDays, daysBetween } from '../../src/domain/dates';
import { DEFAULT_LIFE_AREAS } from '../../src/domain/crosswalk';
import { readWorkbook, WorkbookModel } from '../../src/domain/workbook-reader';
import { buildDemoWorkbook } from '../../src/demo/demo-workbook';
import { CLI_BIN } from '../helpers/paths';

const ASOF = '2026-11-22';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(...args: string[]) {
  const result = cli(...args, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-workflow-'));
const demo = path.join(dir, 'demo.xlsx');
const broken = path.join(dir, 'broken.xlsx');
let model: WorkbookModel;

beforeAll(async () => {
  expect(cli('demo', demo, '--as-of', ASOF)).toMatchObject({ code: 0 });
  model = readWorkbook(await XlsxWorkbook.open(demo));
  // The demo with the kinds of mistakes people make, each on a known row.
  const workbook = XlsxWorkbook.empty();
  for (const { tab, rows } of buildDemoWorkbook({ asOf: ASOF })) {
    workbook.createTab(tab, rows[0]!.map(String));
    const extra: unknown[][] =
      tab === 'Attendance' ? [['T-9999', 'M-0001', 'Yes'], ['T-0001', 'M-9999', 'Yes'], [rows[1]![0], rows[1]![1], 'Yes']]
      : tab === 'Reviews' ? [['R-9001', endedMatch(), ASOF, 'Review', 'Mentor', '', '', 30, '', '']]
      : tab === 'Goals' ? [['G-9001', 'C-0001', 'Astrophysics', 'Learn the stars', 'Look up', 'In progress', '2026-01-01', '', '', '']]
      : [];
    workbook.append(tab, [...rows.slice(1), ...extra] as never);
  }
  await workbook.save(broken);
});

/** A match of the demo that ended before the as-of date, so a review dated on the as-of date is a review of a closed match. */
function endedMatch(): string {
  return model.matches.find((m) => (m.status === 'closed' || m.status === 'completed') && m.endedOn !== null && m.endedOn < ASOF)!.id;
}

describe('peer-mentoring training', () => {
  it('gives every mentor a status that agrees with their current-until date and the warning window', () => {
    const report = json('training', demo, '--as-of', ASOF);
    expect(report.asOf).toBe(ASOF);
    expect(report.mentors).toHaveLength(model.mentors.length);
    const statuses = new Set<string>();
    for (const m of report.mentors) {
      expect(Object.keys(m).sort()).toEqual(['currentUntil', 'lastSession', 'mentorId', 'status']);
      statuses.add(m.status);
      if (m.status === 'not-trained') {
        expect(m).toMatchObject({ lastSession: null, currentUntil: null });
        continue;
      }
      expect(m.currentUntil).toBe(addDays(m.lastSession, 90));
      const left = daysBetween(ASOF, m.currentUntil);
      expect(m.status).toBe(left < 0 ? 'lapsed' : left < 21 ? 'due-soon' : 'current');
    }
    // The demo has mentors in every state.
    expect([...statuses].sort()).toEqual(['current', 'due-soon', 'lapsed', 'not-trained']);
  });

  it('flags, never closes, the active matches of lapsed mentors, and lists upcoming sessions', () => {
    const report = json('training', demo, '--as-of', ASOF);
    const lapsed = new Set(report.mentors.filter((m: { status: string }) => m.status === 'lapsed' || m.status === 'not-trained').map((m: { mentorId: string }) => m.mentorId));
    const expected = model.matches.filter((m) => m.status === 'active' && lapsed.has(m.mentorId)).map((m) => m.id).sort();
    expect(report.flaggedMatches.map((f: { matchId: string }) => f.matchId)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(report.upcoming.length).toBeGreaterThan(0);
    for (const s of report.upcoming) expect(s.date >= ASOF).toBe(true);
    expect(report.issues).toEqual([]);
  });

  it('prints a readable report by default', () => {
    const result = cli('training', demo, '--as-of', ASOF);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Training status as of 22 Nov 2026/);
    expect(result.stdout).toMatch(/flagged, not closed/);
  });
});

describe('peer-mentoring reviews', () => {
  it('lists only active matches, most overdue first, with days overdue counted from the due date', () => {
    const report = json('reviews', demo, '--as-of', ASOF);
    const active = new Set(model.matches.filter((m) => m.status === 'active').map((m) => m.id));
    expect(report.due.length).toBeGreaterThan(0);
    let previous = Infinity;
    for (const d of report.due) {
      expect(active.has(d.matchId)).toBe(true);
      expect(d.daysOverdue).toBe(daysBetween(d.dueOn, ASOF));
      expect(d.daysOverdue).toBeGreaterThanOrEqual(0);
      expect(d.daysOverdue).toBeLessThanOrEqual(previous);
      previous = d.daysOverdue;
    }
    for (const u of report.upcoming) expect(daysBetween(ASOF, u.dueOn)).toBeGreaterThan(0);
  });

  it('moves with the as-of date: a day later, everything due is a day more overdue', () => {
    const today = json('reviews', demo, '--as-of', ASOF);
    const tomorrow = json('reviews', demo, '--as-of', addDays(ASOF, 1));
    for (const d of today.due) {
      expect(tomorrow.due).toContainEqual({ ...d, daysOverdue: d.daysOverdue + 1 });
    }
  });
});

describe('peer-mentoring summary', () => {
  it('builds the PPR worksheet for the fiscal year asked for, with totals that add up', () => {
    const report = json('summary', demo, '--as-of', ASOF, '--fiscal-year', '2026');
    expect(report.fiscalYear).toBe(2026);
    expect(report.ppr).toMatchObject({ start: '2025-10-01', end: '2026-09-30', countedThrough: '2026-09-30' });
    expect(report.ppr.goalsByArea.map((r: { area: string }) => r.area)).toEqual(DEFAULT_LIFE_AREAS);
    for (const key of ['set', 'met', 'inProgress'] as const) {
      expect(report.ppr.goalsByArea.reduce((n: number, r: Record<string, number>) => n + r[key]!, 0)).toBe(report.ppr.totals[key]);
    }
    expect(report.ppr.totals.set).toBeGreaterThan(0);
    expect(report.ppr.consumersServed).toBeGreaterThanOrEqual(report.ppr.consumersReceivingPeerSupport);
    expect(report.ppr.consumersReceivingPeerSupport).toBeGreaterThan(0);
  });

  it('defaults to the fiscal year of the as-of date', () => {
    expect(json('summary', demo, '--as-of', ASOF).fiscalYear).toBe(2027);
    expect(json('summary', demo, '--as-of', '2026-09-30').fiscalYear).toBe(2026);
  });

  it('gives managers aggregates only: no name, email, phone, ZIP or ID from the workbook', () => {
    const report = json('summary', demo, '--as-of', ASOF);
    const text = JSON.stringify(report.manager);
    const people = [...model.mentors, ...model.consumers];
    expect(people.length).toBe(160);
    for (const p of people) {
      for (const secret of [p.name, p.email, p.phone, p.zip, p.id]) if (secret) expect(text).not.toContain(secret);
    }
    for (const id of [...model.matches.map((m) => m.id), ...model.goals.map((g) => g.id)]) expect(text).not.toContain(id);
    expect(report.manager.activeMatches).toBe(model.matches.filter((m) => m.status === 'active').length);
    expect(text).toMatch(/"<5"/); // the demo has small counts, and they are hidden
  });

  it('answers a bad fiscal year or date with one sentence and exit 2', () => {
    for (const args of [['--fiscal-year', '1999'], ['--fiscal-year', 'next'], ['--as-of', '22/11/2026']]) {
      const result = cli('summary', demo, ...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/fiscal-year|as-of/);
    }
  });
});

describe('bad input', () => {
  it('reports each bad row with tab, row and column and still answers', () => {
    const training = json('training', broken, '--as-of', ASOF);
    const codes = training.issues.map((i: { code: string; location: { tab: string; row: number; column: string } }) => `${i.code} ${i.location.tab}:${i.location.column}`);
    expect(codes).toEqual(expect.arrayContaining(['ATTENDANCE.UNKNOWN_SESSION Attendance:Session ID', 'ATTENDANCE.UNKNOWN_MENTOR Attendance:Mentor ID', 'ATTENDANCE.DUPLICATE Attendance:Mentor ID']));
    expect(training.mentors).toEqual(json('training', demo, '--as-of', ASOF).mentors);

    const reviews = json('reviews', broken, '--as-of', ASOF);
    expect(reviews.issues).toContainEqual(expect.objectContaining({ code: 'REVIEW.MATCH_CLOSED', location: expect.objectContaining({ tab: 'Reviews', column: 'Date' }) }));
    expect(reviews.due).toEqual(json('reviews', demo, '--as-of', ASOF).due);

    const summary = json('summary', broken, '--as-of', ASOF, '--fiscal-year', '2026');
    expect(summary.issues).toContainEqual(expect.objectContaining({ location: expect.objectContaining({ tab: 'Goals', column: 'Area' }) }));
    expect(summary.ppr.totals).toEqual(json('summary', demo, '--as-of', ASOF, '--fiscal-year', '2026').ppr.totals);
  });
});

// The sidebar and the command line answer each question through the same use case: on the demo and on small messy
// workbooks (a match started before it was proposed, unreadable values, repeated IDs) they list the same records,
// the same items due and the same rows left out, with the same codes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/local/xlsx-workbook';
import { buildDemoWorkbook } from '../../src/demo/demo-workbook';
import { describeLocation } from '../../src/domain/errors';
import { FakeSpreadsheet } from '../../src/workbench/gas';
import { AS_OF, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';
import { CLI_BIN } from '../helpers/paths';

type Rows = unknown[][];
type Book = { tab: string; rows: Rows }[];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-parity-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A small program: the demo's first 14 consumers (all in matches) and 8 mentors, and three people waiting. */
function small(): Book {
  const book = buildDemoWorkbook({ asOf: AS_OF, consumers: 14, mentors: 8 }).map(({ tab, rows }) => ({ tab, rows: rows.map((r) => [...r]) }));
  const consumers = tabOf(book, 'Consumers');
  for (const [i, source] of consumers.slice(1, 4).entries()) {
    const row = [...source];
    row[column(consumers, 'Consumer ID')] = `C-090${i + 1}`;
    row[column(consumers, 'Status')] = 'Waiting';
    row[column(consumers, 'Requested on')] = `2026-0${i + 7}-01`;
    consumers.push(row);
  }
  return book;
}

function tabOf(book: Book, tab: string): Rows {
  return book.find((t) => t.tab === tab)!.rows;
}

function column(rows: Rows, header: string): number {
  const index = rows[0]!.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
}

/** A match that is active, with its row. */
function activeMatchRow(book: Book): unknown[] {
  const matches = tabOf(book, 'Matches');
  return matches.slice(1).find((r) => r[column(matches, 'Status')] === 'Active')!;
}

const WORKBOOKS: Record<string, () => Book> = {
  demo: () => buildDemoWorkbook({ asOf: AS_OF }).map(({ tab, rows }) => ({ tab, rows: rows.map((r) => [...r]) })),
  'a match started before it was proposed': () => {
    const book = small();
    const matches = tabOf(book, 'Matches');
    const row = activeMatchRow(book);
    row[column(matches, 'Proposed on')] = '2026-06-01';
    row[column(matches, 'Intro on')] = '2026-06-05';
    row[column(matches, 'Started on')] = '2026-03-01';
    return book;
  },
  'unreadable values': () => {
    const book = small();
    const reviews = tabOf(book, 'Reviews');
    reviews[1]![column(reviews, 'Date')] = 'sometime in spring';
    const matches = tabOf(book, 'Matches');
    activeMatchRow(book)[column(matches, 'Started on')] = 'not sure';
    const attendance = tabOf(book, 'Attendance');
    attendance[2]![column(attendance, 'Attended')] = 'maybe';
    const mentors = tabOf(book, 'Mentors');
    mentors[2]![column(mentors, 'Max mentees')] = 'a few';
    tabOf(book, 'Settings').push(['reviewIntervalDays', 'ninety']);
    return book;
  },
  'repeated IDs': () => {
    const book = small();
    const matches = tabOf(book, 'Matches');
    matches.push([...activeMatchRow(book)]);
    const reviews = tabOf(book, 'Reviews');
    reviews.push([...reviews[3]!]);
    const mentors = tabOf(book, 'Mentors');
    mentors.push([...mentors[1]!]);
    const trainings = tabOf(book, 'Trainings');
    trainings.push([...trainings[1]!]);
    return book;
  },
};

interface Hosts {
  json(command: string, ...args: string[]): any;
  sidebar<T = any>(name: string, ...args: unknown[]): T;
  waiting: string;
}

/** The same rows, as the coordinator's spreadsheet (for the add-on) and as an .xlsx file (for the command line). */
async function open(name: string, book: Book): Promise<Hosts> {
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
  const xlsx = XlsxWorkbook.empty();
  const ss = new FakeSpreadsheet({ timeZone: 'America/Chicago' });
  for (const { tab, rows } of book) {
    xlsx.createTab(tab, rows[0]!.map(String));
    xlsx.append(tab, rows.slice(1) as never);
    ss.addSheet(tab, rows);
  }
  await xlsx.save(file);
  const addon = startAddon(ss);
  setUp(addon);
  const consumers = tabOf(book, 'Consumers');
  const waiting = String(consumers.slice(1).find((r) => r[column(consumers, 'Status')] === 'Waiting')![0]);
  return {
    json(command, ...args) {
      const asOf = command === 'check' ? [] : ['--as-of', AS_OF];
      const result = spawnSync(process.execPath, [CLI_BIN, command, file, ...asOf, '--json', ...args], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout);
    },
    sidebar: (fn, ...args) => sidebarCall(addon, fn, ...args),
    waiting,
  };
}

const leftOut = (issues: { code: string; message: string; location: Parameters<typeof describeLocation>[0] }[]) =>
  issues.map((i) => ({ code: i.code, where: describeLocation(i.location), message: i.message }));

describe.each(Object.keys(WORKBOOKS))('the sidebar and the command line agree on %s', (name) => {
  let hosts: Hosts;
  beforeAll(async () => {
    hosts = await open(name, WORKBOOKS[name]!());
  });

  it('review log: the same reviews and check-ins due, and the same rows left out', () => {
    const cli = hosts.json('reviews');
    const sidebar = hosts.sidebar('getReviewLog');
    const item = (d: { matchId: string; kind: string; dueOn: string }) => `${d.matchId} ${d.kind} ${d.dueOn}`;
    expect(sidebar.due.map(item)).toEqual([...cli.due, ...cli.upcoming].map(item));
    expect(sidebar.leftOut).toEqual(leftOut(cli.issues));
  });

  it('training: the same statuses, flagged matches, sessions, and rows left out', () => {
    const cli = hosts.json('training');
    const sidebar = hosts.sidebar('getTraining');
    const shown = new Set(sidebar.mentors.map((m: { mentorId: string }) => m.mentorId));
    const status = (m: { mentorId: string; status: string; currentUntil: string | null }) => `${m.mentorId} ${m.status} ${m.currentUntil}`;
    expect(sidebar.mentors.map(status).sort()).toEqual(cli.mentors.filter((m: { mentorId: string }) => shown.has(m.mentorId)).map(status).sort());
    expect(sidebar.flaggedMatches.map((f: { matchId: string }) => f.matchId)).toEqual(cli.flaggedMatches.map((f: { matchId: string }) => f.matchId));
    expect(sidebar.upcoming.map((s: { sessionId: string }) => s.sessionId)).toEqual(cli.upcoming.map((s: { sessionId: string }) => s.sessionId));
    expect(sidebar.leftOut).toEqual(leftOut(cli.issues));
  });

  it('suggestions: the same mentors in the same order with the same scores, the same left out, and the same rows left out', () => {
    const cli = hosts.json('suggest', '--consumer', hosts.waiting);
    const sidebar = hosts.sidebar('getMatchSuggestions', hosts.waiting);
    expect(sidebar.suggestions.map((s: { mentorId: string; score: number }) => [s.mentorId, s.score])).toEqual(cli.suggestions.map((s: { mentorId: string; score: number }) => [s.mentorId, s.score]));
    expect(sidebar.excluded.map((e: { mentorId: string; rule: string }) => `${e.mentorId} ${e.rule}`)).toEqual(cli.excluded.map((e: { mentorId: string; rule: string }) => `${e.mentorId} ${e.rule}`));
    expect(sidebar.leftOut).toEqual(leftOut(cli.issues));
  });

  it('batch plan: the same pairs, the same consumers left unmatched, and the same rows left out', () => {
    const cli = hosts.json('assign');
    const sidebar = hosts.sidebar('getBatchProposals');
    const pair = (p: { consumerId: string; mentorId: string; score: number }) => `${p.consumerId} ${p.mentorId} ${p.score}`;
    expect(sidebar.proposals.map(pair)).toEqual(cli.proposals.map(pair));
    expect(sidebar.unmatched.map((u: { consumerId: string; reason: string }) => `${u.consumerId} ${u.reason}`)).toEqual(cli.unmatched.map((u: { consumerId: string; reason: string }) => `${u.consumerId} ${u.reason}`));
    expect(sidebar.leftOut).toEqual(leftOut(cli.issues));
  });

  it('setup check: the same tabs and the same problems', () => {
    const cli = hosts.json('check');
    const sidebar = hosts.sidebar('getWorkbookCheck');
    expect(sidebar.usable).toBe(cli.usable);
    // Setup created the Applications, PPR and Audit tabs in the add-on's copy; the tabs both have are read alike.
    const tab = (t: { role: string; tab: string | null; rows: number }) => `${t.role} ${t.tab} ${t.rows}`;
    const both = cli.tabs.filter((t: { tab: string | null }) => t.tab !== null);
    expect(both.length).toBeGreaterThanOrEqual(8);
    expect(sidebar.tabs.filter((t: { role: string }) => both.some((c: { role: string }) => c.role === t.role)).map(tab)).toEqual(both.map(tab));
    expect(sidebar.issues).toEqual(cli.issues);
  });
});

describe('on a workbook whose match was started before it was proposed', () => {
  it('neither host lists reviews due for that match, and both say why with MATCH.DATES_OUT_OF_ORDER', async () => {
    const book = WORKBOOKS['a match started before it was proposed']!();
    const matchId = String(activeMatchRow(book)[0]);
    const hosts = await open('out-of-order-again', book);
    const cli = hosts.json('reviews');
    const sidebar = hosts.sidebar('getReviewLog');
    expect([...cli.due, ...cli.upcoming].some((d: { matchId: string }) => d.matchId === matchId)).toBe(false);
    expect(sidebar.due.some((d: { matchId: string }) => d.matchId === matchId)).toBe(false);
    expect(cli.issues.map((i: { code: string }) => i.code)).toContain('MATCH.DATES_OUT_OF_ORDER');
    expect(sidebar.leftOut.map((r: { code: string }) => r.code)).toContain('MATCH.DATES_OUT_OF_ORDER');
  });
});

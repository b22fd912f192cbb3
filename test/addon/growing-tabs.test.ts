// Tabs that only grow: logging a review adds rows to Reviews without reading the tab whole (its header rows and its
// ID column only), no write reads the Audit tab past its first rows, and the Audit tab rolls over to a yearly tab
// when a new year's first row is written — the match's story still shows every Audit row, old and new.
import type { FakeSheet, FakeSpreadsheet } from '../../src/workbench/gas';
import { demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

/** Records every cell of a tab the add-on reads, as [row, column] (1-based, as the sheet counts). */
function watchReads(ss: FakeSpreadsheet, tab: string): [number, number][] {
  const sheet = ss.sheet(tab) as FakeSheet & { get(row: number, column: number): unknown };
  const reads: [number, number][] = [];
  const get = sheet.get.bind(sheet);
  sheet.get = (row: number, column: number) => {
    reads.push([row, column]);
    return get(row, column);
  };
  return reads;
}

function activeMatch(addon: ReturnType<typeof startAddon>) {
  const matches = sidebarCall(addon, 'listMatches', { open: true }) as { matchId?: string; id?: string; status: string }[];
  const active = matches.find((m) => /active/i.test(m.status))!;
  return (active.matchId ?? active.id)!;
}

describe('tabs that only grow', () => {
  it('logs a review reading only the header rows and the ID column of Reviews, and only the first rows of Audit', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const reviewRows = ss.sheet('Reviews')!.values().length;
    expect(reviewRows).toBeGreaterThan(50);
    const matchId = activeMatch(addon);
    const reviews = watchReads(ss, 'Reviews');
    const audit = watchReads(ss, 'Audit');
    const logged = sidebarCall(addon, 'logReview', { matchId, kind: 'check-in', date: '2026-11-19', attendees: ['Mentor'], minutes: 30, notes: '', progress: [] });
    expect(logged.reviewIds).toHaveLength(1);
    expect(ss.sheet('Reviews')!.values()).toHaveLength(reviewRows + 1);

    const idColumn = 1; // Review ID is the first column of the demo's Reviews tab
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.filter(([row, column]) => row > 10 && column !== idColumn)).toEqual([]);
    expect(audit.filter(([row]) => row > 10)).toEqual([]);
  });

  it("rolls the Audit tab over to a yearly tab on a new year's first write, and the story still reads every row", () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const matchId = activeMatch(addon);
    expect(JSON.stringify(sidebarCall(addon, 'getMatchStory', matchId))).not.toContain('A change was undone');
    // A tab started last year: its first row is from 2025 (an undo on this match), then this year's rows.
    const auditTab = ss.sheet('Audit')!;
    const [header, ...rows] = auditTab.values();
    const lastYear = ['2025-12-30T15:00:00.000Z', 'coordinator@example.org', 'match.undo', matchId, 'status back to active'];
    [header!, lastYear, ...rows].forEach((row, r) => row.forEach((value, c) => auditTab.set(r + 1, c + 1, value)));

    sidebarCall(addon, 'logReview', { matchId, kind: 'check-in', date: '2026-11-19', attendees: ['Mentor'], minutes: 30, notes: '', progress: [] });

    expect(ss.sheet('Audit 2025')!.values()).toEqual([header, lastYear, ...rows]);
    const fresh = ss.sheet('Audit')!.values();
    expect(fresh[0]).toEqual(header);
    expect(fresh.slice(1).map((row) => row[2])).toEqual(['review.check-in']);
    // The story reads the yearly tab too: last year's undo is still in it.
    expect(JSON.stringify(sidebarCall(addon, 'getMatchStory', matchId))).toContain('A change was undone');
  });
});

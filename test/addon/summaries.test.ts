import type { FakeSpreadsheet } from '../../src/workbench/gas';
import { demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

const rowsOf = (ss: FakeSpreadsheet, tab: string) => ss.sheet(tab)!.values().map((row) => row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)));

describe('refreshing the PPR worksheet', () => {
  it('blames a review of a match with dates out of order on the match, not on an unknown match, and lists it on the PPR tab', () => {
    const ss = demoSpreadsheet();
    const matches = ss.sheet('Matches')!;
    const [header, ...rows] = matches.values();
    const col = (name: string) => header!.indexOf(name);
    const [reviewHeader, ...reviews] = rowsOf(ss, 'Reviews');
    const reviewed = new Set(reviews.map((r) => String(r[reviewHeader!.indexOf('Match ID')])));
    const at = rows.findIndex((r) => reviewed.has(String(r[col('Match ID')])) && r[col('Started on')]);
    expect(at).toBeGreaterThanOrEqual(0);
    const matchId = String(rows[at]![col('Match ID')]);
    // Proposed a year after it started: the match's own dates are out of order.
    const started = rows[at]![col('Started on')];
    const later = started instanceof Date ? new Date(started.getTime() + 365 * 86400000) : `${Number(String(started).slice(0, 4)) + 1}${String(started).slice(4)}`;
    matches.cells[at + 1]![col('Proposed on')] = later;

    const addon = startAddon(ss);
    setUp(addon);
    const result = sidebarCall(addon, 'refreshPpr', { fiscalYear: 2027 });
    expect(result.message).toMatch(/\d+ rows? (was|were) left out of the counts; the PPR tab lists why\./);

    const ppr = rowsOf(ss, 'PPR');
    const heading = ppr.findIndex((r) => /^Rows left out of these counts \(\d+\)$/.test(String(r[0])));
    expect(heading).toBeGreaterThan(0);
    expect(ppr[heading + 1]).toEqual(['Tab', 'Row', 'Column', 'Why']);
    const listed = ppr.slice(heading + 2).filter((r) => r.length >= 4 && r[3]);
    expect(listed.some((r) => r[0] === 'Matches' && r[1] === at + 2)).toBe(true);
    expect(listed.map((r) => String(r[3])).join('\n')).not.toMatch(new RegExp(`Match ${matchId} is not on the Matches tab`));
    expect(String(ppr[ppr.length - 1]![0])).toMatch(/^Rebuilt by Peer Mentoring/);
  });

  it('lists nothing left out when every row can be counted, and a second refresh leaves no stale rows behind', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const first = sidebarCall(addon, 'refreshPpr', { fiscalYear: 2027 });
    const height = rowsOf(ss, 'PPR').filter((r) => r.some((v) => v !== '' && v !== null)).length;
    sidebarCall(addon, 'refreshPpr', { fiscalYear: 2027 });
    expect(rowsOf(ss, 'PPR').filter((r) => r.some((v) => v !== '' && v !== null)).length).toBe(height);
    expect(first.message).not.toMatch(/left out/);
    expect(rowsOf(ss, 'PPR').some((r) => /^Rows left out/.test(String(r[0])))).toBe(false);
  });
});

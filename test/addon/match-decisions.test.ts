// Each side's decision after the intro meeting is data on the match's own row, read like every other field; a
// workbook set up by an earlier release gets the two columns once, with the decisions its Audit tab recorded.
import { buildDemoWorkbook } from '../../src/demo/demo-workbook';
import { FakeSpreadsheet } from '../../src/workbench/gas';
import { acceptProposal, AS_OF, proposeFirstSuggestion, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

/** The demo program as a coordinator's own sheets made before decisions had columns: Matches ends at Decline reason. */
function earlierSheets(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet({ timeZone: 'America/Chicago' });
  for (const { tab, rows } of buildDemoWorkbook({ asOf: AS_OF })) {
    const end = tab === 'Matches' ? rows[0]!.indexOf('Decline reason') + 1 : undefined;
    ss.addSheet(tab, rows.map((r) => r.slice(0, end)));
  }
  return ss;
}

const header = (ss: FakeSpreadsheet) => ss.sheet('Matches')!.values()[0]!.map(String);

function rowOf(ss: FakeSpreadsheet, matchId: string): unknown[] {
  return ss.sheet('Matches')!.values().find((r) => r[0] === matchId)!;
}

describe('decisions on the Matches row', () => {
  it('adds the two decision columns after the last column at setup, moving nothing', () => {
    const ss = earlierSheets();
    const before = header(ss);
    setUp(startAddon(ss));
    expect(header(ss)).toEqual([...before, 'Mentor decision', 'Consumer decision', 'Intro time', 'Intro place']);
  });

  it("stores each side's decision on the match's row and reads it back without the Audit tab", () => {
    const { ss, addon, match } = proposeFirstSuggestion();
    sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'schedule-intro', on: AS_OF });
    const decided = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'decide', side: 'consumer', decision: 'yes' });
    expect(decided.decisions).toEqual({ mentor: null, consumer: 'yes' });
    const columns = header(ss);
    expect(rowOf(ss, match.id)[columns.indexOf('Consumer decision')]).toBe('Yes');
    expect(rowOf(ss, match.id)[columns.indexOf('Mentor decision')]).toBe('');
    // The Audit tab is history: emptied, the decision is still known.
    const audit = ss.sheet('Audit')!;
    while (audit.values().length > 1) audit.deleteRow(2);
    expect(sidebarCall(addon, 'getMatchDetail', match.id).decisions).toEqual({ mentor: null, consumer: 'yes' });
  });

  it('upgrades a workbook set up by the earlier layout: columns added once, Audit decisions moved onto the rows', () => {
    const ss = earlierSheets();
    const proposal = sidebarCall(startAddon(earlierSheets()), 'getSetupProposal');
    const choices = acceptProposal(proposal);
    const tabs = Object.fromEntries(Object.entries(choices.tabs).filter(([, t]) => t.tab !== ''));
    const matchId = String(ss.sheet('Matches')!.values()[1]![0]);
    ss.addSheet('Audit', [
      ['When', 'Who', 'Action', 'Record', 'Details'],
      ['2026-11-01T10:00:00.000Z', 'coordinator@example.org', 'match.decision', matchId, 'mentor: no'],
      ['2026-11-02T10:00:00.000Z', 'coordinator@example.org', 'match.decision', matchId, 'mentor: yes'],
      ['2026-11-02T11:00:00.000Z', 'coordinator@example.org', 'match.decision', matchId, 'consumer: yes'],
    ]);
    const before = header(ss);
    const earlier = { version: 2, mapping: { version: 1, tabs: { ...tabs, audit: { tab: 'Audit', fields: {} } } }, setupAt: '2026-10-01T00:00:00.000Z', setupBy: 'coordinator@example.org' };
    const addon = startAddon(ss, { documentProperties: { 'peerMentoring.layout': JSON.stringify(earlier) } });

    expect(sidebarCall(addon, 'getMatchDetail', matchId).decisions).toEqual({ mentor: 'yes', consumer: 'yes' });
    expect(header(ss)).toEqual([...before, 'Mentor decision', 'Consumer decision', 'Intro time', 'Intro place']);
    expect(rowOf(ss, matchId).slice(-4)).toEqual(['Yes', 'Yes', '', '']);
    const saved = JSON.parse(addon.documentProperties.data.get('peerMentoring.layout')!);
    expect(saved.version).toBe(4);
    expect(saved.mapping.tabs.matches.fields).toMatchObject({ mentorDecision: 'Mentor decision', consumerDecision: 'Consumer decision' });
    // Once is enough: opening the match again adds nothing.
    sidebarCall(addon, 'getMatchDetail', matchId);
    expect(header(ss)).toEqual([...before, 'Mentor decision', 'Consumer decision', 'Intro time', 'Intro place']);
    expect(ss.sheet('Audit')!.values().filter((r) => r[2] === 'setup.upgrade')).toHaveLength(1);
  });
});

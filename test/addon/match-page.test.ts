// The match page through the built add-on: both people's contacts, the intro meeting's date, time and place kept on
// the Matches row (layout 4 adds the two columns once), activation offered only when it can succeed, with a start
// date, and what must come first for the rest; the intro drafts read the saved time and place.
import { FakeSpreadsheet } from '../../src/workbench/gas';
import { buildDemoWorkbook } from '../../src/demo/demo-workbook';
import { acceptProposal, AS_OF, callError, proposeFirstSuggestion, sidebarCall, startAddon } from '../helpers/addon-runtime';

const cell = (ss: FakeSpreadsheet, matchId: string, header: string) => {
  const [head, ...rows] = ss.sheet('Matches')!.values();
  return rows.find((r) => r[0] === matchId)![head!.map(String).indexOf(header)];
};

describe('the match page in the built add-on', () => {
  it("shows both people's phone and email, and says the introduction must be scheduled before activating", () => {
    const { ss, match } = proposeFirstSuggestion();
    const [head, ...consumers] = ss.sheet('Consumers')!.values();
    const consumer = consumers.find((r) => r[0] === match.consumerId)!;
    expect(match.contacts.consumer).toEqual({ email: String(consumer[head!.indexOf('Email')]) || null, phone: expect.anything() });
    expect(match.contacts.mentor.email ?? match.contacts.mentor.phone).toBeTruthy();
    // A phone reads as the letters write it, not as it is kept (+16515551082).
    expect(match.contacts.mentor.phone).toMatch(/^\d{3}-\d{3}-\d{4}$/);
    expect(match.actions).toEqual(['schedule-intro', 'decide']);
    expect(match.firstSteps).toEqual([{ step: 'activate', text: 'Schedule the introduction first.' }]);
    expect(match.days.proposedOn).toBe('20 Nov 2026');
  });

  it('keeps the intro time and place on the Matches row, and the intro drafts and letters use them', () => {
    const { ss, addon, match } = proposeFirstSuggestion();
    const scheduled = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'schedule-intro', on: AS_OF, time: '2:30 pm', place: 'Rondo Library' });
    expect(scheduled).toMatchObject({ introOn: AS_OF, introTime: '2:30 pm', introPlace: 'Rondo Library', days: { introOn: '20 Nov 2026' } });
    expect(cell(ss, match.id, 'Intro time')).toBe('2:30 pm');
    expect(cell(ss, match.id, 'Intro place')).toBe('Rondo Library');
    const intro = sidebarCall(addon, 'getIntroduction', { matchId: match.id });
    expect(intro.body).toContain('Time: 2:30 pm');
    expect(intro.body).toContain('Place: Rondo Library');
    expect(new URL(intro.calendarUrl).searchParams.get('location')).toBe('Rondo Library');
    const letters = sidebarCall(addon, 'getLetters', { about: 'match', matchId: match.id });
    expect(JSON.stringify(letters)).toContain('Rondo Library');
  });

  it('offers activation only after both said yes, with a start date not before the intro', () => {
    const { addon, match } = proposeFirstSuggestion();
    sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'schedule-intro', on: AS_OF });
    const one = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'decide', side: 'mentor', decision: 'yes' });
    expect(one.actions).not.toContain('activate');
    expect(one.firstSteps).toEqual([{ step: 'activate', text: 'Record that the consumer wants to go on first.' }]);
    const both = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'decide', side: 'consumer', decision: 'yes' });
    expect(both.actions).toContain('activate');
    expect(both.startFrom).toBe(AS_OF);
    const goals = [{ area: 'employment', goal: 'Find a job', objectives: 'Write a resume' }];
    expect(callError(() => sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'activate', goals, on: '2026-11-19' })).code).toBe('MATCH.DATES_OUT_OF_ORDER');
    const active = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'activate', goals, on: AS_OF });
    expect(active).toMatchObject({ status: 'active', startedOn: AS_OF, actions: ['complete', 'close'] });
  });

  it('a workbook at layout 3 gets the intro columns once; decisions already on the rows are left as they are', () => {
    const ss = new FakeSpreadsheet({ timeZone: 'America/Chicago' });
    for (const { tab, rows } of buildDemoWorkbook({ asOf: AS_OF })) {
      const end = tab === 'Matches' ? rows[0]!.indexOf('Decline reason') + 1 : undefined;
      ss.addSheet(tab, rows.map((r, i) => (tab === 'Matches' ? [...r.slice(0, end), i === 0 ? 'Mentor decision' : '', i === 0 ? 'Consumer decision' : ''] : r)));
    }
    const choices = acceptProposal(sidebarCall(startAddon(ss), 'getSetupProposal'));
    const tabs = Object.fromEntries(Object.entries(choices.tabs).filter(([, t]) => t.tab !== ''));
    const matchId = String(ss.sheet('Matches')!.values()[1]![0]);
    // A decision the Audit tab once recorded, since cleared on the row (a reopened match): it must not come back.
    ss.addSheet('Audit', [['When', 'Who', 'Action', 'Record', 'Details'], ['2026-11-01T10:00:00.000Z', 'coordinator@example.org', 'match.decision', matchId, 'mentor: no']]);
    const layout3 = { version: 3, mapping: { version: 1, tabs: { ...tabs, audit: { tab: 'Audit', fields: {} } } }, setupAt: '2026-10-01T00:00:00.000Z', setupBy: 'coordinator@example.org' };
    const before = ss.sheet('Matches')!.values()[0]!.map(String);
    const addon = startAddon(ss, { documentProperties: { 'peerMentoring.layout': JSON.stringify(layout3) } });
    expect(sidebarCall(addon, 'getMatchDetail', matchId).decisions.mentor).toBeNull();
    expect(ss.sheet('Matches')!.values()[0]!.map(String)).toEqual([...before, 'Intro time', 'Intro place']);
    expect(JSON.parse(addon.documentProperties.data.get('peerMentoring.layout')!).version).toBe(4);
    sidebarCall(addon, 'getMatchDetail', matchId);
    expect(ss.sheet('Matches')!.values()[0]!.map(String)).toEqual([...before, 'Intro time', 'Intro place']);
  });
});

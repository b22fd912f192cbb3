import fs from 'node:fs';
import path from 'node:path';
import { ADDON_DIR } from '../helpers/paths';
import { acceptProposal, callError, demoSpreadsheet, proposeFirstSuggestion, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

function rowsOf(ss: ReturnType<typeof demoSpreadsheet>, tab: string) {
  return ss.sheet(tab)!.values();
}

describe('the built add-on, driven as a coordinator would', () => {
  it('runs onOpen → setup → suggest → propose → decide → activate → review → attendance → PPR refresh', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    addon.run('onOpen');
    expect(addon.ui.menus[0]!.items.map((i) => i.functionName)).toEqual(['showSidebar', 'showSetup', 'refreshPprFromMenu', 'createIntakeFormsFromMenu', 'showHelp']);
    addon.run('showSidebar');
    expect(addon.ui.sidebars[0]!.html).toContain('google.script.run');

    expect(sidebarCall(addon, 'getStartup').setupDone).toBe(false);
    expect(callError(() => sidebarCall(addon, 'proposeMatch', { consumerId: 'C-0001', mentorId: 'M-0001' })).code).toBe('SETUP.NEEDED');
    const proposal = sidebarCall(addon, 'getSetupProposal');
    expect(proposal.tabs.find((t: { key: string }) => t.key === 'mentors').tab).toBe('Mentors');
    const result = sidebarCall(addon, 'applySetup', acceptProposal(proposal));
    expect(result.created).toEqual(['Applications', 'PPR', 'Audit']);
    expect(ss.sheet('Audit')!.frozenRows).toBe(1);
    expect(ss.sheet('Applications')!.validations.length).toBe(0);
    expect(sidebarCall(addon, 'getStartup').setupDone).toBe(true);

    const waiting = sidebarCall(addon, 'searchConsumers', '')[0];
    const suggestions = sidebarCall(addon, 'getMatchSuggestions', waiting.id);
    expect(suggestions.suggestions.length).toBeGreaterThan(0);
    const mentor = suggestions.suggestions[0];
    const proposed = sidebarCall(addon, 'proposeMatch', { consumerId: waiting.id, mentorId: mentor.mentorId });
    expect(proposed.status).toBe('proposed');
    const matchRow = rowsOf(ss, 'Matches').find((r) => r[0] === proposed.id)!;
    expect(matchRow.slice(1, 4)).toEqual([waiting.id, mentor.mentorId, 'Proposed']);

    const intro = sidebarCall(addon, 'changeMatch', { matchId: proposed.id, action: 'schedule-intro', on: '2026-11-20' });
    expect(intro.status).toBe('intro-scheduled');
    const yes = sidebarCall(addon, 'changeMatch', { matchId: proposed.id, action: 'decide', side: 'mentor', decision: 'yes' });
    expect(yes.decisions.mentor).toBe('yes');
    const active = sidebarCall(addon, 'changeMatch', { matchId: proposed.id, action: 'activate', goals: [{ area: 'employment', goal: 'Find a part-time job', objectives: 'Update resume; apply to five jobs' }] });
    expect(active.status).toBe('active');
    const goalId = active.goals.find((g: { goal: string }) => g.goal === 'Find a part-time job').id;

    const logged = sidebarCall(addon, 'logReview', { matchId: proposed.id, kind: 'check-in', date: '2026-11-20', attendees: ['Mentor'], minutes: 30, notes: '', progress: [{ goalId, progress: 'Resume updated', status: 'in-progress' }] });
    expect(logged.goalsUpdated).toEqual([goalId]);
    expect(rowsOf(ss, 'Goals').find((r) => r[0] === goalId)![5]).toBe('In progress');

    const training = sidebarCall(addon, 'getTraining');
    const session = training.recent[0].sessionId;
    const sheet = sidebarCall(addon, 'getAttendance', session);
    const absent = sheet.mentors.find((m: { attended: boolean }) => !m.attended);
    const attendance = sidebarCall(addon, 'recordAttendance', { sessionId: session, mentorIds: [...sheet.mentors.filter((m: { attended: boolean }) => m.attended).map((m: { mentorId: string }) => m.mentorId), absent.mentorId] });
    expect(attendance).toEqual({ added: 1, updated: 0, undo: { token: expect.any(String), label: `Undo the attendance saved for session ${session}` } });

    const ppr = sidebarCall(addon, 'refreshPpr', { fiscalYear: 2027 });
    expect(ppr.message).toMatch(/fiscal year 2027/);
    expect(rowsOf(ss, 'PPR')[3]).toEqual(['Significant life area', 'Goals set', 'Goals met', 'Goals in progress']);

    const audit = rowsOf(ss, 'Audit');
    expect(audit[0]).toEqual(['When', 'Who', 'Action', 'Record', 'Details']);
    expect(audit.slice(1).map((r) => r[2])).toEqual(['setup', 'match.propose', 'match.schedule-intro', 'match.decision', 'match.activate', 'review.check-in', 'training.attendance', 'summary.ppr']);
    // No personal details in the audit trail: names never appear.
    expect(JSON.stringify(audit)).not.toContain(waiting.name);
  });

  it('declining returns both to the pool and the pair is never suggested again', () => {
    const { addon, consumer, mentorId, match } = proposeFirstSuggestion();
    const declined = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'decide', side: 'consumer', decision: 'no', reason: 'Schedules do not fit' });
    expect(declined.status).toBe('declined');
    const again = sidebarCall(addon, 'getMatchSuggestions', consumer.id);
    expect(again.blocked).toBeNull();
    expect(again.suggestions.map((s: { mentorId: string }) => s.mentorId)).not.toContain(mentorId);
    expect(again.excluded.find((e: { mentorId: string }) => e.mentorId === mentorId).rule).toBe('MATCH.DECLINED_BEFORE');
  });

  it('asks for a reason to decline or close early, and a reason to reopen, which lifts the pair block; all on the Audit tab', () => {
    const { ss, addon, consumer, mentorId, match } = proposeFirstSuggestion();
    const matchesBefore = JSON.stringify(rowsOf(ss, 'Matches'));
    expect(callError(() => sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'decide', side: 'consumer', decision: 'no', reason: '' })).code).toBe('MATCH.REASON_REQUIRED');
    expect(JSON.stringify(rowsOf(ss, 'Matches'))).toBe(matchesBefore);
    const declined = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'decide', side: 'consumer', decision: 'no', reason: 'Schedules do not fit' });
    expect(declined.actions).toContain('reopen');
    expect(callError(() => sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'reopen', reason: ' ' })).code).toBe('MATCH.REASON_REQUIRED');
    const reopened = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'reopen', reason: 'Declined by mistake' });
    expect(reopened).toMatchObject({ status: 'proposed', declinedBy: null, endedOn: null });
    expect(sidebarCall(addon, 'getMatchSuggestions', consumer.id).excluded.find((e: { mentorId: string }) => e.mentorId === mentorId)?.rule).not.toBe('MATCH.DECLINED_BEFORE');

    sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'schedule-intro', on: '2026-11-20' });
    sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'activate', goals: [{ area: 'employment', goal: 'Find a job', objectives: 'Apply to five jobs' }] });
    expect(callError(() => sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'close', reason: '' })).code).toBe('MATCH.REASON_REQUIRED');
    const closed = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'close', reason: 'Moved out of state' });
    expect(closed.status).toBe('closed');
    expect(sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'reopen', reason: 'Closed the wrong match' }).status).toBe('active');

    const audit = rowsOf(ss, 'Audit').filter((r) => r[3] === match.id).map((r) => [r[2], r[4]]);
    expect(audit).toEqual(expect.arrayContaining([
      ['match.decision', 'consumer: no (Schedules do not fit)'],
      ['match.reopen', 'Declined by mistake; the pair may be matched again'],
      ['match.close', 'Moved out of state'],
      ['match.reopen', 'Closed the wrong match'],
    ]));
  });

  it('marks weak suggestions, explains every mentor not shown, and shows more on request', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const consumer = sidebarCall(addon, 'searchConsumers', '')[0];
    const first = sidebarCall(addon, 'getMatchSuggestions', consumer.id);
    const mentors = ss.sheet('Mentors')!.values().length - 1;
    expect(first.suggestions.length + first.notShown.length + first.excluded.length).toBe(mentors);
    for (const s of first.suggestions) expect(s.weakBecause === null || /^weak: /.test(s.weakBecause)).toBe(true);
    const more = sidebarCall(addon, 'getMatchSuggestions', consumer.id, first.suggestions.length + 10);
    expect(more.suggestions.slice(0, first.suggestions.length)).toEqual(first.suggestions);
    expect(more.suggestions.length).toBe(Math.min(first.suggestions.length + 10, first.suggestions.length + first.notShown.length));
  });

  it('takes attendance only for a session that has happened', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const upcoming = sidebarCall(addon, 'getTraining').upcoming.find((s: { date: string }) => s.date > '2026-11-22');
    expect(upcoming).toBeDefined();
    const before = JSON.stringify(rowsOf(ss, 'Attendance'));
    expect(callError(() => sidebarCall(addon, 'recordAttendance', { sessionId: upcoming.sessionId, mentorIds: ['M-0001'] })).code).toBe('TRAINING.NOT_HELD_YET');
    expect(JSON.stringify(rowsOf(ss, 'Attendance'))).toBe(before);
  });

  it('a batch accept skips a consumer matched meanwhile in another sidebar, saying they already have a match', () => {
    const ss = demoSpreadsheet();
    const one = startAddon(ss);
    setUp(one);
    const two = startAddon(ss, { documentProperties: Object.fromEntries(one.documentProperties.data) });
    const planned = sidebarCall(two, 'getBatchProposals').proposals;
    const [taken, kept] = planned;
    const made = sidebarCall(one, 'proposeMatch', { consumerId: taken.consumerId, mentorId: taken.mentorId });
    const result = sidebarCall(two, 'acceptBatch', { pairs: [taken, kept].map((p: { consumerId: string; mentorId: string }) => ({ consumerId: p.consumerId, mentorId: p.mentorId })) });
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0].consumerId).toBe(taken.consumerId);
    expect(result.skipped[0].reason).toBe(`The consumer already has a proposed match (${made.id}).`);
    expect(result.created.map((m: { consumerId: string }) => m.consumerId)).toEqual([kept.consumerId]);
  });

  it('two sidebars accepting the same consumer make exactly one match; the other gets a clear message', () => {
    const ss = demoSpreadsheet();
    const one = startAddon(ss);
    setUp(one);
    const two = startAddon(ss, { documentProperties: Object.fromEntries(one.documentProperties.data) });
    const consumer = sidebarCall(one, 'searchConsumers', '')[0];
    const [a, b] = sidebarCall(one, 'getMatchSuggestions', consumer.id).suggestions;
    sidebarCall(two, 'getMatchSuggestions', consumer.id);
    sidebarCall(one, 'proposeMatch', { consumerId: consumer.id, mentorId: a.mentorId });
    const error = callError(() => sidebarCall(two, 'proposeMatch', { consumerId: consumer.id, mentorId: b.mentorId }));
    expect(error.code).toBe('MATCH.CONSUMER_HAS_MATCH');
    expect(rowsOf(ss, 'Matches').filter((r) => r[1] === consumer.id && r[3] === 'Proposed')).toHaveLength(1);
  });

  it('reports a busy document lock without writing anything', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const before = JSON.stringify(ss.sheets.map((s) => s.values()));
    const release = addon.lock.holdElsewhere();
    expect(callError(() => sidebarCall(addon, 'refreshPpr', { fiscalYear: 2026 })).code).toBe('LOCK.BUSY');
    release();
    expect(JSON.stringify(ss.sheets.map((s) => s.values()))).toBe(before);
  });

  it('finds records by ID after the coordinator sorts the sheet, and reports a deleted one as gone', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const [first, second] = sidebarCall(addon, 'searchConsumers', '');
    const mentorId = sidebarCall(addon, 'getMatchSuggestions', first.id).suggestions[0].mentorId;
    ss.sheet('Consumers')!.sortBody(2, false);
    sidebarCall(addon, 'proposeMatch', { consumerId: first.id, mentorId });
    const row = rowsOf(ss, 'Consumers').find((r) => r[0] === first.id)!;
    expect(row[row.length - 3]).toBe('Matched');
    const at = rowsOf(ss, 'Consumers').findIndex((r) => r[0] === second.id);
    ss.sheet('Consumers')!.deleteRow(at + 1);
    const gone = callError(() => sidebarCall(addon, 'proposeMatch', { consumerId: second.id, mentorId }));
    expect(gone.code).toBe('RECORD.GONE');
    expect(gone.message).toContain(second.id);
  });

  it('stops with "run Setup" when a mapped header was renamed after setup, writing nothing', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const header = ss.sheet('Mentors')!.cells[0]!;
    header[header.indexOf('ZIP')] = 'Zip code (home)';
    const before = JSON.stringify(rowsOf(ss, 'Matches'));
    const error = callError(() => sidebarCall(addon, 'proposeMatch', { consumerId: 'C-0045', mentorId: 'M-0003' }));
    expect(error).toMatchObject({ code: 'SETUP.COLUMN_MISSING', message: "column 'ZIP' on Mentors was not found — run Setup" });
    expect(JSON.stringify(rowsOf(ss, 'Matches'))).toBe(before);
  });

  it('stores text that looks like a formula as text, with its guard apostrophe kept in the cell', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    sidebarCall(addon, 'saveSettings', { managerFileId: '=IMPORTRANGE("x","A1")' });
    const settings = ss.sheet('Settings')!;
    const row = settings.values().findIndex((r) => r[0] === 'managerFileId');
    expect(settings.values()[row]![1]).toBe('\'=IMPORTRANGE("x","A1")');
    expect([...settings.formulas.keys()]).toEqual([]);
  });

  it('returns plain JSON from every server function and coded errors for bad input', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    for (const name of ['getStartup', 'getWorkbookCheck', 'getSetupProposal', 'getReviewLog', 'getTraining', 'listApplications', 'getSettings', 'getBatchProposals', 'getConsumerAtCursor']) {
      const outcome = addon.run(name) as { ok: boolean };
      expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
      expect(outcome.ok).toBe(true);
    }
    for (const [name, arg] of [['getMatchSuggestions', { not: 'an id' }], ['getMatchDetail', 'X-9999'], ['changeMatch', null], ['logReview', { matchId: 'X-0001', kind: 'party' }], ['recordAttendance', { sessionId: '' }], ['saveSettings', { maxTravelMinutes: 'far' }]] as const) {
      const outcome = addon.callFromSidebar(name, arg) as { ok: boolean; error: { code: string; message: string } };
      expect(outcome.ok).toBe(false);
      expect(outcome.error.code).toMatch(/^[A-Z]+\.[A-Z_]+$/);
      expect(outcome.error.message.length).toBeGreaterThan(10);
    }
  });

  it('reads the consumer under the cursor', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    ss.select('Consumers', 3);
    expect(sidebarCall(addon, 'getConsumerAtCursor').id).toBe(ss.sheet('Consumers')!.cells[2]![0]);
  });
});

describe('the built sidebar', () => {
  const html = fs.readFileSync(path.join(ADDON_DIR, 'sidebar.html'), 'utf8');

  it('never puts data into the page as HTML: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(html).toContain('textContent');
  });

  it('has a live region for status, an alert region for errors, labelled navigation and no alert()', () => {
    expect(html).toMatch(/id="status" role="status" aria-live="polite"/);
    expect(html).toMatch(/id="error" role="alert"/);
    expect(html).toMatch(/<nav aria-label="Views">/);
    expect(html).not.toMatch(/\balert\(/);
  });
});

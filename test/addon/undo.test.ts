// Undo through the built add-on: every sidebar change offers one; undoing puts back exactly the cells the change
// wrote, refuses (writing nothing) when one of them changed meanwhile, is used once, and is written to the Audit tab.
import type { FakeSpreadsheet } from '../../src/workbench/gas';
import { AS_OF, callError, demoSpreadsheet, firstSuggestion, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';
import { aSubmission } from '../helpers/intake-submissions';
import { landApplications } from '../helpers/land-applications';

function tabValues(ss: FakeSpreadsheet, tab: string): unknown[][] {
  return JSON.parse(JSON.stringify(ss.sheet(tab)!.values()));
}

function column(ss: FakeSpreadsheet, tab: string, header: string): number {
  return ss.sheet(tab)!.values()[0]!.map(String).indexOf(header);
}

function rowOf(ss: FakeSpreadsheet, tab: string, id: string): number {
  return ss.sheet(tab)!.values().findIndex((r) => r[0] === id);
}

/** The program's tabs apart from the Audit trail, which only ever grows. */
const program = (ss: FakeSpreadsheet) => Object.fromEntries(['Matches', 'Consumers', 'Mentors', 'Goals', 'Applications', 'Attendance'].map((t) => [t, ss.sheet(t) ? tabValues(ss, t) : []]));

/** The same tabs without rows left empty (an undone added row). */
const filled = (tabs: Record<string, unknown[][]>) => Object.fromEntries(Object.entries(tabs).map(([t, rows]) => [t, rows.filter((r, i) => i === 0 || r.some((c) => c !== ''))]));

describe('undo in the built add-on', () => {
  it('undoes a proposal: the Matches row it added is emptied, the consumer is waiting again, and the Audit tab says so', () => {
    const { ss, addon, consumerId, mentorId } = firstSuggestion();
    const before = program(ss);
    const proposed = sidebarCall(addon, 'proposeMatch', { consumerId, mentorId });
    expect(proposed.undo).toEqual({ token: expect.any(String), label: `Undo proposing match ${proposed.id}` });
    expect(program(ss)).not.toEqual(before);
    const undone = sidebarCall(addon, 'undoChange', { token: proposed.undo.token });
    expect(undone.message).toBe(`Undone: proposing match ${proposed.id}.`);
    // The added row's cells are emptied (rows are never deleted); every other cell is as it was.
    expect(filled(program(ss))).toEqual(filled(before));
    expect(ss.sheet('Matches')!.values().some((r) => r[0] === proposed.id)).toBe(false);
    const audit = ss.sheet('Audit')!.values();
    expect(audit[audit.length - 1]!.slice(2)).toEqual(['undo', proposed.id, 'undid match.propose']);
  });

  it('never hands out an undone record\'s ID again, so the Audit history of one ID is one record\'s', () => {
    const { addon, consumerId, mentorId } = firstSuggestion();
    const first = sidebarCall(addon, 'proposeMatch', { consumerId, mentorId });
    sidebarCall(addon, 'undoChange', { token: first.undo.token });
    const second = sidebarCall(addon, 'proposeMatch', { consumerId, mentorId });
    const number = (id: string) => Number(/-(\d+)$/.exec(id)![1]);
    expect(number(second.id)).toBe(number(first.id) + 1);
  });

  it('undoes closing early and a decline (the pair may be suggested again), each once', () => {
    const { ss, addon, consumerId, mentorId } = firstSuggestion();
    const match = sidebarCall(addon, 'proposeMatch', { consumerId, mentorId });
    const beforeDecline = program(ss);
    const declined = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'decide', side: 'consumer', decision: 'no', reason: 'Schedules do not fit' });
    expect(declined.status).toBe('declined');
    expect(sidebarCall(addon, 'getMatchSuggestions', consumerId).excluded.map((e: { mentorId: string }) => e.mentorId)).toContain(mentorId);
    sidebarCall(addon, 'undoChange', { token: declined.undo.token });
    expect(program(ss)).toEqual(beforeDecline);
    expect(sidebarCall(addon, 'getMatchDetail', match.id).status).toBe('proposed');
    expect(callError(() => sidebarCall(addon, 'undoChange', { token: declined.undo.token }))).toMatchObject({ code: 'UNDO.GONE' });

    sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'schedule-intro', on: AS_OF });
    for (const side of ['mentor', 'consumer']) sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'decide', side, decision: 'yes' });
    sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'activate', goals: [{ area: 'employment', goal: 'Find a job', objectives: 'Write a resume' }] });
    const active = program(ss);
    const closed = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'close', reason: 'Moved away' });
    expect(closed.undo.label).toBe(`Undo closing match ${match.id} early`);
    sidebarCall(addon, 'undoChange', { token: closed.undo.token });
    expect(program(ss)).toEqual(active);
  });

  it('refuses when a cell the change wrote was changed meanwhile, naming it, and writes nothing', () => {
    const { ss, addon, consumerId, mentorId } = firstSuggestion();
    const match = sidebarCall(addon, 'proposeMatch', { consumerId, mentorId });
    const scheduled = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'schedule-intro', on: AS_OF });
    const sheet = ss.sheet('Matches')!;
    // FakeSheet cells are 1-based, as in Apps Script.
    sheet.set(rowOf(ss, 'Matches', match.id) + 1, column(ss, 'Matches', 'Status') + 1, 'Active');
    const meanwhile = program(ss);
    const audit = ss.sheet('Audit')!.values().length;
    const error = callError(() => sidebarCall(addon, 'undoChange', { token: scheduled.undo.token }));
    expect(error.code).toBe('WORKBOOK.CHANGED_MEANWHILE');
    expect(error.message).toBe(`Nothing was undone: Status in row ${rowOf(ss, 'Matches', match.id) + 1} of the Matches tab (${match.id}) was changed after that action. Check it, and change it by hand if needed.`);
    expect(program(ss)).toEqual(meanwhile);
    expect(ss.sheet('Audit')!.values()).toHaveLength(audit);
  });

  it('finds a record by its ID after the coordinator sorted the tab', () => {
    const { ss, addon, consumerId, mentorId } = firstSuggestion();
    const match = sidebarCall(addon, 'proposeMatch', { consumerId, mentorId });
    const beforeIntro = program(ss);
    const scheduled = sidebarCall(addon, 'changeMatch', { matchId: match.id, action: 'schedule-intro', on: AS_OF });
    ss.sheet('Matches')!.sortBody(0, false);
    sidebarCall(addon, 'undoChange', { token: scheduled.undo.token });
    const sorted = (rows: unknown[][]) => [rows[0], ...rows.slice(1).sort((a, b) => String(a[0]).localeCompare(String(b[0])))];
    expect(sorted(program(ss).Matches!)).toEqual(sorted(beforeIntro.Matches!));
  });

  it('undoes accepting an application: the new consumer and goals are emptied and the application is open again', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    landApplications(ss, [aSubmission('consumer-request', { name: 'Ann Newperson', email: 'ann.new@example.org', phone: '(651) 555-0199' })]);
    const open = sidebarCall(addon, 'listApplications')[0];
    const before = program(ss);
    const accepted = sidebarCall(addon, 'decideApplication', { responseId: open.responseId, decision: 'accept' });
    expect(accepted.undo.label).toBe(`Undo accepting application ${open.responseId}`);
    sidebarCall(addon, 'undoChange', { token: accepted.undo.token });
    expect(filled(program(ss))).toEqual(filled(before));
    expect(sidebarCall(addon, 'listApplications').find((a: { responseId: string }) => a.responseId === open.responseId).status).toBe(open.status);
  });

  it('undoes attendance on a tab without IDs, finding the rows by what they hold', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const training = sidebarCall(addon, 'getTraining');
    const held = training.recent[0];
    const sheet = sidebarCall(addon, 'getAttendance', held.sessionId);
    const before = program(ss);
    const ticked = sheet.mentors.filter((m: { attended: boolean }) => !m.attended).slice(0, 2).map((m: { mentorId: string }) => m.mentorId);
    const kept = sheet.mentors.filter((m: { attended: boolean }) => m.attended).slice(1).map((m: { mentorId: string }) => m.mentorId);
    const saved = sidebarCall(addon, 'recordAttendance', { sessionId: held.sessionId, mentorIds: [...kept, ...ticked] });
    expect(saved.added + saved.updated).toBeGreaterThan(0);
    sidebarCall(addon, 'undoChange', { token: saved.undo.token });
    expect(filled(program(ss))).toEqual(filled(before));
  });

  it('undoes adding a training session: its Trainings row is emptied, it is no longer upcoming, and its ID is not used again', () => {
    const { ss, addon } = firstSuggestion();
    const before = tabValues(ss, 'Trainings');
    const request = { type: 'ongoing', date: '2026-12-03', start: '17:30', end: '19:00', location: 'Rondo Library', topic: 'Housing resources' };
    const added = sidebarCall(addon, 'addTrainingSession', request);
    expect(added.undo).toEqual({ token: expect.any(String), label: `Undo adding training session ${added.sessionId}` });
    expect(sidebarCall(addon, 'getTraining').upcoming.map((s: { sessionId: string }) => s.sessionId)).toContain(added.sessionId);
    expect(sidebarCall(addon, 'undoChange', { token: added.undo.token }).message).toBe(`Undone: adding training session ${added.sessionId}.`);
    expect(filled({ Trainings: tabValues(ss, 'Trainings') })).toEqual(filled({ Trainings: before }));
    expect(sidebarCall(addon, 'getTraining').upcoming.map((s: { sessionId: string }) => s.sessionId)).not.toContain(added.sessionId);
    const audit = ss.sheet('Audit')!.values();
    expect(audit[audit.length - 1]!.slice(2)).toEqual(['undo', added.sessionId, 'undid training.plan']);
    const again = sidebarCall(addon, 'addTrainingSession', request);
    expect(again.sessionId).not.toBe(added.sessionId);
  });

  it('offers nothing to undo when nothing was written', () => {
    const { addon } = firstSuggestion();
    const settings = sidebarCall(addon, 'getSettings');
    expect(sidebarCall(addon, 'saveSettings', settings.values).undo).toBeNull();
  });
});

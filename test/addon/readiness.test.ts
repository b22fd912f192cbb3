import { FakeSpreadsheet } from '../../src/workbench/gas';
import { CORPUS, CORPUS_AS_OF } from '../corpus/corpus-workbooks';
import { acceptProposal, callError, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

function corpusSpreadsheet(file: string): FakeSpreadsheet {
  const workbook = CORPUS.find((w) => w.file === file)!;
  const ss = new FakeSpreadsheet({ timeZone: 'America/Chicago' });
  for (const tab of workbook.tabs) ss.addSheet(tab.name, tab.rows.map((row) => [...row]));
  return ss;
}

const start = (ss: FakeSpreadsheet) => startAddon(ss, { now: new Date(`${CORPUS_AS_OF}T15:00:00Z`) });
const codes = (view: { blockers: { code: string }[] }) => view.blockers.map((b) => b.code);

describe('readiness, Go to cell and the fixes it offers, in the built add-on', () => {
  it('names each blocker with its fix and lists every unreadable value with where it is and why', () => {
    const runtime = start(corpusSpreadsheet('volunteer-mentors-peer-consumers.xlsx'));
    setUp(runtime);
    const view = sidebarCall(runtime, 'getReadiness');
    expect(view).toMatchObject({ ready: false, heading: 'Not ready to match yet', mentorsSuggestable: 2, consumersWaitingEligible: 0 });
    expect(view.summary).toBe('2 of 3 mentors can be suggested; 0 of 3 consumers are waiting and eligible.');
    expect(codes(view)).toEqual(['READY.NO_ELIGIBILITY_COLUMN', 'READY.UNREADABLE_VALUES']);
    const eligibility = view.blockers[0];
    expect(eligibility.fix).toMatch(/^Choose the column .* or say that everyone on Peer Consumers 2026 is eligible\.$/);
    expect(eligibility.action).toMatchObject({ kind: 'set-default', role: 'consumers', field: 'adaEligible', value: 'yes' });
    const unreadable = view.blockers[1];
    expect(unreadable.action).toEqual({ kind: 'go-to-cells' });
    expect(unreadable.cells).toEqual([{ tab: 'Volunteer Mentors', row: 3, column: 'Trained?', where: "Volunteer Mentors, row 3, column 'Trained?'", note: expect.stringMatching(/\S/) }]);
  });

  it('Go to cell makes that cell the active cell, found by its header, and says where the cursor is', () => {
    const ss = corpusSpreadsheet('volunteer-mentors-peer-consumers.xlsx');
    const runtime = start(ss);
    setUp(runtime);
    const cell = sidebarCall(runtime, 'getReadiness').blockers[1].cells[0];
    const reached = sidebarCall(runtime, 'goToCell', { tab: cell.tab, row: cell.row, column: cell.column });
    expect(reached).toEqual({ tab: 'Volunteer Mentors', row: 3, column: 'H', message: 'The cursor is on Volunteer Mentors, cell H3.' });
    const active = ss.activeCell();
    expect({ tab: active.sheet.name, row: active.row, column: active.column }).toEqual({ tab: 'Volunteer Mentors', row: 3, column: 8 });
    expect(ss.sheet('Volunteer Mentors')!.get(3, 8)).toBe('Trained ✓');
  });

  it('Go to cell refuses what it cannot reach with a coded sentence, and moves nothing', () => {
    const ss = corpusSpreadsheet('volunteer-mentors-peer-consumers.xlsx');
    const runtime = start(ss);
    setUp(runtime);
    ss.select('Peer Consumers 2026', 2, 2);
    expect(callError(() => sidebarCall(runtime, 'goToCell', { tab: 'Volunteer Mentors', row: 0 })).code).toBe('INPUT.BAD_CELL');
    expect(callError(() => sidebarCall(runtime, 'goToCell', { tab: 'Gone', row: 3 })).code).toBe('SETUP.NO_SUCH_TAB');
    expect(ss.activeCell()).toMatchObject({ row: 2, column: 2 });
    expect(ss.activeCell().sheet.name).toBe('Peer Consumers 2026');
    // A column renamed since readiness was shown: the cursor still reaches the row, and the sentence says why.
    expect(sidebarCall(runtime, 'goToCell', { tab: 'Volunteer Mentors', row: 2, column: 'Renamed' }).message).toBe("The column 'Renamed' is no longer on Volunteer Mentors; the cursor is on row 2.");
  });

  it('"everyone on this tab is eligible" clears the blocker, is audited, and can be taken back', () => {
    const ss = corpusSpreadsheet('volunteer-mentors-peer-consumers.xlsx');
    const runtime = start(ss);
    setUp(runtime);
    const auditRows = () => ss.sheet('Audit')!.values().length;
    const before = auditRows();
    const fixed = sidebarCall(runtime, 'saveSetupDefault', { role: 'consumers', field: 'adaEligible', value: 'yes' });
    expect(codes(fixed)).toEqual(['READY.UNREADABLE_VALUES']);
    expect(fixed).toMatchObject({ ready: true, consumersWaitingEligible: 3 });
    expect(sidebarCall(runtime, 'getReadiness')).toEqual(fixed);
    expect(auditRows()).toBe(before + 1);
    expect(ss.sheet('Audit')!.values().at(-1)!.slice(2)).toEqual(['setup', 'Peer Consumers 2026', 'adaEligible is yes for every row without its own']);
    const undone = sidebarCall(runtime, 'saveSetupDefault', { role: 'consumers', field: 'adaEligible', value: '' });
    expect(codes(undone)).toContain('READY.NO_ELIGIBILITY_COLUMN');
    expect(callError(() => sidebarCall(runtime, 'saveSetupDefault', { role: 'consumers', field: 'adaEligible', value: 'maybe' })).code).toBe('SETUP.BAD_DEFAULT');
  });

  it('a capacity for every mentor replaces the silent 1 place', () => {
    const runtime = start(corpusSpreadsheet('no-training-or-capacity-columns.xlsx'));
    setUp(runtime);
    const capacity = sidebarCall(runtime, 'getReadiness').blockers.find((b: { code: string }) => b.code === 'READY.NO_CAPACITY_COLUMN');
    expect(capacity.action).toMatchObject({ kind: 'set-default', role: 'mentors', field: 'maxMentees' });
    expect(codes(sidebarCall(runtime, 'saveSetupDefault', { role: 'mentors', field: 'maxMentees', value: '2' }))).not.toContain('READY.NO_CAPACITY_COLUMN');
  });

  it('Setup proposes the columns of whichever tab is chosen, never the add-on\'s own tabs', () => {
    const ss = corpusSpreadsheet('default-layout-with-internal-tabs.xlsx');
    const runtime = start(ss);
    const proposal = sidebarCall(runtime, 'getSetupProposal');
    const onConsumers = sidebarCall(runtime, 'getSetupTab', { role: 'mentors', tab: proposal.tabs.find((t: { key: string }) => t.key === 'consumers').tab });
    expect(onConsumers.headers).toEqual(ss.sheet(onConsumers.tab)!.values()[0]!.filter((h) => h !== ''));
    expect(onConsumers.fields.find((f: { field: string }) => f.field === 'zip').header).toBe('ZIP');
    expect(callError(() => sidebarCall(runtime, 'getSetupTab', { role: 'mentors', tab: 'Proximity cache' })).code).toBe('SETUP.NO_SUCH_TAB');
    expect(sidebarCall(runtime, 'getSetupTab', { role: 'mentors', tab: '' })).toMatchObject({ tab: null, create: true });
  });

  it('a blank workbook is set up by creating the people tabs with the default headers', () => {
    const ss = corpusSpreadsheet('blank-workbook.xlsx');
    const runtime = start(ss);
    const proposal = sidebarCall(runtime, 'getSetupProposal');
    expect(codes(proposal.readiness)).toEqual(['READY.NO_TAB', 'READY.NO_TAB']);
    const result = sidebarCall(runtime, 'applySetup', acceptProposal(proposal));
    expect(result.created).toEqual(expect.arrayContaining(['Mentors', 'Consumers']));
    expect(ss.sheet('Mentors')!.values()[0]).toEqual(expect.arrayContaining(['Mentor ID', 'Name', 'ZIP', 'Max mentees']));
    expect(codes(result.readiness)).toEqual(expect.arrayContaining(['READY.NO_MENTORS', 'READY.NO_CONSUMERS']));
  });
});

describe('copying the goals typed on the consumers\' tab, in the built add-on', () => {
  it('Setup ends on a preview; the copy writes each goal with a status and one Audit row, and a second run writes nothing', () => {
    const ss = corpusSpreadsheet('free-text-goals-checkboxes.xlsx');
    const runtime = start(ss);
    const result = sidebarCall(runtime, 'applySetup', acceptProposal(sidebarCall(runtime, 'getSetupProposal')));
    expect(result.goals.add.map((g: { consumerId: string; goal: string; area: string }) => `${g.consumerId} ${g.goal} → ${g.area}`)).toEqual([
      'C-0001 get a job → Employment',
      'C-0001 learn the bus → Transportation / mobility',
      'C-0002 make friends and cook → Social recreation',
      'C-0002 make friends and cook → Daily living / housing',
      'C-0003 go back to school → Education / training / technology',
      'C-0003 manage my money → Finances / benefits',
    ]);
    expect(result.goals.add[0].where).toBe("Consumers, row 2, column 'Goals'");
    expect(result.goals.unknown).toEqual([{ consumerId: 'C-0003', text: 'sort out my mail', could: [], where: "Consumers, row 4, column 'Goals'" }]);

    const goalsTab = () => ss.sheet('Goals')!.values();
    const audit = () => ss.sheet('Audit')!.values();
    const [goalsBefore, auditBefore] = [goalsTab().length, audit().length];
    const copied = sidebarCall(runtime, 'copyGoals');
    expect(copied).toMatchObject({ added: 6, message: '6 goals copied to the Goals tab.', preview: { add: [], alreadyThere: 6 } });
    expect(copied.preview.unknown).toHaveLength(1);
    const header = goalsTab()[0]!.map(String);
    const rows = goalsTab().slice(goalsBefore).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
    // Written as the Goals tab's dropdowns show them.
    expect(rows.map((r) => [r['Consumer ID'], r['Area'], r['Goal'], r['Status']])).toEqual([
      ['C-0001', 'Employment', 'get a job', 'Not started'],
      ['C-0001', 'Transportation / mobility', 'learn the bus', 'Not started'],
      ['C-0002', 'Social recreation', 'make friends and cook', 'Not started'],
      ['C-0002', 'Daily living / housing', 'make friends and cook', 'Not started'],
      ['C-0003', 'Education / training / technology', 'go back to school', 'Not started'],
      ['C-0003', 'Finances / benefits', 'manage my money', 'Not started'],
    ]);
    expect(audit().length).toBe(auditBefore + 1);
    const row = audit().at(-1)!.map(String);
    expect(row.slice(2, 4)).toEqual(['goals.copy', '6 goals']);
    // The Audit row names goal IDs only: the consumers' own words stay on their rows.
    expect(row.join(' ')).not.toMatch(/get a job|learn the bus/);

    const again = sidebarCall(runtime, 'copyGoals');
    expect(again).toMatchObject({ added: 0, message: 'Nothing new to copy: those goals are on the Goals tab already.' });
    expect(goalsTab().length).toBe(goalsBefore + 6);
    expect(audit().length).toBe(auditBefore + 1);
  });

  it('copying the goals offers Undo, which empties the rows it added and offers the same goals again', () => {
    const ss = corpusSpreadsheet('free-text-goals-checkboxes.xlsx');
    const runtime = start(ss);
    sidebarCall(runtime, 'applySetup', acceptProposal(sidebarCall(runtime, 'getSetupProposal')));
    const goalsTab = () => ss.sheet('Goals')!.values();
    const goalsBefore = goalsTab().length;
    const copied = sidebarCall(runtime, 'copyGoals');
    expect(copied.added).toBe(6);
    expect(copied.undo.label).toBe('Undo copying 6 goals');
    const ids = goalsTab().slice(goalsBefore).map((row) => String(row[0]));
    expect(ids).toHaveLength(6);

    const undone = sidebarCall(runtime, 'undoChange', { token: copied.undo.token });
    expect(undone.message).toMatch(/copying 6 goals/);
    expect(goalsTab().slice(goalsBefore).every((row) => row.every((cell) => cell === '' || cell === null))).toBe(true);
    expect(sidebarCall(runtime, 'getGoalsCopy').add).toHaveLength(6);

    // Copying again gives new IDs: an ID taken back is never handed out again.
    const again = sidebarCall(runtime, 'copyGoals');
    expect(again.added).toBe(6);
    const newIds = goalsTab().filter((row) => row.some((cell) => cell !== '' && cell !== null)).slice(1).map((row) => String(row[0]));
    expect(newIds.filter((id) => ids.includes(id))).toEqual([]);
  });
});

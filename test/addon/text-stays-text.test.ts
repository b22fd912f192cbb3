// Writes from the built add-on touch only the cells an action changes, and text that Sheets would read as a number,
// date or percent stays exactly as written (the emulation parses strings written with setValues as Sheets does).
import { APPLICATION_COLUMNS, APPLICATION_HEADERS } from '../../src/domain/intake/application-row';
import { layoutRow, resolveLayout } from '../../src/domain/intake/tab-layout';
import { prepareIntake } from '../../src/domain/intake/prepare-intake';
import type { FakeSheet, FakeSpreadsheet } from '../../src/workbench/gas';
import { aSubmission } from '../helpers/intake-submissions';
import { callError, demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

const column = (sheet: FakeSheet, header: string) => sheet.values()[0]!.indexOf(header) + 1;
const rowOf = (sheet: FakeSheet, id: string) => sheet.values().findIndex((r) => r[0] === id) + 1;

/** Puts text in a cell as a file or a person typing with an apostrophe would: stored as text. */
function putText(sheet: FakeSheet, row: number, header: string, text: string): void {
  sheet.set(row, column(sheet, header), `'${text}`);
}

/** Lands one application row as the intake function writes it (RAW values: text stays text). */
function landApplication(ss: FakeSpreadsheet, submission: ReturnType<typeof aSubmission>): void {
  const [row] = prepareIntake([submission], { people: [], applications: [], checkIns: { mentors: [], consumers: [], matches: [] } as never, nextReviewId: () => 'V-9999' });
  const sheet = ss.sheet('Applications')!;
  sheet.load([[...APPLICATION_HEADERS]]);
  layoutRow(row!.values, resolveLayout(APPLICATION_HEADERS, APPLICATION_COLUMNS)).forEach((value, c) => sheet.set(2, c + 1, typeof value === 'string' ? `'${value}` : value));
}

describe('writes that keep the coordinator’s cells as they were', () => {
  it('Setup fills blank IDs without turning text IDs, phone numbers, 1/2 or 10% between them into numbers or dates', () => {
    const ss = demoSpreadsheet();
    const consumers = ss.sheet('Consumers')!;
    const idColumn = column(consumers, 'Consumer ID');
    putText(consumers, 2, 'Consumer ID', '0042');
    consumers.set(3, idColumn, '');
    putText(consumers, 4, 'Consumer ID', '0043');
    consumers.set(5, idColumn, '');
    putText(consumers, 4, 'Phone', '6515550142');
    putText(consumers, 3, 'Notes', '1/2');
    putText(consumers, 4, 'Notes', '10%');
    putText(consumers, 4, 'ZIP', '02134');
    const addon = startAddon(ss);

    setUp(addon);

    expect(consumers.get(2, idColumn)).toBe('0042');
    expect(consumers.get(4, idColumn)).toBe('0043');
    expect(consumers.get(3, idColumn)).toMatch(/^C-\d{4}$/);
    expect(consumers.get(5, idColumn)).toMatch(/^C-\d{4}$/);
    expect(consumers.get(4, column(consumers, 'Phone'))).toBe('6515550142');
    expect(consumers.get(3, column(consumers, 'Notes'))).toBe('1/2');
    expect(consumers.get(4, column(consumers, 'Notes'))).toBe('10%');
    expect(consumers.get(4, column(consumers, 'ZIP'))).toBe('02134');
  });

  it('formats the ID column of a tab Setup creates as plain text, so an ID typed there later stays text', () => {
    const ss = demoSpreadsheet({ tabs: ['Mentors', 'Consumers'] });
    setUp(startAddon(ss));
    const goals = ss.sheet('Goals')!;
    goals.set(2, column(goals, 'Goal ID'), '0042');
    goals.set(2, column(goals, 'Goal'), '0042');
    expect(goals.get(2, column(goals, 'Goal ID'))).toBe('0042');
    expect(goals.get(2, column(goals, 'Goal'))).toBe(42);
  });

  it('accepting an application writes its ZIP 02134 and phone as text, and leaves the Applications cells between Status and Record ID alone', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const submission = aSubmission('consumer-request', { name: 'Dee Newperson', email: 'dee@example.org', phone: '6175550199', zip: '02134', city: 'Boston' });
    landApplication(ss, submission);
    const applications = ss.sheet('Applications')!;
    const issues = column(applications, 'Issues');
    applications.addArrayFormula(2, issues, '=ARRAYFORMULA(IF(A2:A="",,"checked"))', [['checked']]);

    const result = sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'accept' });

    const consumers = ss.sheet('Consumers')!;
    const row = rowOf(consumers, result.recordId);
    expect(consumers.get(row, column(consumers, 'ZIP'))).toBe('02134');
    expect(String(consumers.get(row, column(consumers, 'Phone')))).toMatch(/^\+?1?6175550199$/);
    expect(typeof consumers.get(row, column(consumers, 'Phone'))).toBe('string');
    expect(applications.get(2, column(applications, 'Status'))).toBe('Accepted');
    expect(applications.get(2, issues)).toBe('checked');
    expect(applications.formulas.get(`1,${issues - 1}`)).toBe('=ARRAYFORMULA(IF(A2:A="",,"checked"))');
  });

  it('merging fills a blank ZIP as text and never rewrites the array-formula column between the filled cells', () => {
    const ss = demoSpreadsheet();
    const consumers = ss.sheet('Consumers')!;
    const addon = startAddon(ss);
    setUp(addon);
    const id = String(consumers.values()[5]![0]);
    const row = rowOf(consumers, id);
    const city = column(consumers, 'City');
    const cities = consumers.values().slice(1).map((r) => [r[city - 1]!]);
    // The City column is computed: one array formula in its header cell spills the header and every row below.
    consumers.addArrayFormula(1, city, '={"City";ARRAYFORMULA(VLOOKUP(G2:G,Zips!A:B,2,FALSE))}', [['City'], ...cities]);
    consumers.set(row, column(consumers, 'Phone'), '');
    consumers.set(row, column(consumers, 'ZIP'), '');
    const name = String(consumers.get(row, column(consumers, 'Name')));
    const submission = aSubmission('consumer-request', { name, email: String(consumers.get(row, column(consumers, 'Email'))), phone: '(617) 555-0123', zip: '02134' });
    landApplication(ss, submission);

    const result = sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'merge', into: id });

    expect(result.filled).toEqual(expect.arrayContaining(['phone', 'zip']));
    expect(consumers.get(row, column(consumers, 'ZIP'))).toBe('02134');
    expect(consumers.get(1, city)).toBe('City');
    expect(consumers.get(row, city)).toBe(cities[row - 2]![0]);
    expect(consumers.spills.size).toBe(1);
  });

  it('stops with a sentence naming the cell when someone edits a cell the action is about to change, and writes nothing', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const submission = aSubmission('consumer-request', { name: 'Eve Newperson', email: 'eve@example.org' });
    landApplication(ss, submission);
    const applications = ss.sheet('Applications')!;
    const status = column(applications, 'Status');
    const consumersBefore = ss.sheet('Consumers')!.values().length;
    const auditBefore = ss.sheet('Audit')!.values().length;
    // A colleague marks the application as handled in the grid while the accept is running.
    applications.afterNextRead = () => applications.set(2, status, 'Rejected');

    const error = callError(() => sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'accept' }));

    expect(error.code).toBe('WORKBOOK.CHANGED_MEANWHILE');
    expect(error.message).toContain(`Cell ${String.fromCharCode(64 + status)}2 on the Applications tab was changed by someone else`);
    expect(applications.get(2, status)).toBe('Rejected');
    expect(ss.sheet('Consumers')!.values()).toHaveLength(consumersBefore);
    expect(ss.sheet('Audit')!.values()).toHaveLength(auditBefore);
  });

  it('unticking attendance on scattered rows writes "No" into those cells in one RangeList write and leaves the rows between alone', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const attendance = ss.sheet('Attendance')!;
    const training = sidebarCall(addon, 'getTraining');
    const sessionId = training.recent[0].sessionId;
    const rows = attendance.values().map((r, i) => ({ row: i + 1, session: r[0], attended: r[2] })).filter((r) => r.session === sessionId && ['Yes', 'x'].includes(String(r.attended)));
    expect(rows.length).toBeGreaterThan(2);
    const between = rows[0]!.row + 1;
    putText(attendance, between, 'Attended', '0042');
    const before = attendance.values();
    addon.counter.reset();

    sidebarCall(addon, 'recordAttendance', { sessionId, mentorIds: [] });

    expect(addon.counter.calls.get('RangeList.setValue')).toBe(1);
    const after = attendance.values();
    after.forEach((line, i) => {
      const changed = rows.some((r) => r.row === i + 1);
      expect(line).toEqual(changed ? [before[i]![0], before[i]![1], 'No'] : before[i]);
    });
  });
});

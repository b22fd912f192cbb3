// A coordinator's formatted .xlsx through the workbench and the real built add-on, action after action: Setup,
// propose, introduce / decide / activate, accept an application, merge one, log a review and take attendance. After
// each, the saved file is compared with the one before it cell by cell (value, number format, note, style, link):
// only the cells that action changes differ, and every sheet keeps its widths, merges, conditional formatting,
// validation and visibility. Text that Sheets would read as something else (an ID 0042, a ZIP 02134, a phone
// number, 1/2, 10%) stays the same text in the emulated spreadsheet and in the saved file after every action.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APPLICATION_HEADERS } from '../../src/domain/intake/application-row';
import { PROPERTIES_SHEET } from '../../src/workbench/gas';
import { WorkbookSession } from '../../src/workbench/workbook-session';
import { acceptProposal } from '../helpers/addon-runtime';
import { formattedWorkbook } from '../helpers/formatted-workbook';
import { ADDON_DIR } from '../helpers/paths';

const AS_OF = '2026-11-20';

/**
 * Texts a coordinator typed as text, each at a Consumers cell (row, header): none may become a number or date. The
 * rows are set when the workbook is built: the first waiting consumer gets the text ID 0042 (and is matched later),
 * the next two a ZIP 02134, the phone numbers, 1/2 and 10%.
 */
const TEXTS: { row: number; header: string; text: string }[] = [];
const APPLICANT = { 'Response ID': 'R-7001', Form: 'Ask for a peer mentor', 'Submitted at': '2026-11-18 09:00', Name: 'Ann Newperson', Email: 'ann.new@example.org', Phone: '6515550199', ZIP: '02134', 'Goal areas or skills': 'Employment', 'Has a disability': 'Yes', Status: 'New' };
const DUPLICATE = { 'Response ID': 'R-7002', Form: 'Ask for a peer mentor', 'Submitted at': '2026-11-18 10:00', Name: 'Tess Zero', Email: 'tess.zero@example.org', Phone: '6515550177', ZIP: '02134', 'Goal areas or skills': 'Employment', 'Has a disability': 'Yes', Status: 'New' };

function headerOf(ws: ExcelJS.Worksheet): string[] {
  const header: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, c) => (header[c] = String(cell.value ?? '')));
  return header;
}

/** Adds the texts above and an Applications tab with two submissions, laid out as the intake function writes them. */
function addTextsAndApplications(book: ExcelJS.Workbook): void {
  const consumers = book.getWorksheet('Consumers')!;
  const header = headerOf(consumers);
  const waiting: number[] = [];
  consumers.eachRow((row, r) => {
    if (r > 5 && row.getCell(header.indexOf('Status')).value === 'Waiting') waiting.push(r);
  });
  const [first, second, third] = waiting as [number, number, number];
  // The waiting consumer's ID becomes the text 0042, on the Consumers tab and on their goals alike.
  const oldId = consumers.getCell(first, header.indexOf('Consumer ID')).value;
  const goals = book.getWorksheet('Goals')!;
  const goalConsumer = headerOf(goals).indexOf('Consumer ID');
  goals.eachRow((row) => {
    if (row.getCell(goalConsumer).value === oldId) row.getCell(goalConsumer).value = '0042';
  });
  TEXTS.push(
    { row: first, header: 'Consumer ID', text: '0042' },
    { row: second, header: 'ZIP', text: '02134' },
    { row: second, header: 'Phone', text: '6515550142' },
    { row: second, header: 'Notes', text: '1/2' },
    { row: third, header: 'Notes', text: '10%' },
    { row: third, header: 'Phone', text: '(651) 555-0143' },
  );
  consumers.getCell(second, header.indexOf('Phone')).numFmt = '@';
  for (const { row, header: name, text } of TEXTS) consumers.getCell(row, header.indexOf(name)).value = text;
  // The consumer with the text ID has no phone, for the merge to fill in.
  consumers.getCell(first, header.indexOf('Phone')).value = null;
  consumers.getCell(first, header.indexOf('Name')).value = 'Tess Zero';
  const applications = book.addWorksheet('Applications');
  applications.addRow([...APPLICATION_HEADERS]);
  for (const answers of [APPLICANT, DUPLICATE]) applications.addRow(APPLICATION_HEADERS.map((h) => (answers as Record<string, string>)[h] ?? null));
}

/** Everything about a cell a coordinator could see or lose. */
function cellSignature(cell: ExcelJS.Cell): string {
  return JSON.stringify([cell.value, cell.numFmt ?? null, cell.note ?? null, cell.style.fill ?? null, cell.style.font ?? null]);
}

/** What must never change on a sheet: widths, merges, conditional formatting, validation and whether it is hidden. */
function sheetShape(ws: ExcelJS.Worksheet): string {
  const widths = (ws.columns ?? []).map((c) => c.width ?? null);
  const model = ws.model as unknown as { merges?: string[] };
  const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  return JSON.stringify([ws.state, widths, model.merges ?? [], (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings, validations]);
}

interface Change { tab: string; row: number; header: string; address: string }

/** The cells that differ between two saves of the workbook, by tab, row and header. */
function changedCells(before: ExcelJS.Workbook, after: ExcelJS.Workbook): Change[] {
  const changes: Change[] = [];
  for (const now of after.worksheets) {
    const was = before.getWorksheet(now.name);
    // The workbench keeps the add-on's document properties on a tab of its own, not the coordinator's cells.
    if (!was || now.name === PROPERTIES_SHEET) continue;
    const header = headerOf(now);
    const rows = Math.max(was.rowCount, now.rowCount);
    const columns = Math.max(was.columnCount, now.columnCount);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= columns; c++) {
        if (cellSignature(was.getCell(r, c)) !== cellSignature(now.getCell(r, c))) changes.push({ tab: now.name, row: r, header: header[c] ?? '', address: now.getCell(r, c).address });
      }
    }
  }
  return changes;
}

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

describe('a formatted workbook through every action in the workbench', () => {
  let dir: string;
  let file: string;
  let session: WorkbookSession;
  let saved: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-round-trip-'));
    file = path.join(dir, 'program.xlsx');
    await formattedWorkbook(file, addTextsAndApplications);
    saved = await readBook(file);
    session = await WorkbookSession.open({ file, addonDir: ADDON_DIR, now: new Date(`${AS_OF}T15:00:00Z`) });
  });

  afterAll(() => {
    session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function call<T = any>(name: string, ...args: unknown[]): Promise<T> {
    const outcome = await session.call(name, args);
    if (!outcome.ok) throw new Error(`${name}: ${outcome.message}`);
    const rpc = outcome.value as { ok: boolean; value?: T; error?: { code: string; message: string } };
    if (!rpc.ok) throw new Error(`${name}: ${rpc.error?.code} ${rpc.error?.message}`);
    return rpc.value as T;
  }

  /** The row a value sits in on a tab of the last save, by the value of a column. */
  function rowOf(tab: string, header: string, value: string): number {
    const ws = saved.getWorksheet(tab)!;
    const column = headerOf(ws).indexOf(header);
    let found = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(column).value === value) found = r;
    });
    return found;
  }

  /** A cell of the last save, by row and header. */
  function cellOf(tab: string, row: number, header: string): unknown {
    const ws = saved.getWorksheet(tab)!;
    return ws.getCell(row, headerOf(ws).indexOf(header)).value;
  }

  /**
   * Saves, checks the texts, the link and every sheet's shape, and returns the cells that changed since the last
   * save: by tab, then "new" (rows added after the last one) or "row N", with the headers of the changed cells.
   */
  async function saveAndDiff(): Promise<Record<string, Record<string, string[]>>> {
    await session.flush();
    expect(session.saveError).toBeNull();
    const now = await readBook(file);
    const consumers = now.getWorksheet('Consumers')!;
    const header = headerOf(consumers);
    const emulated = session.runtime.spreadsheet.sheet('Consumers')!;
    for (const { row, header: name, text } of TEXTS) {
      expect([name, consumers.getCell(row, header.indexOf(name)).value]).toEqual([name, text]);
      expect([name, emulated.get(row, header.indexOf(name))]).toEqual([name, text]);
    }
    expect(consumers.getCell(4, header.indexOf('Notes')).value).toEqual({ text: 'intake file', hyperlink: 'https://example.org/intake' });
    expect(emulated.links.get(`3,${header.indexOf('Notes') - 1}`)).toBe('https://example.org/intake');
    for (const ws of saved.worksheets) expect([ws.name, sheetShape(now.getWorksheet(ws.name)!)]).toEqual([ws.name, sheetShape(ws)]);
    const changes: Record<string, Record<string, Set<string>>> = {};
    for (const change of changedCells(saved, now)) {
      const label = change.row > saved.getWorksheet(change.tab)!.actualRowCount ? 'new' : `row ${change.row}`;
      ((changes[change.tab] ??= {})[label] ??= new Set()).add(change.header);
    }
    saved = now;
    return Object.fromEntries(Object.entries(changes).map(([tab, rows]) => [tab, Object.fromEntries(Object.entries(rows).map(([label, set]) => [label, [...set].sort()]))]));
  }

  const AUDIT = { new: ['Action', 'Details', 'Record', 'When', 'Who'] };

  it('each action changes only its own cells; text stays text in the emulation and in the saved file', async () => {
    const proposal = await call('getSetupProposal');
    await call('applySetup', acceptProposal(proposal));
    expect(await saveAndDiff()).toEqual({ Consumers: { 'row 5': ['Consumer ID'] } });

    const textId = TEXTS[0]!.row;
    const [consumer] = await call('searchConsumers', '0042');
    expect(consumer.id).toBe('0042');
    const suggestions = await call('getMatchSuggestions', consumer.id);
    const match = await call('proposeMatch', { consumerId: consumer.id, mentorId: suggestions.suggestions[0].mentorId });
    expect(await saveAndDiff()).toEqual({
      Consumers: { [`row ${textId}`]: ['Status'] },
      Matches: { new: ['Consumer ID', 'Match ID', 'Mentor ID', 'Proposed on', 'Reasons', 'Score', 'Status'] },
      Audit: AUDIT,
    });
    const matchRow = rowOf('Matches', 'Match ID', match.id);
    expect(cellOf('Matches', matchRow, 'Consumer ID')).toBe('0042');

    await call('changeMatch', { matchId: match.id, action: 'schedule-intro', on: AS_OF });
    expect(await saveAndDiff()).toEqual({ Matches: { [`row ${matchRow}`]: ['Intro on', 'Status'] }, Audit: { new: ['Action', 'Record', 'When', 'Who'] } });

    await call('changeMatch', { matchId: match.id, action: 'decide', side: 'mentor', decision: 'yes' });
    await call('changeMatch', { matchId: match.id, action: 'decide', side: 'consumer', decision: 'yes' });
    expect(await saveAndDiff()).toEqual({ Matches: { [`row ${matchRow}`]: ['Consumer decision', 'Mentor decision'] }, Audit: AUDIT });

    const active = await call('changeMatch', { matchId: match.id, action: 'activate', goals: [{ area: 'employment', goal: 'Find a job', objectives: 'Apply to five jobs' }] });
    expect(await saveAndDiff()).toEqual({
      Goals: { new: ['Area', 'Consumer ID', 'Goal', 'Goal ID', 'Match ID', 'Objectives', 'Set on', 'Status'] },
      Matches: { [`row ${matchRow}`]: ['Started on', 'Status'] },
      Audit: AUDIT,
    });
    const goalId = active.goals[active.goals.length - 1].id;
    const goalRow = rowOf('Goals', 'Goal ID', goalId);
    expect(cellOf('Goals', goalRow, 'Consumer ID')).toBe('0042');

    const accepted = await call('decideApplication', { responseId: 'R-7001', decision: 'accept' });
    expect(await saveAndDiff()).toEqual({
      Consumers: { new: ['ADA eligible', 'Consumer ID', 'Email', 'Goal areas', 'Name', 'Notes', 'Phone', 'Requested on', 'Status', 'ZIP'] },
      Goals: { new: ['Area', 'Consumer ID', 'Goal ID', 'Set on', 'Status'] },
      Applications: { 'row 2': ['Record ID', 'Status'] },
      Audit: AUDIT,
    });
    const newConsumer = rowOf('Consumers', 'Consumer ID', accepted.recordId);
    expect([cellOf('Consumers', newConsumer, 'ZIP'), cellOf('Consumers', newConsumer, 'Phone')]).toEqual(['02134', '+16515550199']);

    const merged = await call('decideApplication', { responseId: 'R-7002', decision: 'merge', into: consumer.id });
    expect(merged.filled).toEqual(['phone']);
    expect(await saveAndDiff()).toEqual({ Consumers: { [`row ${textId}`]: ['Phone'] }, Applications: { 'row 3': ['Record ID', 'Status'] }, Audit: AUDIT });
    expect(cellOf('Consumers', textId, 'Phone')).toBe('+16515550177');

    await call('logReview', { matchId: match.id, kind: 'check-in', date: AS_OF, attendees: ['Mentor'], minutes: 30, notes: '', progress: [{ goalId, progress: 'Started', status: 'in-progress' }] });
    expect(await saveAndDiff()).toEqual({
      Goals: { [`row ${goalRow}`]: ['Status'] },
      Reviews: { new: ['Attendees', 'Date', 'Goal ID', 'Kind', 'Match ID', 'Minutes', 'Progress', 'Review ID'] },
      Audit: AUDIT,
    });

    const training = await call('getTraining');
    const sessionId = training.recent[0].sessionId;
    const sheet = await call('getAttendance', sessionId);
    const ticked = sheet.mentors.slice(0, 3).map((m: { mentorId: string }) => m.mentorId);
    await call('recordAttendance', { sessionId, mentorIds: ticked });
    const { Attendance: attendance, ...rest } = await saveAndDiff();
    expect(rest).toEqual({ Audit: AUDIT });
    expect(attendance!['new']).toEqual(['Attended', 'Mentor ID', 'Session ID']);
    // Rows already there change only in Attended, and only for this session's mentors not ticked now.
    const changedRows = Object.keys(attendance!).filter((label) => label !== 'new');
    expect(changedRows.length).toBeGreaterThan(0);
    for (const label of changedRows) {
      const row = Number(label.slice(4));
      expect([label, attendance![label], cellOf('Attendance', row, 'Session ID'), cellOf('Attendance', row, 'Attended')]).toEqual([label, ['Attended'], sessionId, 'No']);
      expect(ticked).not.toContain(cellOf('Attendance', row, 'Mentor ID'));
    }
  });
});

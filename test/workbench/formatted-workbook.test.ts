// A coordinator's formatted .xlsx through the workbench and the real built add-on: Setup and a later change write
// only their cells into the file; widths, fills, number formats, notes, conditional formatting, links, merged cells,
// formulas, validation and hidden tabs stay as they were, and text like 02134 stays text.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acceptProposal } from '../helpers/addon-runtime';
import { formattedWorkbook, plainValue } from '../helpers/formatted-workbook';
import { ADDON_DIR } from '../helpers/paths';
import { WorkbookSession } from '../../src/workbench/workbook-session';

describe('the workbench saves a formatted workbook without losing anything the add-on did not change', () => {
  it('keeps every untouched cell and all formatting through Setup, cell by cell', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-formatted-'));
    const file = path.join(dir, 'program.xlsx');
    await formattedWorkbook(file);
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(file);

    const session = await WorkbookSession.open({ file, addonDir: ADDON_DIR, now: new Date('2026-11-20T15:00:00Z') });
    const proposal = (await session.call('getSetupProposal', [])) as { ok: true; value: { ok: boolean; value: never } };
    const setup = await session.call('applySetup', [acceptProposal((proposal.value as { value: never }).value)]);
    expect(setup).toMatchObject({ ok: true, value: { ok: true } });
    await session.flush();
    expect(session.saveError).toBeNull();
    session.close();

    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(file);
    const was = before.getWorksheet('Consumers')!;
    const now = after.getWorksheet('Consumers')!;
    const changed: string[] = [];
    was.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (plainValue(cell) !== plainValue(now.getCell(r, c))) changed.push(cell.address);
    }));
    expect(changed).toEqual(['A5']);
    expect(String(now.getCell('A5').value)).toMatch(/^C-\d{4}$/);
    expect(now.getColumn(2).width).toBe(31);
    expect(now.getCell(1, 1).fill).toEqual(was.getCell(1, 1).fill);
    const header = (was.getRow(1).values as unknown[]).map(String);
    expect(now.getCell(2, header.indexOf('ZIP')).value).toBe('02134');
    expect(now.getCell(2, header.indexOf('ZIP')).numFmt).toBe('@');
    expect(now.getCell(3, header.indexOf('Phone')).value).toBe('6515550142');
    expect(now.getCell(2, header.indexOf('Requested on')).numFmt).toBe('mmm d, yyyy');
    expect(now.getCell(2, 2).note).toBe('Prefers mornings');
    expect(now.getCell(4, header.indexOf('Notes')).value).toEqual({ text: 'intake file', hyperlink: 'https://example.org/intake' });
    expect((now as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toHaveLength(1);
    const notes = after.getWorksheet('Program notes')!;
    expect(notes.getCell('A1').value).toBe('Spring outreach plan');
    expect([notes.getCell('B1').value, notes.getCell('C1').value]).toEqual(['Spring outreach plan', 'Spring outreach plan']);
    expect(notes.getCell('B1').isMerged).toBe(true);
    expect((notes.getCell('A2').value as ExcelJS.CellFormulaValue).formula).toBe('COUNTA(Consumers!A:A)-1');
    expect(notes.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Yes,No"'] });
    expect(after.getWorksheet('Lists')!.state).toBe('hidden');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

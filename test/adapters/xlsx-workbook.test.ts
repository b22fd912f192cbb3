import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XlsxError, XlsxWorkbook } from '../../src/adapters/local/xlsx-workbook';
import { readWorkbook } from '../../src/domain/workbook-reader';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-xlsx-'));

/** Writes a workbook the way a coordinator's export looks: formulas, rich text, links, date cells, merged cells. */
async function writeMessyExport(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const mentors = book.addWorksheet('Mentors');
  mentors.addRow(['Mentor ID', 'Full Name', 'E-mail Address', 'Zip Code', 'Skills', 'Trained on']);
  mentors.addRow(['M-0001', { richText: [{ text: 'Ana ' }, { text: 'Ruiz', font: { bold: true } }] }, { text: 'ana@example.org', hyperlink: 'mailto:ana@example.org' }, 55104, 'Employment', new Date('2026-06-10T00:00:00Z')]);
  mentors.addRow(['M-0002', { formula: 'CONCAT("Ben"," Olson")', result: 'Ben Olson' }, 'ben@example.org', '55102-0001', 'Budgeting', '7/15/2026']);
  mentors.addRow(['M-0003', 'Merged Area', 'm3@example.org', '55101', 'Employment', null]);
  mentors.addRow(['M-0004', null, 'm4@example.org', '55101', 'Employment', null]);
  mentors.mergeCells('B4:B5');
  const consumers = book.addWorksheet('Consumers');
  consumers.addRow(['Consumer ID', 'Name', 'ZIP', 'Notes']);
  consumers.addRow(['C-0001', 'Lee Vang', '55106', '=HYPERLINK("http://example.org")']);
  await book.xlsx.writeFile(file);
}

describe('XlsxWorkbook', () => {
  const file = path.join(dir, 'export.xlsx');
  beforeAll(() => writeMessyExport(file));

  it('reads the values a person sees: rich text, formula results, link text and date cells', async () => {
    const book = await XlsxWorkbook.open(file);
    const rows = book.read('Mentors');
    expect(rows[1]).toEqual(['M-0001', 'Ana Ruiz', 'ana@example.org', 55104, 'Employment', new Date('2026-06-10T00:00:00Z')]);
    expect(rows[2]![1]).toBe('Ben Olson');
    const model = readWorkbook(book);
    expect(model.mentors.map((m) => [m.id, m.zip, m.initialTrainingOn])).toEqual([
      ['M-0001', '55104', '2026-06-10'],
      ['M-0002', '55102', '2026-07-15'],
      ['M-0003', '55101', null],
    ]);
  });

  it('reports the blank cell under a merged range rather than copying a neighbour', async () => {
    const model = readWorkbook(await XlsxWorkbook.open(file));
    expect(model.issues).toContainEqual({ code: 'RECORD.MISSING_VALUE', message: 'Name is blank; this row is skipped', location: { tab: 'Mentors', row: 5, column: 'Name' } });
  });

  it('keeps text that looks like a formula as text through a save and reload', async () => {
    const book = await XlsxWorkbook.open(file);
    book.append('Consumers', [['C-0002', 'Sam Lor', '55107', '=1+1'], ['C-0003', '@Sam', '55107', '+15']]);
    const copy = path.join(dir, 'copy.xlsx');
    await book.save(copy);
    const reread = (await XlsxWorkbook.open(copy)).read('Consumers');
    expect(reread.slice(1).map((row) => row[3])).toEqual(['=HYPERLINK("http://example.org")', '=1+1', '+15']);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(copy);
    raw.getWorksheet('Consumers')!.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('creates tabs with a frozen header and updates cells in place', async () => {
    const book = XlsxWorkbook.empty();
    book.createTab('Audit', ['When', 'Who', 'Action']);
    book.append('Audit', [['2026-11-22', 'coordinator', 'setup']]);
    book.update('Audit', [{ row: 1, column: 2, value: 'setup (changed)' }]);
    const saved = path.join(dir, 'audit.xlsx');
    await book.save(saved);
    const reread = await XlsxWorkbook.open(saved);
    expect(reread.read('Audit')).toEqual([['When', 'Who', 'Action'], ['2026-11-22', 'coordinator', 'setup (changed)']]);
    expect(() => reread.createTab('Audit', [])).toThrow(XlsxError);
  });

  it.each([
    ['a missing file', () => path.join(dir, 'nope.xlsx'), /does not exist/],
    ['a folder', () => dir, /is a folder/],
    ['a CSV renamed to .xlsx', () => writeFile('fake.xlsx', 'a,b\n1,2\n'), /is not an \.xlsx workbook/],
    ['a damaged workbook', () => writeFile('broken.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)])), /may be damaged/],
  ])('gives one clear sentence for %s', async (_label, make, message) => {
    await expect(XlsxWorkbook.open(make())).rejects.toThrow(message);
  });
});

function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

// This file builds a coordinator's formatted .xlsx from the demo workbook, for the workbench round-trip tests: column
// widths, a fill, number formats (a plain-text ZIP, a date format), a note, conditional formatting, a hyperlink, a
// merged range, a formula, a dropdown and a hidden tab.
import ExcelJS from 'exceljs';
import { demoXlsx } from '../../src/cli/commands/demo';

export const plainValue = (cell: ExcelJS.Cell) => JSON.stringify(cell.value);

/** Writes the formatted workbook; `extra` adds to it (more rows, tabs) before it is saved. */
export async function formattedWorkbook(file: string, extra?: (book: ExcelJS.Workbook) => void): Promise<void> {
  const demo = demoXlsx('2026-11-20');
  const book = demo.book;
  const consumers = book.getWorksheet('Consumers')!;
  const header = (consumers.getRow(1).values as unknown[]).map(String);
  const col = (name: string) => header.indexOf(name);
  consumers.getColumn(2).width = 31;
  consumers.getCell(1, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } };
  consumers.getCell(2, col('ZIP')).numFmt = '@';
  consumers.getCell(2, col('ZIP')).value = '02134';
  consumers.getCell(3, col('Phone')).value = '6515550142';
  consumers.getCell(3, col('Phone')).numFmt = '@';
  consumers.getCell(2, col('Requested on')).numFmt = 'mmm d, yyyy';
  consumers.getCell(2, 2).note = 'Prefers mornings';
  consumers.getCell(4, col('Notes')).value = { text: 'intake file', hyperlink: 'https://example.org/intake' };
  consumers.addConditionalFormatting({ ref: 'A2:A200', rules: [{ type: 'containsText', operator: 'containsText', text: 'C-', priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } } }] });
  // One consumer without an ID, for Setup to fill in.
  consumers.getCell(5, 1).value = null;
  const notes = book.addWorksheet('Program notes');
  notes.getCell('A1').value = 'Spring outreach plan';
  notes.mergeCells('A1:C1');
  notes.getCell('A2').value = { formula: 'COUNTA(Consumers!A:A)-1', result: 40 } as ExcelJS.CellFormulaValue;
  notes.getCell('B2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No"'] };
  const lists = book.addWorksheet('Lists');
  lists.getCell('A1').value = 'Yes';
  lists.state = 'hidden';
  extra?.(book as unknown as ExcelJS.Workbook);
  await demo.save(file);
}


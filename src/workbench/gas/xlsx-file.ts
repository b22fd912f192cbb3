// This file loads an emulated spreadsheet from an .xlsx file and saves it back (exceljs): values, formulas, frozen
// header rows, list validation, and the document properties (kept on a very hidden sheet so they survive a reload).
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { FakeSpreadsheet, SpreadsheetOptions, StoredValue } from './spreadsheet';
import { instantOf, wallClock } from './time-zone';

/** The hidden sheet that keeps document properties (the saved mapping, schema version) inside the .xlsx. */
export const PROPERTIES_SHEET = '__document_properties';

function plain(value: ExcelJS.CellValue): { value: unknown; formula?: string } {
  if (value === null || value === undefined) return { value: '' };
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value };
  if (typeof value === 'object') {
    if ('richText' in value) return { value: value.richText.map((p) => p.text).join('') };
    if ('formula' in value && typeof value.formula === 'string') return { value: plain(value.result as ExcelJS.CellValue).value, formula: `=${value.formula}` };
    if ('sharedFormula' in value) return { value: plain(value.result as ExcelJS.CellValue).value };
    if ('hyperlink' in value) return { value: typeof value.text === 'string' ? value.text : '' };
    if ('error' in value) return { value: '' };
  }
  return { value: String(value) };
}

/** exceljs dates carry the cell's wall-clock time in their UTC fields; Sheets keeps instants in the file's zone. */
function fromFileDate(date: Date, timeZone: string): Date {
  return instantOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), timeZone, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
}

function toFileDate(date: Date, timeZone: string): Date {
  const w = wallClock(date, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
}

export interface LoadedFile {
  spreadsheet: FakeSpreadsheet;
  documentProperties: Record<string, string>;
}

export async function loadXlsx(source: string | Buffer, options: SpreadsheetOptions = {}): Promise<LoadedFile> {
  const book = new ExcelJS.Workbook();
  const data = typeof source === 'string' ? fs.readFileSync(source) : source;
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const spreadsheet = new FakeSpreadsheet(options);
  const documentProperties: Record<string, string> = {};
  for (const ws of book.worksheets) {
    if (ws.name === PROPERTIES_SHEET) {
      ws.eachRow((row) => {
        const key = row.getCell(1).value;
        if (typeof key === 'string' && key) documentProperties[key] = String(plain(row.getCell(2).value).value ?? '');
      });
      continue;
    }
    const sheet = spreadsheet.addSheet(ws.name);
    const width = ws.actualColumnCount === 0 ? 0 : ws.columnCount;
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const { value, formula } = plain(cell.value);
        if (value !== '' || formula) {
          const stored = value instanceof Date ? fromFileDate(value, spreadsheet.timeZone) : value;
          // Text from the file is text: it must not be re-read as a number, date or formula.
          sheet.set(r, c, typeof stored === 'string' ? `'${stored}` : stored);
          if (formula) sheet.formulas.set(`${r - 1},${c - 1}`, formula);
        }
        const validation = cell.dataValidation;
        if (validation?.type === 'list' && validation.formulae?.[0]) {
          const values = String(validation.formulae[0]).replace(/^"|"$/g, '').split(',');
          const last = sheet.validations[sheet.validations.length - 1];
          const rule = { criteria: 'VALUE_IN_LIST' as const, values, showDropdown: true, allowInvalid: validation.showErrorMessage !== true, helpText: validation.prompt ?? '' };
          if (last && last.rect.column === c && last.rect.row + last.rect.rows === r && last.rule.values.join(',') === values.join(',')) last.rect.rows++;
          else sheet.validations.push({ rect: { row: r, column: c, rows: 1, columns: 1 }, rule });
        }
      }
    });
    sheet.maxRows = Math.max(1000, sheet.cells.length, ws.rowCount);
    sheet.maxColumns = Math.max(26, width);
    const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
    if (view?.state === 'frozen' && view.ySplit) sheet.frozenRows = view.ySplit;
    if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.hidden = true;
  }
  return { spreadsheet, documentProperties };
}

function fileValue(value: StoredValue, formula: string | undefined, timeZone: string): ExcelJS.CellValue {
  if (formula) return { formula: formula.slice(1) } as ExcelJS.CellFormulaValue;
  if (value === '') return null;
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]' ? toFileDate(value as Date, timeZone) : value;
}

export interface SaveOptions {
  /** Cells written as empty (1-based), e.g. a value that belongs to one local run only. */
  leaveOut?: readonly { sheet: string; row: number; column: number }[];
}

export async function xlsxBuffer(spreadsheet: FakeSpreadsheet, documentProperties: Record<string, string> = {}, options: SaveOptions = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const leftOut = new Set((options.leaveOut ?? []).map((cell) => `${cell.sheet}\u0000${cell.row - 1},${cell.column - 1}`));
  for (const sheet of spreadsheet.sheets) {
    const ws = book.addWorksheet(sheet.name, sheet.frozenRows ? { views: [{ state: 'frozen', ySplit: sheet.frozenRows }] } : {});
    if (sheet.hidden) ws.state = 'hidden';
    sheet.cells.forEach((row, r) => {
      row.forEach((value, c) => {
        const formula = sheet.formulas.get(`${r},${c}`);
        if ((value === '' && !formula) || leftOut.has(`${sheet.name}\u0000${r},${c}`)) return;
        ws.getCell(r + 1, c + 1).value = fileValue(value, formula, spreadsheet.timeZone);
      });
    });
    for (const row of sheet.boldRows) ws.getRow(row).font = { bold: true };
    for (const { rect, rule } of sheet.validations) {
      const lastRow = Math.min(rect.row + rect.rows - 1, sheet.maxRows);
      for (let r = rect.row; r <= lastRow; r++) {
        for (let c = rect.column; c < rect.column + rect.columns; c++) {
          ws.getCell(r, c).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: !rule.allowInvalid, formulae: [`"${rule.values.join(',')}"`] };
        }
      }
    }
  }
  const keys = Object.keys(documentProperties);
  if (keys.length) {
    const ws = book.addWorksheet(PROPERTIES_SHEET);
    ws.state = 'veryHidden';
    for (const key of keys.sort()) ws.addRow([key, documentProperties[key]]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Saves atomically (temporary file, then rename), so a crash never leaves half a workbook. */
export async function saveXlsx(spreadsheet: FakeSpreadsheet, file: string, documentProperties: Record<string, string> = {}, options: SaveOptions = {}): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, await xlsxBuffer(spreadsheet, documentProperties, options));
  fs.renameSync(temporary, file);
}

// This file loads an emulated spreadsheet from an .xlsx file and saves it back (exceljs): values, formulas, number
// formats, frozen header rows, list validation, and the document properties (kept on a very hidden sheet so they
// survive a reload). A file saved over the one it was loaded from keeps everything else in it as it was (widths, fills,
// notes, conditional formatting, links, merged cells): only what the add-on changed is written into it.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { FakeSheet, FakeSpreadsheet, SpreadsheetOptions, StoredValue } from './spreadsheet';
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
  /** The file as loaded, to save changes into (see xlsxBuffer). */
  original: OriginalFile;
}

/** The loaded workbook and what the emulation held right after loading it (or after the last save into it). */
export interface OriginalFile {
  book: ExcelJS.Workbook;
  sheets: Map<string, SheetSnapshot>;
}

interface SheetSnapshot {
  cells: Map<string, string>;
  formats: Map<string, string>;
  validations: Set<string>;
  hidden: boolean;
  frozenRows: number;
}

/** A cell's content as text, to tell whether the add-on changed it. */
function cellSignature(sheet: FakeSheet, key: string): string {
  const [r, c] = key.split(',').map(Number) as [number, number];
  const value = sheet.cells[r]?.[c] ?? '';
  const formula = sheet.formulas.get(key);
  const shown = Object.prototype.toString.call(value) === '[object Date]' ? `date:${(value as Date).getTime()}` : `${typeof value}:${String(value)}`;
  return formula ? `formula:${formula}` : shown;
}

function cellKeys(sheet: FakeSheet): string[] {
  const keys: string[] = [];
  sheet.cells.forEach((row, r) => row.forEach((value, c) => value !== '' && keys.push(`${r},${c}`)));
  for (const key of sheet.formulas.keys()) keys.push(key);
  return keys;
}

function snapshotOf(sheet: FakeSheet): SheetSnapshot {
  return {
    cells: new Map(cellKeys(sheet).map((key) => [key, cellSignature(sheet, key)])),
    formats: new Map(sheet.numberFormats),
    validations: new Set(sheet.validations.map((v) => JSON.stringify(v))),
    hidden: sheet.hidden,
    frozenRows: sheet.frozenRows,
  };
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
        // The other cells of a merged range read as its first cell's value; in the sheet they are empty.
        if (cell.isMerged && cell.master.address !== cell.address) continue;
        if (cell.numFmt && cell.numFmt !== 'General') sheet.numberFormats.set(`${r - 1},${c - 1}`, cell.numFmt);
        const { value, formula } = plain(cell.value);
        if (value !== '' || formula) {
          const stored = value instanceof Date ? fromFileDate(value, spreadsheet.timeZone) : value;
          // Text from the file is text: it must not be re-read as a number, date or formula.
          sheet.set(r, c, typeof stored === 'string' ? `'${stored}` : stored);
          if (formula) sheet.formulas.set(`${r - 1},${c - 1}`, formula);
          const link = (cell.value as { hyperlink?: unknown } | null)?.hyperlink;
          if (typeof link === 'string' && link) sheet.links.set(`${r - 1},${c - 1}`, link);
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
  const sheets = new Map(spreadsheet.sheets.map((sheet) => [sheet.name, snapshotOf(sheet)]));
  return { spreadsheet, documentProperties, original: { book, sheets } };
}

function fileValue(value: StoredValue, formula: string | undefined, timeZone: string): ExcelJS.CellValue {
  if (formula) return { formula: formula.slice(1) } as ExcelJS.CellFormulaValue;
  if (value === '') return null;
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]' ? toFileDate(value as Date, timeZone) : value;
}

export interface SaveOptions {
  /** Cells written as empty (1-based), e.g. a value that belongs to one local run only. */
  leaveOut?: readonly { sheet: string; row: number; column: number }[];
  /** The file the spreadsheet was loaded from: only what changed since is written into it, the rest kept. */
  original?: OriginalFile;
}

function applyValidations(ws: ExcelJS.Worksheet, sheet: FakeSheet, rules: FakeSheet['validations']): void {
  for (const { rect, rule } of rules) {
    const lastRow = Math.min(rect.row + rect.rows - 1, sheet.maxRows);
    for (let r = rect.row; r <= lastRow; r++) {
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        ws.getCell(r, c).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: !rule.allowInvalid, formulae: [`"${rule.values.join(',')}"`] };
      }
    }
  }
}

/** Writes into a loaded worksheet only the cells, formats and rules that changed since it was loaded (or last saved). */
function saveChangesInto(ws: ExcelJS.Worksheet, sheet: FakeSheet, before: SheetSnapshot, timeZone: string, leftOut: (key: string) => boolean): void {
  const keys = new Set([...before.cells.keys(), ...cellKeys(sheet)]);
  for (const key of keys) {
    if (cellSignature(sheet, key) === (before.cells.get(key) ?? 'string:') && !leftOut(key)) continue;
    const [r, c] = key.split(',').map(Number) as [number, number];
    const value = sheet.cells[r]?.[c] ?? '';
    const formula = sheet.formulas.get(key);
    ws.getCell(r + 1, c + 1).value = leftOut(key) || (value === '' && !formula) ? null : fileValue(value, formula, timeZone);
  }
  for (const [key, format] of sheet.numberFormats) {
    if (before.formats.get(key) === format) continue;
    const [r, c] = key.split(',').map(Number) as [number, number];
    ws.getCell(r + 1, c + 1).numFmt = format;
  }
  applyValidations(ws, sheet, sheet.validations.filter((v) => !before.validations.has(JSON.stringify(v))));
  if (sheet.hidden !== before.hidden) ws.state = sheet.hidden ? 'hidden' : 'visible';
  if (sheet.frozenRows !== before.frozenRows) ws.views = sheet.frozenRows ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : [];
}

export async function xlsxBuffer(spreadsheet: FakeSpreadsheet, documentProperties: Record<string, string> = {}, options: SaveOptions = {}): Promise<Buffer> {
  const book = options.original?.book ?? new ExcelJS.Workbook();
  const leftOut = new Set((options.leaveOut ?? []).map((cell) => `${cell.sheet}\u0000${cell.row - 1},${cell.column - 1}`));
  for (const sheet of spreadsheet.sheets) {
    const before = options.original?.sheets.get(sheet.name);
    const loaded = before ? book.getWorksheet(sheet.name) : undefined;
    if (loaded && before) {
      saveChangesInto(loaded, sheet, before, spreadsheet.timeZone, (key) => leftOut.has(`${sheet.name}\u0000${key}`));
      continue;
    }
    const ws = book.addWorksheet(sheet.name, sheet.frozenRows ? { views: [{ state: 'frozen', ySplit: sheet.frozenRows }] } : {});
    if (sheet.hidden) ws.state = 'hidden';
    sheet.cells.forEach((row, r) => {
      row.forEach((value, c) => {
        const formula = sheet.formulas.get(`${r},${c}`);
        if ((value === '' && !formula) || leftOut.has(`${sheet.name}\u0000${r},${c}`)) return;
        ws.getCell(r + 1, c + 1).value = fileValue(value, formula, spreadsheet.timeZone);
      });
    });
    for (const [key, format] of sheet.numberFormats) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      ws.getCell(r + 1, c + 1).numFmt = format;
    }
    for (const row of sheet.boldRows) ws.getRow(row).font = { bold: true };
    applyValidations(ws, sheet, sheet.validations);
  }
  const previous = book.getWorksheet(PROPERTIES_SHEET);
  if (previous) book.removeWorksheet(previous.id);
  const keys = Object.keys(documentProperties);
  if (keys.length) {
    const ws = book.addWorksheet(PROPERTIES_SHEET);
    ws.state = 'veryHidden';
    for (const key of keys.sort()) ws.addRow([key, documentProperties[key]]);
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  // What is in the file now is the base for the next save into it.
  if (options.original) for (const sheet of spreadsheet.sheets) options.original.sheets.set(sheet.name, snapshotOf(sheet));
  return buffer;
}

/** Saves atomically (temporary file, then rename), so a crash never leaves half a workbook. */
export async function saveXlsx(spreadsheet: FakeSpreadsheet, file: string, documentProperties: Record<string, string> = {}, options: SaveOptions = {}): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, await xlsxBuffer(spreadsheet, documentProperties, options));
  fs.renameSync(temporary, file);
}

// This file is the Workbook port over a local .xlsx file (exceljs), used by the CLI, the workbench and tests.
import { inertText, withoutGuard } from '../../domain/intake/inert-text';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Cell, CellUpdate, WorkbookPort } from '../../ports/workbook.port';

export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxError';
  }
}

/** Turns an exceljs cell value (rich text, formula, hyperlink, error) into the plain value a person sees. */
function plainValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return withoutGuard(value);
  if (value instanceof Date || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainValue(value.text as ExcelJS.CellValue);
    if ('error' in value) return null;
  }
  return String(value);
}

/** Text that a spreadsheet program would treat as a formula is stored as a plain string cell by exceljs anyway. */
/** Text goes through the one inert-text rule, as on Sheets: what could run as a formula keeps a guard apostrophe. */
function storedValue(value: Cell): ExcelJS.CellValue {
  if (typeof value === 'string') return inertText(value);
  return value === undefined ? null : value;
}

export class XlsxWorkbook implements WorkbookPort {
  private constructor(readonly book: ExcelJS.Workbook) {}

  static empty(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  /** Opens a file; a missing, unreadable or non-xlsx file gives one clear sentence. */
  static async open(path: string): Promise<XlsxWorkbook> {
    let data: Buffer;
    try {
      data = fs.readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new XlsxError(`The file ${path} does not exist.`);
      if (code === 'EISDIR') throw new XlsxError(`${path} is a folder, not an .xlsx file.`);
      if (code === 'EACCES') throw new XlsxError(`The file ${path} cannot be read (permission denied).`);
      throw new XlsxError(`The file ${path} cannot be read (${code ?? 'unknown error'}).`);
    }
    if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) {
      throw new XlsxError(`${path} is not an .xlsx workbook; export the sheet as Microsoft Excel (.xlsx) and try again.`);
    }
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw new XlsxError(`${path} could not be read as an .xlsx workbook; it may be damaged. Export it again and retry.`);
    }
    return new XlsxWorkbook(book);
  }

  async save(path: string): Promise<void> {
    const temporary = `${path}.${process.pid}.tmp`;
    await this.book.xlsx.writeFile(temporary);
    fs.renameSync(temporary, path);
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.book.xlsx.writeBuffer());
  }

  tabNames(): string[] {
    return this.book.worksheets.map((sheet) => sheet.name);
  }

  private sheet(tab: string): ExcelJS.Worksheet {
    const sheet = this.book.getWorksheet(tab);
    if (!sheet) throw new XlsxError(`The workbook has no tab named ${tab}.`);
    return sheet;
  }

  read(tab: string): Cell[][] {
    const sheet = this.sheet(tab);
    const width = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
    const grid: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: Cell[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // Like Google Sheets, only the top-left cell of a merged range holds the value; the rest read as blank.
        cells.push(cell.isMerged && cell.master.address !== cell.address ? null : plainValue(cell.value));
      }
      grid[rowNumber - 1] = cells;
    });
    for (let r = 0; r < grid.length; r++) grid[r] ??= new Array<Cell>(width).fill(null);
    return grid;
  }

  createTab(tab: string, header: readonly string[]): void {
    if (this.book.getWorksheet(tab)) throw new XlsxError(`The workbook already has a tab named ${tab}.`);
    const sheet = this.book.addWorksheet(tab, { views: [{ state: 'frozen', ySplit: 1 }] });
    if (header.length) {
      sheet.addRow([...header]);
      sheet.getRow(1).font = { bold: true };
    }
  }

  append(tab: string, rows: readonly Cell[][]): void {
    const sheet = this.sheet(tab);
    for (const row of rows) sheet.addRow(row.map(storedValue));
  }

  update(tab: string, updates: readonly CellUpdate[]): void {
    const sheet = this.sheet(tab);
    for (const { row, column, value } of updates) sheet.getCell(row + 1, column + 1).value = storedValue(value);
  }

  /** Adds a dropdown to a column below the header (used by setup and the demo workbook). */
  setDropdown(tab: string, column: number, choices: readonly string[], rows = 1000): void {
    const sheet = this.sheet(tab);
    for (let r = 2; r <= rows + 1; r++) {
      sheet.getCell(r, column + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${choices.join(',')}"`] };
    }
  }
}

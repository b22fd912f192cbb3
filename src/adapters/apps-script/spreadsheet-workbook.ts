// This file is the Workbook port over the active spreadsheet (SpreadsheetApp): one read per tab, batched writes.
import type { Cell, CellUpdate, WorkbookPort } from '../../ports/workbook.port';

/** Sheets hands dates back in the script's time zone; the domain wants the calendar date as a UTC-midnight Date. */
function toDomainCell(value: unknown, timeZone: string): Cell {
  if (value instanceof Date) {
    const day = Utilities.formatDate(value, timeZone, 'yyyy-MM-dd');
    return new Date(`${day}T00:00:00Z`);
  }
  if (value === '') return null;
  return value as Cell;
}

export class SpreadsheetWorkbook implements WorkbookPort {
  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()) {}

  tabNames(): string[] {
    return this.spreadsheet.getSheets().map((sheet) => sheet.getName());
  }

  private sheet(tab: string): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.spreadsheet.getSheetByName(tab);
    if (!sheet) throw new Error(`The workbook has no tab named ${tab}.`);
    return sheet;
  }

  read(tab: string): Cell[][] {
    const timeZone = this.spreadsheet.getSpreadsheetTimeZone();
    const values = this.sheet(tab).getDataRange().getValues();
    if (values.length === 1 && values[0]!.every((v) => v === '')) return [];
    return values.map((row) => row.map((value) => toDomainCell(value, timeZone)));
  }

  createTab(tab: string, header: readonly string[]): void {
    const sheet = this.spreadsheet.insertSheet(tab);
    if (header.length) {
      sheet.getRange(1, 1, 1, header.length).setValues([[...header]]).setFontWeight('bold');
      sheet.setFrozenRows(1);
    }
  }

  append(tab: string, rows: readonly Cell[][]): void {
    if (!rows.length) return;
    const sheet = this.sheet(tab);
    const width = Math.max(...rows.map((row) => row.length));
    const padded = rows.map((row) => [...row, ...new Array<Cell>(width - row.length).fill(null)].map((v) => (v ?? '') as unknown));
    // Values go in as given; text that looks like a formula is escaped by the app layer before it gets here.
    sheet.getRange(sheet.getLastRow() + 1, 1, padded.length, width).setValues(padded);
  }

  update(tab: string, updates: readonly CellUpdate[]): void {
    if (!updates.length) return;
    const sheet = this.sheet(tab);
    const rows = updates.map((u) => u.row);
    const columns = updates.map((u) => u.column);
    const top = Math.min(...rows);
    const left = Math.min(...columns);
    const height = Math.max(...rows) - top + 1;
    const width = Math.max(...columns) - left + 1;
    // One read and one write of the bounding box, whatever the number of cells.
    const range = sheet.getRange(top + 1, left + 1, height, width);
    const values = range.getValues();
    for (const { row, column, value } of updates) values[row - top]![column - left] = value ?? '';
    range.setValues(values);
  }
}

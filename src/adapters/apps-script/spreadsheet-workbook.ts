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

/**
 * What goes into setValues. Sheets reads a string the way it reads typing, so text starting with = + - or @ would
 * become a formula (or a number): such text is prefixed with an apostrophe, which Sheets stores as the plain text
 * without the apostrophe. ISO dates ("2026-03-03") are left for Sheets to read as date cells, as a person typing
 * them would get.
 */
export function toSheetValue(value: Cell): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

/**
 * One of these lives for one server call (appsScriptPorts() makes a new one each time): it asks Sheets for the time
 * zone and the list of tabs once, and keeps the sheet objects it found, so the number of Spreadsheet service calls
 * does not grow with the tabs or rows an action touches.
 */
export class SpreadsheetWorkbook implements WorkbookPort {
  private zone: string | null = null;
  private sheets: Map<string, GoogleAppsScript.Spreadsheet.Sheet> | null = null;

  constructor(private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()) {}

  /** The spreadsheet's time zone, asked once per call. */
  timeZone(): string {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  private sheetMap(): Map<string, GoogleAppsScript.Spreadsheet.Sheet> {
    this.sheets ??= new Map(this.spreadsheet.getSheets().map((sheet) => [sheet.getName(), sheet]));
    return this.sheets;
  }

  tabNames(): string[] {
    return [...this.sheetMap().keys()];
  }

  private sheet(tab: string): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.sheetMap().get(tab) ?? this.spreadsheet.getSheetByName(tab);
    if (!sheet) throw new Error(`The workbook has no tab named ${tab}.`);
    return sheet;
  }

  read(tab: string): Cell[][] {
    const timeZone = this.timeZone();
    const values = this.sheet(tab).getDataRange().getValues();
    if (values.length === 1 && values[0]!.every((v) => v === '')) return [];
    return values.map((row) => row.map((value) => toDomainCell(value, timeZone)));
  }

  createTab(tab: string, header: readonly string[]): void {
    const sheet = this.spreadsheet.insertSheet(tab);
    this.sheetMap().set(tab, sheet);
    if (header.length) {
      sheet.getRange(1, 1, 1, header.length).setValues([header.map((h) => toSheetValue(h))]).setFontWeight('bold');
      sheet.setFrozenRows(1);
    }
  }

  append(tab: string, rows: readonly Cell[][]): void {
    if (!rows.length) return;
    const sheet = this.sheet(tab);
    const width = Math.max(...rows.map((row) => row.length));
    const padded = rows.map((row) => [...row, ...new Array<Cell>(width - row.length).fill(null)].map(toSheetValue));
    const first = sheet.getLastRow() + 1;
    this.ensureSize(sheet, first + padded.length - 1, width);
    sheet.getRange(first, 1, padded.length, width).setValues(padded);
  }

  /**
   * One read and one write of the bounding box of the changed cells, whatever their number. Cells in the box that
   * were not changed are written back as they were: formulas as formulas, text kept as text.
   */
  update(tab: string, updates: readonly CellUpdate[]): void {
    if (!updates.length) return;
    const sheet = this.sheet(tab);
    const rows = updates.map((u) => u.row);
    const columns = updates.map((u) => u.column);
    const top = Math.min(...rows);
    const left = Math.min(...columns);
    const height = Math.max(...rows) - top + 1;
    const width = Math.max(...columns) - left + 1;
    this.ensureSize(sheet, top + height, left + width);
    const range = sheet.getRange(top + 1, left + 1, height, width);
    const values = range.getValues();
    const formulas = range.getFormulas();
    const out = values.map((row, r) => row.map((value, c) => (formulas[r]![c] ? formulas[r]![c] : value instanceof Date ? value : toSheetValue(value as Cell))));
    for (const { row, column, value } of updates) out[row - top]![column - left] = toSheetValue(value);
    range.setValues(out);
  }

  hideTab(tab: string): void {
    this.sheet(tab).hideSheet();
  }

  setDropdown(tab: string, column: number, choices: readonly string[]): void {
    const sheet = this.sheet(tab);
    const rule = SpreadsheetApp.newDataValidation().requireValueInList([...choices], true).setAllowInvalid(true).build();
    sheet.getRange(2, column + 1, Math.max(1, sheet.getMaxRows() - 1), 1).setDataValidation(rule);
  }

  /** Sheets refuses ranges past the grid's edge: grow it first (rows at the bottom, columns at the right). */
  private ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number, lastColumn: number): void {
    const maxRows = sheet.getMaxRows();
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  }
}

// This file is the Workbook port over the active spreadsheet (SpreadsheetApp): one call reads a tab, writes change only
// the cells that change.
import { DomainError } from '../../domain/errors';
import { inertText, withoutGuard } from '../../domain/intake/inert-text';
import { columnLetter } from '../../domain/workbook-reader';
import type { Cell, CellUpdate, WorkbookPort } from '../../ports/workbook.port';

/**
 * Turns read values into the domain's cells. Sheets hands dates back in the script's time zone; the domain wants the
 * calendar date as a UTC-midnight Date. Each distinct instant is formatted once: a tab of thousands of rows holds few
 * distinct dates, and each Utilities.formatDate is a call out of the script.
 */
function domainCells(timeZone: string): (value: unknown) => Cell {
  const dayOf = new Map<number, number>();
  return (value) => {
    if (value instanceof Date) {
      const instant = value.getTime();
      let day = dayOf.get(instant);
      if (day === undefined) dayOf.set(instant, (day = Date.parse(`${Utilities.formatDate(value, timeZone, 'yyyy-MM-dd')}T00:00:00Z`)));
      return new Date(day);
    }
    return toDomainCell(value);
  };
}

/** Any other value: a blank is null, and text loses its inert-text guard. */
function toDomainCell(value: unknown): Cell {
  if (value === '') return null;
  // The inert-text guard is how text is stored, not part of it: the domain gets the text as typed.
  if (typeof value === 'string') return withoutGuard(value);
  return value as Cell;
}

/**
 * What goes into setValues. Text first takes its stored form under the one inert-text rule
 * (src/domain/intake/inert-text.ts): text that could run as a formula keeps a guard apostrophe in the cell, so it is
 * still text after a CSV export. Sheets then reads a string written with setValues as if someone typed it
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues): "0042" becomes 42,
 * "02134" 2134, "1/2" a date, "10%" 0.1, "TRUE" a boolean, "=x" a formula. Any such string is written behind an
 * apostrophe, which Sheets keeps as a quote prefix and never shows in the value, so the stored text is exactly that.
 * The one string left for Sheets to read is an ISO date ("2026-03-03", how the add-on writes dates), which becomes
 * a date cell, as the coordinator typing it would get.
 */
export function toSheetValue(value: Cell): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    const stored = inertText(value);
    if (!ISO_DATE.test(stored) && mightBeParsed(stored)) return `'${stored}`;
    return stored;
  }
  return value;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Strings Sheets could read as something other than text: any with a digit, a formula sign, a boolean or a quote. */
function mightBeParsed(text: string): boolean {
  return /\d/.test(text) || /^\s*[=+\-@']/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/** Two raw Sheets values are the same cell content (dates compared by instant, across realms). */
function sameValue(a: unknown, b: unknown): boolean {
  const time = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).getTime() : undefined);
  const ta = time(a);
  const tb = time(b);
  if (ta !== undefined || tb !== undefined) return ta === tb;
  return a === b;
}

/**
 * Changed cells grouped into runs of adjacent cells, along rows or along columns, and runs of one span on
 * consecutive lines into rectangles, whichever needs fewer writes.
 */
export function cellRuns(updates: readonly CellUpdate[]): { row: number; column: number; values: Cell[][] }[] {
  const along = (byRow: boolean) => {
    const sorted = [...updates].sort((a, b) => (byRow ? a.row - b.row || a.column - b.column : a.column - b.column || a.row - b.row));
    const runs: { row: number; column: number; values: Cell[][] }[] = [];
    for (const u of sorted) {
      const last = runs[runs.length - 1];
      const length = last ? (byRow ? last.values[0]!.length : last.values.length) : 0;
      if (last && byRow && last.row === u.row && last.column + length === u.column) last.values[0]!.push(u.value);
      else if (last && !byRow && last.column === u.column && last.row + length === u.row) last.values.push([u.value]);
      else if (!last || last.row !== u.row || last.column !== u.column) runs.push({ row: u.row, column: u.column, values: [[u.value]] });
      else last.values[0]![0] = u.value;
    }
    return runs;
  };
  const rows = stacked(along(true), true);
  const columns = stacked(along(false), false);
  return columns.length < rows.length ? columns : rows;
}

/** Runs of the same span on consecutive rows (or columns) joined into one block: a rectangle of changed cells. */
function stacked(runs: { row: number; column: number; values: Cell[][] }[], byRow: boolean): { row: number; column: number; values: Cell[][] }[] {
  const blocks: { row: number; column: number; values: Cell[][] }[] = [];
  const key = (r: { row: number; column: number; values: Cell[][] }) => (byRow ? [r.column, r.values[0]!.length, r.row] : [r.row, r.values.length, r.column]);
  const sorted = [...runs].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  for (const run of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && byRow && last.column === run.column && last.values[0]!.length === run.values[0]!.length && last.row + last.values.length === run.row) {
      last.values.push(run.values[0]!);
    } else if (last && !byRow && last.row === run.row && last.values.length === run.values.length && last.column + last.values[0]!.length === run.column) {
      last.values.forEach((line, i) => line.push(run.values[i]![0]!));
    } else {
      blocks.push({ row: run.row, column: run.column, values: run.values.map((line) => [...line]) });
    }
  }
  return blocks;
}

/**
 * Every value on a tab in one call: getSheetValues with -1 reads to the last row and column with data
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns),
 * the same block as getDataRange().getValues() in half the calls. A tab with no data at all has no such block, and
 * Sheets refuses an empty range; getDataRange then gives its one blank cell.
 */
function readAll(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    return sheet.getDataRange().getValues();
  }
}

/**
 * One of these lives for one server call (appsScriptPorts() makes a new one each time): it asks Sheets for the time
 * zone and the list of tabs once, and keeps the sheet objects it found, so the number of Spreadsheet service calls
 * does not grow with the tabs or rows an action touches.
 */
export class SpreadsheetWorkbook implements WorkbookPort {
  private zone: string | null = null;
  private sheets: Map<string, GoogleAppsScript.Spreadsheet.Sheet> | null = null;
  /** What this call read from each tab, raw, to tell whether someone else changed a cell before it is written. */
  private readonly seen = new Map<string, unknown[][]>();
  /** Cells this call wrote or already confirmed unchanged, by tab ("row,column"). */
  private readonly settled = new Map<string, Set<string>>();
  /** Each tab's grid size (rows and columns, blank ones included) as this call knows it. */
  private readonly sizes = new Map<string, { rows: number; columns: number }>();
  /** Each tab's columns up to the last one with data, as a read in this call found them (they surely exist). */
  private readonly dataWidths = new Map<string, number>();

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
    const values = readAll(this.sheet(tab));
    this.seen.set(tab, values);
    this.dataWidths.set(tab, values[0]?.length ?? 0);
    this.settled.delete(tab);
    if (values.length === 1 && values[0]!.every((v) => v === '')) return [];
    const cell = domainCells(timeZone);
    return values.map((row) => row.map(cell));
  }

  // Ranges read here are not kept for the changed-since-read check: an action that updates a tab reads it with `read`.
  readRows(tab: string, start: number, count: number): Cell[][] {
    const sheet = this.sheet(tab);
    const timeZone = this.timeZone();
    // One call reads the rows up to the last column with data (-1 columns,
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns).
    // A sheet with fewer rows than asked, or none with data, refuses it; then its last row bounds the read.
    let values: unknown[][];
    try {
      values = sheet.getSheetValues(start + 1, 1, count, -1);
    } catch {
      const rows = Math.min(count, sheet.getLastRow() - start);
      if (rows <= 0) return [];
      values = sheet.getSheetValues(start + 1, 1, rows, -1);
    }
    this.dataWidths.set(tab, values[0]?.length ?? 0);
    let used = values.length;
    while (used > 0 && values[used - 1]!.every((value) => value === '' || value === null)) used--;
    const cell = domainCells(timeZone);
    return values.slice(0, used).map((row) => row.map(cell));
  }

  readColumn(tab: string, column: number): Cell[] {
    const sheet = this.sheet(tab);
    const rows = sheet.getLastRow() - 1;
    if (rows <= 0) return [];
    const timeZone = this.timeZone();
    const cell = domainCells(timeZone);
    return sheet.getSheetValues(2, column + 1, rows, 1).map((row) => cell(row[0]));
  }

  renameTab(from: string, to: string): void {
    if (this.sheetMap().has(to) || this.spreadsheet.getSheetByName(to)) throw new Error(`The workbook already has a tab named ${to}.`);
    const sheet = this.sheet(from);
    sheet.setName(to);
    this.sheetMap().delete(from);
    this.sheetMap().set(to, sheet);
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
    this.settled.get(tab)?.clear();
    const width = Math.max(...rows.map((row) => row.length));
    // One row within the columns that hold data (an Audit row, a new match): appendRow writes it below the last row
    // with content in one call, growing the sheet if needed and reading each value as typed input as setValues does
    // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents). A wider row, or
    // several, grows the grid first and goes in one setValues.
    if (rows.length === 1 && width <= (this.dataWidths.get(tab) ?? 0)) {
      sheet.appendRow(rows[0]!.map(toSheetValue));
      // The grid may have grown by a row: a later write in this call asks for its size again.
      this.sizes.delete(tab);
      return;
    }
    const padded = rows.map((row) => [...row, ...new Array<Cell>(width - row.length).fill(null)].map(toSheetValue));
    const first = sheet.getLastRow() + 1;
    this.ensureSize(tab, first + padded.length - 1, width);
    sheet.getRange(first, 1, padded.length, width).setValues(padded);
  }

  /**
   * Writes only the cells that change, one setValues per run of adjacent cells: a cell the action does not change
   * is never written back, so its formula, array-formula result, rich text and number format stay as they were.
   */
  update(tab: string, updates: readonly CellUpdate[]): void {
    if (!updates.length) return;
    this.checkUnchanged(tab, updates);
    const sheet = this.sheet(tab);
    this.ensureSize(tab, Math.max(...updates.map((u) => u.row)) + 1, Math.max(...updates.map((u) => u.column)) + 1);
    const runs = cellRuns(updates);
    // Single cells that take the same value (a status set to "No" on scattered rows) go in one RangeList write.
    const single = (run: (typeof runs)[number]) => run.values.length === 1 && run.values[0]!.length === 1 && !(run.values[0]![0] instanceof Date);
    const alike = new Map<unknown, (typeof runs)[number][]>();
    for (const run of runs.filter(single)) {
      const value = toSheetValue(run.values[0]![0]!);
      alike.set(value, [...(alike.get(value) ?? []), run]);
    }
    for (const [value, cells] of alike) {
      if (cells.length > 1) sheet.getRangeList(cells.map((c) => `${columnLetter(c.column)}${c.row + 1}`)).setValue(value);
    }
    for (const run of runs) {
      if (single(run) && alike.get(toSheetValue(run.values[0]![0]!))!.length > 1) continue;
      sheet.getRange(run.row + 1, run.column + 1, run.values.length, run.values[0]!.length).setValues(run.values.map((line) => line.map(toSheetValue)));
    }
  }

  /**
   * Stops before anything is written when a cell about to change no longer holds what this call read (someone
   * edited, sorted or inserted rows meanwhile): one read of the cells' bounding box per tab.
   */
  checkUnchanged(tab: string, cells: readonly { row: number; column: number }[]): void {
    const seen = this.seen.get(tab);
    const settled = this.settled.get(tab) ?? new Set<string>();
    this.settled.set(tab, settled);
    const open = cells.filter((c) => !settled.has(`${c.row},${c.column}`));
    if (!seen || !open.length) return;
    const top = Math.min(...open.map((c) => c.row));
    const left = Math.min(...open.map((c) => c.column));
    const sheet = this.sheet(tab);
    const grid = this.gridSize(tab);
    const bottom = Math.min(Math.max(...open.map((c) => c.row)), grid.rows - 1);
    const right = Math.min(Math.max(...open.map((c) => c.column)), grid.columns - 1);
    const now = bottom >= top && right >= left ? sheet.getRange(top + 1, left + 1, bottom - top + 1, right - left + 1).getValues() : [];
    for (const { row, column } of open) {
      const current = now[row - top]?.[column - left] ?? '';
      const before = seen[row]?.[column] ?? '';
      if (!sameValue(current, before)) {
        const cell = `${columnLetter(column)}${row + 1}`;
        throw new DomainError('WORKBOOK.CHANGED_MEANWHILE', `Cell ${cell} on the ${tab} tab was changed by someone else while this action ran, so nothing was written. Check that cell, then try again.`, { tab, row: row + 1, column: cell.replace(/\d+$/, '') });
      }
      settled.add(`${row},${column}`);
    }
  }

  hideTab(tab: string): void {
    this.sheet(tab).hideSheet();
  }

  setDropdown(tab: string, column: number, choices: readonly string[]): void {
    const sheet = this.sheet(tab);
    const rule = SpreadsheetApp.newDataValidation().requireValueInList([...choices], true).setAllowInvalid(true).build();
    sheet.getRange(2, column + 1, Math.max(1, sheet.getMaxRows() - 1), 1).setDataValidation(rule);
  }

  /** Plain-text number format ("@"): Sheets then keeps typed and written strings as text. */
  setPlainText(tab: string, column: number): void {
    const sheet = this.sheet(tab);
    sheet.getRange(2, column + 1, Math.max(1, sheet.getMaxRows() - 1), 1).setNumberFormat('@');
  }

  /** The tab's grid size, asked once per call and kept up to date as this call grows it. */
  private gridSize(tab: string): { rows: number; columns: number } {
    let size = this.sizes.get(tab);
    if (!size) {
      const sheet = this.sheet(tab);
      size = { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
      this.sizes.set(tab, size);
    }
    return size;
  }

  /** Sheets refuses ranges past the grid's edge: grow it first (rows at the bottom, columns at the right). */
  private ensureSize(tab: string, lastRow: number, lastColumn: number): void {
    const sheet = this.sheet(tab);
    const size = this.gridSize(tab);
    if (lastRow > size.rows) {
      sheet.insertRowsAfter(size.rows, lastRow - size.rows);
      size.rows = lastRow;
    }
    if (lastColumn > size.columns) {
      sheet.insertColumnsAfter(size.columns, lastColumn - size.columns);
      size.columns = lastColumn;
    }
  }
}


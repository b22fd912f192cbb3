// This file emulates SpreadsheetApp over real 2-D arrays: spreadsheets, sheets, A1 and row/column ranges, values,
// formulas, number formats, array-formula spills, frozen rows and list validation. Strings written through setValues
// are read the way Sheets reads typing (see readTyped). Every call is counted; anything not emulated throws
// "not implemented: …".
import { CallCounter, serviceObject } from './counter';
import { instantOf } from './time-zone';

export type StoredValue = string | number | boolean | Date;

export interface ValidationRule {
  criteria: 'VALUE_IN_LIST';
  values: string[];
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string;
}

interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface SpreadsheetOptions {
  id?: string;
  name?: string;
  timeZone?: string;
  counter?: CallCounter;
  /** The Date constructor of the realm that reads values (a vm context's own Date), so `instanceof Date` holds there. */
  dateConstructor?: DateConstructor;
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Parses "B2", "A1:C10", "A:C", "2:5" or "B2:B" against the sheet's size; sheet prefixes are stripped by the caller. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): Rect {
  const part = /^\$?([A-Z]*)\$?(\d*)$/i;
  const [start, end = start] = a1.split(':') as [string, string?];
  const a = part.exec(start!.trim());
  const b = part.exec(end!.trim());
  if (!a || !b || (!a[1] && !a[2])) throw new Error(`Range not found: ${a1}`);
  const c1 = a[1] ? columnNumber(a[1]) : 1;
  const c2 = b[1] ? columnNumber(b[1]) : a[1] && !b[1] && b[2] ? c1 : maxColumns;
  const r1 = a[2] ? Number(a[2]) : 1;
  const r2 = b[2] ? Number(b[2]) : maxRows;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

export class FakeSpreadsheet {
  readonly id: string;
  name: string;
  timeZone: string;
  readonly counter: CallCounter;
  dateConstructor: DateConstructor;
  readonly sheets: FakeSheet[] = [];
  private active: { sheet: FakeSheet; row: number; column: number } | null = null;
  readonly toasts: { message: string; title: string }[] = [];
  /** The wrapper handed to code under test (counts calls). */
  readonly api: GoogleAppsScriptLike;

  constructor(options: SpreadsheetOptions = {}) {
    this.id = options.id ?? 'local-spreadsheet';
    this.name = options.name ?? 'Peer Mentoring workbook';
    this.timeZone = options.timeZone ?? 'America/Chicago';
    this.counter = options.counter ?? new CallCounter();
    this.dateConstructor = options.dateConstructor ?? Date;
    this.api = serviceObject('Spreadsheet', new SpreadsheetApi(this), this.counter);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Adds a sheet directly (for loading files and setting up tests; not counted). */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = [], index = this.sheets.length): FakeSheet {
    if (this.sheet(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, name);
    sheet.load(rows);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /** Moves the cursor (what the coordinator has selected), as a click in the grid would. */
  select(sheetName: string, row: number, column = 1): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    this.active = { sheet, row, column };
  }

  activeSheet(): FakeSheet {
    return this.active?.sheet ?? this.sheets[0]!;
  }

  activeCell(): { sheet: FakeSheet; row: number; column: number } {
    return this.active ?? { sheet: this.activeSheet(), row: 1, column: 1 };
  }

  /** A value as code under test sees it (dates in its own realm). */
  out(value: StoredValue): unknown {
    return isDate(value) ? new this.dateConstructor(value.getTime()) : value;
  }

  /**
   * Reads a written value the way Sheets does. Range.setValues and setValue take a string as if the user typed it
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues — the same parsing the
   * Sheets API calls USER_ENTERED, https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption):
   * "0042" becomes the number 42, "02134" 2134, "10%" 0.1, "1/2" the date 2 January, "TRUE" a boolean. A string is
   * kept as written only when the cell's number format is plain text ("@", see
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat) or when it
   * starts with an apostrophe, which Sheets drops and keeps as a quote prefix.
   */
  input(value: unknown, numberFormat = ''): { value: StoredValue; formula?: string; format?: string } {
    if (value === null || value === undefined) return { value: '' };
    if (isDate(value)) return { value: new Date(value.getTime()) };
    if (typeof value === 'number' || typeof value === 'boolean') return { value };
    const text = String(value);
    if (text.startsWith("'")) return { value: text.slice(1) };
    if (numberFormat === '@') return { value: text };
    if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
    return readTyped(text, this.timeZone, () => wallClockYear(new this.dateConstructor(), this.timeZone));
  }
}

/** Typed text as Sheets (United States locale) reads it: numbers, percents, currency, booleans, dates and times. */
export function readTyped(text: string, timeZone: string, thisYear: () => number): { value: StoredValue; format?: string } {
  const t = text.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/.test(t) && /\d/.test(t)) return { value: Number(t.replace(/,/g, '')) };
  const percent = /^([+-]?\d+(\.\d+)?)\s?%$/.exec(t);
  if (percent) return { value: Number(percent[1]) / 100, format: percent[2] ? '0.00%' : '0%' };
  const money = /^([+-]?)\$(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.exec(t);
  if (money) return { value: Number(`${money[1]}${money[2]!.replace(/,/g, '')}${money[4] ?? ''}`), format: '"$"#,##0.00' };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso && validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return { value: instantOf(Number(iso[1]), Number(iso[2]), Number(iso[3]), timeZone), format: 'yyyy-mm-dd' };
  const us = /^(\d{1,2})\/(\d{1,2})(\/(\d{2}|\d{4}))?$/.exec(t);
  if (us) {
    const year = us[4] === undefined ? thisYear() : us[4].length === 2 ? 2000 + Number(us[4]) : Number(us[4]);
    if (validDay(year, Number(us[1]), Number(us[2]))) return { value: instantOf(year, Number(us[1]), Number(us[2]), timeZone), format: 'M/d/yyyy' };
  }
  const time = /^(\d{1,2}):(\d{2})(:(\d{2}))?\s*([ap]m)?$/i.exec(t);
  if (time) {
    const hour = (Number(time[1]) % (time[5] ? 12 : 24)) + (time[5]?.toLowerCase() === 'pm' ? 12 : 0);
    if (hour < 24 && Number(time[2]) < 60) return { value: instantOf(1899, 12, 30, timeZone, hour, Number(time[2]), Number(time[4] ?? 0)), format: 'h:mm am/pm' };
  }
  return { value: text };
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function wallClockYear(now: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(new Date(now.getTime())));
}

export class FakeSheet {
  cells: StoredValue[][] = [];
  formulas = new Map<string, string>();
  /** Number formats by "row,column" (0-based); a cell without one has the automatic format (Sheets reads typing into it). */
  numberFormats = new Map<string, string>();
  /**
   * Links by "row,column" (0-based) of cells whose text is a link (a rich-text value with a link URL, or a file's
   * hyperlink cell). Writing a value into a cell replaces its rich text, link included; cells not written keep theirs
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#getrichtextvalues,
   * https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value#getlinkurl). Only whole-cell links
   * are modelled: a link on part of a cell's text is kept as a link on the whole cell.
   */
  links = new Map<string, string>();
  /** Array formulas by their anchor "row,column" (0-based), with the size of the result they spill. */
  spills = new Map<string, { rows: number; columns: number }>();
  validations: { rect: Rect; rule: ValidationRule }[] = [];
  frozenRows = 0;
  maxRows = 1000;
  maxColumns = 26;
  hidden = false;
  /** The form whose responses land on this tab (Sheet.getFormUrl), if any. */
  formId: string | null = null;
  /** Runs once right after code under test next reads the whole tab: a person editing while an action runs. */
  afterNextRead: (() => void) | null = null;
  readonly boldRows = new Set<number>();
  readonly api: GoogleAppsScriptLike;

  constructor(readonly book: FakeSpreadsheet, public name: string) {
    this.api = serviceObject('Sheet', new SheetApi(this), book.counter);
  }

  load(rows: readonly (readonly unknown[])[]): void {
    this.cells = rows.map((row) => row.map((v) => this.book.input(v).value));
    this.maxRows = Math.max(1000, this.cells.length);
    this.maxColumns = Math.max(26, ...this.cells.map((r) => r.length));
  }

  lastRow(): number {
    for (let r = this.cells.length; r > 0; r--) {
      const row = this.cells[r - 1];
      if (row && row.some((v) => v !== '')) return r;
      if ([...this.formulas.keys()].some((k) => k.startsWith(`${r - 1},`))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.cells) for (let c = row.length; c > last; c--) if (row[c - 1] !== '') last = c;
    return last;
  }

  get(row: number, column: number): StoredValue {
    return this.cells[row - 1]?.[column - 1] ?? '';
  }

  set(row: number, column: number, typed: unknown): void {
    const key = `${row - 1},${column - 1}`;
    const { value, formula, format } = this.book.input(typed, this.numberFormats.get(key));
    this.breakSpillAt(row, column, value !== '' || formula !== undefined);
    this.store(row, column, value);
    this.links.delete(key);
    if (formula) this.formulas.set(key, formula);
    else this.formulas.delete(key);
    // Typing "10%" or "3/4/2026" into a cell with the automatic format gives it a percent or date format, as Sheets does.
    if (format && isAutomatic(this.numberFormats.get(key))) this.numberFormats.set(key, format);
  }

  private store(row: number, column: number, value: StoredValue): void {
    while (this.cells.length < row) this.cells.push([]);
    const line = this.cells[row - 1]!;
    while (line.length < column) line.push('');
    line[column - 1] = value;
  }

  /**
   * Puts an array formula (ARRAYFORMULA, FILTER, …) at a cell with the values it computes spilled below and to the
   * right. Sheets keeps the formula only in the anchor: getFormulas gives '' for the other cells
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas), yet writing anything there
   * stops the result from expanding, and the anchor shows #REF! ("Array result was not expanded because it would
   * overwrite data").
   */
  addArrayFormula(row: number, column: number, formula: string, values: readonly (readonly StoredValue[])[]): void {
    values.forEach((line, r) => line.forEach((v, c) => this.store(row + r, column + c, v)));
    this.formulas.set(`${row - 1},${column - 1}`, formula);
    this.spills.set(`${row - 1},${column - 1}`, { rows: values.length, columns: Math.max(...values.map((l) => l.length)) });
  }

  private breakSpillAt(row: number, column: number, occupied: boolean): void {
    for (const [key, size] of this.spills) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      const inside = row - 1 >= r && row - 1 < r + size.rows && column - 1 >= c && column - 1 < c + size.columns;
      if (!inside) continue;
      if (row - 1 === r && column - 1 === c) {
        this.spills.delete(key);
        continue;
      }
      if (!occupied) continue;
      for (let y = 0; y < size.rows; y++) for (let x = 0; x < size.columns; x++) if (y || x) this.store(r + y + 1, c + x + 1, '');
      this.store(r + 1, c + 1, '#REF!');
      this.spills.delete(key);
    }
  }

  check(rect: Rect): void {
    if (rect.row < 1 || rect.column < 1 || rect.rows < 1 || rect.columns < 1) throw new Error('The starting row/column of the range is too small, or the range is empty.');
    if (rect.row + rect.rows - 1 > this.maxRows || rect.column + rect.columns - 1 > this.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  /** Deletes a sheet row, shifting the rows below up (as the coordinator deleting a row does). */
  deleteRow(row: number): void {
    this.cells.splice(row - 1, 1);
    this.remapFormulas((r) => (r === row - 1 ? undefined : r > row - 1 ? r - 1 : r));
  }

  /** Sorts rows below the header by a column, as the coordinator sorting the sheet does. */
  sortBody(column: number, ascending = true): void {
    const header = this.cells.slice(0, this.frozenRows || 1);
    const body = this.cells.slice(header.length);
    const key = (v: StoredValue) => (isDate(v) ? v.getTime() : v);
    body.sort((a, b) => {
      const x = key(a[column - 1] ?? '');
      const y = key(b[column - 1] ?? '');
      const order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    this.cells = [...header, ...body];
  }

  shiftFormulas(after: number, howMany: number): void {
    this.remapFormulas((r) => (r >= after ? r + howMany : r));
  }

  private remapFormulas(map: (row: number) => number | undefined): void {
    const next = new Map<string, string>();
    for (const [key, formula] of this.formulas) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      const row = map(r);
      if (row !== undefined) next.set(`${row},${c}`, formula);
    }
    this.formulas = next;
  }

  validationAt(row: number, column: number): ValidationRule | null {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      const { rect, rule } = this.validations[i]!;
      if (row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns) return rule;
    }
    return null;
  }

  /** Plain values by row (for tests and saving), trailing empty rows dropped. */
  values(): StoredValue[][] {
    const width = this.lastColumn();
    return this.cells.slice(0, this.lastRow()).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  }
}

// The wrappers below are what code under test holds. Their methods mirror the Apps Script signatures.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type GoogleAppsScriptLike = any;

class SpreadsheetApi {
  constructor(private readonly book: FakeSpreadsheet) {}
  getId() { return this.book.id; }
  getName() { return this.book.name; }
  getUrl() { return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`; }
  getSpreadsheetTimeZone() { return this.book.timeZone; }
  getSheets() { return this.book.sheets.map((s) => s.api); }
  getNumSheets() { return this.book.sheets.length; }
  getSheetByName(name: string) { return this.book.sheet(name)?.api ?? null; }
  insertSheet(name?: string, index?: number) {
    const sheet = this.book.addSheet(name ?? `Sheet${this.book.sheets.length + 1}`, [], index ?? this.book.sheets.length);
    this.book.select(sheet.name, 1);
    return sheet.api;
  }
  getActiveSheet() { return this.book.activeSheet().api; }
  getActiveRange() { const a = this.book.activeCell(); return rangeApi(a.sheet, { row: a.row, column: a.column, rows: 1, columns: 1 }); }
  getActiveCell() { return this.getActiveRange(); }
  getRange(a1: string) {
    const bang = a1.lastIndexOf('!');
    const sheet = bang < 0 ? this.book.activeSheet() : this.book.sheet(a1.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"));
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return rangeApi(sheet, parseA1(a1.slice(bang + 1), sheet.maxRows, sheet.maxColumns));
  }
  toast(message: string, title = '') { this.book.toasts.push({ message: String(message), title: String(title) }); }
}

class SheetApi {
  constructor(private readonly sheet: FakeSheet) {}
  getName() { return this.sheet.name; }
  setName(name: string) { this.sheet.name = name; return this; }
  getSheetId() { return this.sheet.book.sheets.indexOf(this.sheet); }
  getParent() { return this.sheet.book.api; }
  getLastRow() { return this.sheet.lastRow(); }
  getLastColumn() { return this.sheet.lastColumn(); }
  getMaxRows() { return this.sheet.maxRows; }
  getMaxColumns() { return this.sheet.maxColumns; }
  getFrozenRows() { return this.sheet.frozenRows; }
  setFrozenRows(rows: number) { this.sheet.frozenRows = rows; return this; }
  insertRowsAfter(after: number, howMany: number) {
    if (after < 1 || after > this.sheet.maxRows) throw new Error('Those rows are out of bounds.');
    if (after < this.sheet.cells.length) {
      this.sheet.cells.splice(after, 0, ...Array.from({ length: howMany }, () => [] as StoredValue[]));
      this.sheet.shiftFormulas(after, howMany);
    }
    this.sheet.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number) {
    if (after !== this.sheet.maxColumns) throw new Error('not implemented: Sheet.insertColumnsAfter (only at the end)');
    this.sheet.maxColumns += howMany;
    return this;
  }
  deleteRow(row: number) { this.sheet.deleteRow(row); return this; }
  /**
   * Writes the values on the row below the last row with content, adding a row when the sheet is full; each value is
   * read as typed input, as setValues reads it (a leading "=" makes a formula):
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents
   */
  appendRow(values: unknown[]) {
    const row = this.sheet.lastRow() + 1;
    if (row > this.sheet.maxRows) this.sheet.maxRows = row;
    values.forEach((v, c) => this.sheet.set(row, c + 1, v));
    return this;
  }
  getRange(rowOrA1: number | string, column?: number, rows = 1, columns = 1) {
    const rect = typeof rowOrA1 === 'string' ? parseA1(rowOrA1, this.sheet.maxRows, this.sheet.maxColumns) : { row: rowOrA1, column: column!, rows, columns };
    this.sheet.check(rect);
    return rangeApi(this.sheet, rect);
  }
  getDataRange() {
    return rangeApi(this.sheet, { row: 1, column: 1, rows: Math.max(1, this.sheet.lastRow()), columns: Math.max(1, this.sheet.lastColumn()) });
  }
  /**
   * The values of a block in one call; -1 rows or columns means "to the last row or column that has data"
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns).
   * On a sheet with no data that leaves no rows, and Sheets refuses an empty range, as getRange does.
   */
  getSheetValues(row: number, column: number, rows: number, columns: number) {
    const rect = {
      row,
      column,
      rows: rows === -1 ? this.sheet.lastRow() - row + 1 : rows,
      columns: columns === -1 ? this.sheet.lastColumn() - column + 1 : columns,
    };
    this.sheet.check(rect);
    return new RangeApi(this.sheet, rect).getValues();
  }
  /**
   * Several ranges at once (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangelista1notations);
   * RangeList.setValue writes one value into each of them, read as typed input like Range.setValue
   * (https://developers.google.com/apps-script/reference/spreadsheet/range-list#setvaluevalue).
   */
  getRangeList(a1Notations: string[]) {
    const rects = a1Notations.map((a1) => {
      const rect = parseA1(a1, this.sheet.maxRows, this.sheet.maxColumns);
      this.sheet.check(rect);
      return rect;
    });
    const sheet = this.sheet;
    const list = {
      getRanges: () => rects.map((rect) => rangeApi(sheet, rect)),
      setValue(value: unknown) {
        for (const rect of rects) new RangeApi(sheet, rect).setValue(value);
        return list;
      },
    };
    return serviceObject('RangeList', list, sheet.book.counter);
  }
  activate() { this.sheet.book.select(this.sheet.name, 1); return this; }
  hideSheet() { this.sheet.hidden = true; return this; }
  getFormUrl() { return this.sheet.formId ? `https://docs.google.com/forms/d/${this.sheet.formId}/viewform` : null; }
  isSheetHidden() { return this.sheet.hidden; }
}

function rangeApi(sheet: FakeSheet, rect: Rect) {
  return serviceObject('Range', new RangeApi(sheet, rect), sheet.book.counter);
}

class RangeApi {
  constructor(private readonly sheet: FakeSheet, private readonly rect: Rect) {}
  getSheet() { return this.sheet.api; }
  getRow() { return this.rect.row; }
  getColumn() { return this.rect.column; }
  getLastRow() { return this.rect.row + this.rect.rows - 1; }
  getLastColumn() { return this.rect.column + this.rect.columns - 1; }
  getNumRows() { return this.rect.rows; }
  getNumColumns() { return this.rect.columns; }
  getA1Notation() {
    const { row, column, rows, columns } = this.rect;
    const start = `${columnLetters(column)}${row}`;
    return rows === 1 && columns === 1 ? start : `${start}:${columnLetters(column + columns - 1)}${row + rows - 1}`;
  }
  getValues() {
    const { row, column, rows, columns } = this.rect;
    const values = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.sheet.book.out(this.sheet.get(row + r, column + c))));
    const edit = row === 1 && column === 1 ? this.sheet.afterNextRead : null;
    if (edit) {
      this.sheet.afterNextRead = null;
      edit();
    }
    return values;
  }
  getValue() { return this.sheet.book.out(this.sheet.get(this.rect.row, this.rect.column)); }
  getRichTextValue() { return this.getRichTextValues()[0]![0]!; }
  getRichTextValues() {
    const { row, column, rows, columns } = this.rect;
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => {
      const value = this.sheet.get(row + r, column + c);
      const text = value instanceof Date ? '' : String(value);
      const url = this.sheet.links.get(`${row + r - 1},${column + c - 1}`) ?? null;
      return serviceObject('RichTextValue', { getText: () => text, getLinkUrl: () => url }, this.sheet.book.counter);
    }));
  }
  getFormulas() {
    const { row, column, rows, columns } = this.rect;
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.sheet.formulas.get(`${row + r - 1},${column + c - 1}`) ?? ''));
  }
  setValues(values: unknown[][]) {
    const { row, column, rows, columns } = this.rect;
    if (!Array.isArray(values) || values.length !== rows) throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values?.length ?? 0} but the range has ${rows}.`);
    values.forEach((line, r) => {
      if (!Array.isArray(line) || line.length !== columns) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${line?.length ?? 0} but the range has ${columns}.`);
    });
    values.forEach((line, r) => line.forEach((v, c) => this.sheet.set(row + r, column + c, v)));
    return this;
  }
  setValue(value: unknown) {
    for (let r = 0; r < this.rect.rows; r++) for (let c = 0; c < this.rect.columns; c++) this.sheet.set(this.rect.row + r, this.rect.column + c, value);
    return this;
  }
  clearContent() { return this.setValue(''); }
  setFontWeight(weight: string) {
    for (let r = 0; r < this.rect.rows; r++) if (weight === 'bold') this.sheet.boldRows.add(this.rect.row + r);
    return this;
  }
  // Number formats: https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat
  setNumberFormat(format: string) { return this.setNumberFormats(Array.from({ length: this.rect.rows }, () => new Array<string>(this.rect.columns).fill(format))); }
  setNumberFormats(formats: string[][]) {
    const { row, column } = this.rect;
    this.eachCell((r, c) => {
      const format = formats[r]?.[c];
      if (format === undefined) throw new Error('The number of rows or columns in the data does not match the range.');
      this.sheet.numberFormats.set(`${row + r - 1},${column + c - 1}`, String(format));
    });
    return this;
  }
  getNumberFormat() { return this.getNumberFormats()[0]![0]!; }
  getNumberFormats() {
    const { row, column, rows, columns } = this.rect;
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => {
      const format = this.sheet.numberFormats.get(`${row + r - 1},${column + c - 1}`);
      return isAutomatic(format) ? AUTOMATIC_NUMBER_FORMAT : format!;
    }));
  }
  private eachCell(fn: (r: number, c: number) => void) {
    for (let r = 0; r < this.rect.rows; r++) for (let c = 0; c < this.rect.columns; c++) fn(r, c);
  }
  setDataValidation(rule: ValidationRule | null) {
    this.sheet.validations = this.sheet.validations.filter((v) => !sameRect(v.rect, this.rect));
    if (rule) this.sheet.validations.push({ rect: { ...this.rect }, rule: { ...rule, values: [...rule.values] } });
    return this;
  }
  clearDataValidations() { return this.setDataValidation(null); }
  getDataValidation() { const rule = this.sheet.validationAt(this.rect.row, this.rect.column); return rule ? validationApi(rule, this.sheet.book) : null; }
  sort(spec: number | { column: number; ascending?: boolean }) {
    const column = typeof spec === 'number' ? spec : spec.column;
    const ascending = typeof spec === 'number' ? true : spec.ascending !== false;
    this.sheet.sortBody(column, ascending);
    return this;
  }
  activate() { this.sheet.book.select(this.sheet.name, this.rect.row, this.rect.column); return this; }
}

/**
 * What getNumberFormat gives for a cell with the automatic format (a new cell, or one set back with
 * setNumberFormat('general')). Google's reference
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getnumberformat) does not name this value;
 * Apps Script answers "0.###############", not "General" — observed on live Apps Script by a public test suite that
 * runs against it (github.com/brucemcpherson/gas-fakes, test/testsheets.js, NumberFormat: "because we set general,
 * but receive this default in return"). Nothing in the add-on reads number formats; the emulation answers as Google
 * does so that code which did would be tested against the real value.
 */
export const AUTOMATIC_NUMBER_FORMAT = '0.###############';

/** No format set, or "General" (how an .xlsx and setNumberFormat('general') spell the automatic format). */
function isAutomatic(format: string | undefined): boolean {
  return format === undefined || /^general$/i.test(format);
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.column === b.column && a.rows === b.rows && a.columns === b.columns;
}

function validationApi(rule: ValidationRule, book: FakeSpreadsheet) {
  return serviceObject('DataValidation', {
    getCriteriaType: () => rule.criteria,
    getCriteriaValues: () => [rule.values, rule.showDropdown],
    getAllowInvalid: () => rule.allowInvalid,
    getHelpText: () => rule.helpText,
  }, book.counter);
}

/** SpreadsheetApp.newDataValidation(): only "value in list" rules are emulated. */
export function newDataValidation(counter: CallCounter) {
  const rule: Partial<ValidationRule> = { allowInvalid: true, helpText: '', showDropdown: true };
  const builder = {
    requireValueInList(values: unknown[], showDropdown = true) {
      rule.criteria = 'VALUE_IN_LIST';
      rule.values = values.map(String);
      rule.showDropdown = showDropdown;
      return builder;
    },
    setAllowInvalid(allow: boolean) { rule.allowInvalid = allow; return builder; },
    setHelpText(text: string) { rule.helpText = text; return builder; },
    build() {
      if (!rule.criteria) throw new Error('not implemented: DataValidationBuilder without requireValueInList');
      return { ...rule } as ValidationRule;
    },
  };
  return serviceObject('DataValidationBuilder', builder, counter);
}

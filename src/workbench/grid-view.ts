// This file turns the emulated spreadsheet into what the read-only grid shows: tab names and each cell as text,
// written the way Sheets displays it (dates in the workbook's time zone, TRUE/FALSE).
import type { FakeSheet, FakeSpreadsheet, StoredValue } from './gas';
import { formatInZone } from './gas';
import type { TabSummary, TabView } from './page/contract';

export type { TabSummary, TabView };

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

export function displayValue(value: StoredValue, timeZone: string): string {
  if (isDate(value)) {
    const time = formatInZone(value, timeZone, 'HH:mm');
    return formatInZone(value, timeZone, time === '00:00' ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm');
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The tabs a person would see in Sheets (hidden ones left out). */
export function listTabs(book: FakeSpreadsheet): TabSummary[] {
  return book.sheets.filter((sheet) => !sheet.hidden).map((sheet) => ({ name: sheet.name, rows: sheet.lastRow(), columns: sheet.lastColumn() }));
}

export function viewTab(book: FakeSpreadsheet, sheet: FakeSheet, limit: number): TabView {
  const values = sheet.values();
  const shown = values.slice(0, limit);
  const active = book.activeCell();
  return {
    name: sheet.name,
    rows: values.length,
    columns: sheet.lastColumn(),
    cells: shown.map((row) => row.map((value) => displayValue(value, book.timeZone))),
    truncated: values.length > shown.length,
    selected: active.sheet === sheet ? { row: active.row, column: active.column } : null,
  };
}

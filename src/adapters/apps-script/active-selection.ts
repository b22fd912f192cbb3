// This file reads the coordinator's cursor (the active tab and row) and moves it to a cell.
import type { SelectionPort } from '../../ports/selection.port';

export class ActiveSelection implements SelectionPort {
  current(): { tab: string; row: number } | null {
    const range = SpreadsheetApp.getActiveRange();
    if (!range) return null;
    return { tab: range.getSheet().getName(), row: range.getRow() };
  }

  /**
   * Range.activate makes the range the active range and its top-left cell the current cell, showing its sheet
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#activate).
   */
  activate(tab: string, row: number, column: number): void {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab);
    if (!sheet) return;
    sheet.getRange(row, column).activate();
  }
}

// This file reads the coordinator's cursor: the active tab and row.
import type { SelectionPort } from '../../ports/selection.port';

export class ActiveSelection implements SelectionPort {
  current(): { tab: string; row: number } | null {
    const range = SpreadsheetApp.getActiveRange();
    if (!range) return null;
    return { tab: range.getSheet().getName(), row: range.getRow() };
  }
}

// This file is the port for the coordinator's cursor: which tab and row are selected, and moving it to a cell.

export interface SelectionPort {
  /** The selected tab and 1-based sheet row, or null. */
  current(): { tab: string; row: number } | null;
  /** Shows the tab and makes this 1-based cell the active cell (Go to cell). */
  activate?(tab: string, row: number, column: number): void;
}

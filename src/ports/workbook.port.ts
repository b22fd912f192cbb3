// This file is the port every place the code runs implements for the coordinator's workbook.
import type { Cell } from '../domain/values';

export type { Cell };

/** One cell to change, addressed in grid coordinates (0-based; row 0 is the header row). */
export interface CellUpdate {
  row: number;
  column: number;
  value: Cell;
}

export interface WorkbookPort {
  tabNames(): string[];
  /** The tab's used range, header row first; [] for an empty tab. */
  read(tab: string): Cell[][];
  /**
   * Rows `start` to `start + count − 1` of the tab (0-based grid rows; row 0 is the header), fewer past the last row.
   * For tabs that only grow (Reviews, Audit), so an action that needs their header or one row does not read them
   * whole; where a host has no cheaper way, callers fall back to `read`.
   */
  readRows?(tab: string, start: number, count: number): Cell[][];
  /** One column's cells below the header (0-based column), e.g. the IDs a new record's ID must not repeat. */
  readColumn?(tab: string, column: number): Cell[];
  /** Renames a tab (the Audit tab rolling over to a yearly one); fails if the new name is taken. */
  renameTab?(from: string, to: string): void;
  /** Creates a tab with a header row; fails if it already exists. */
  createTab(tab: string, header: readonly string[]): void;
  /** Appends rows after the last row with data, as plain values (never formulas). */
  append(tab: string, rows: readonly Cell[][]): void;
  /**
   * Writes only these cells (never a cell around them). Text is stored as text: nothing written ever becomes a
   * number, date or formula. Throws, writing nothing, when one of them changed since this action read it.
   */
  update(tab: string, updates: readonly CellUpdate[]): void;
  /** Throws when one of these cells changed since this action read the tab; lets an action check every tab first. */
  checkUnchanged?(tab: string, cells: readonly { row: number; column: number }[]): void;
  /** Hides a tab the add-on keeps for itself (such as its travel cache); optional where tabs cannot be hidden. */
  hideTab?(tab: string): void;
  /** Formats a column below the header as plain text, so what people type there stays as typed. */
  setPlainText?(tab: string, column: number): void;
  /** Adds a dropdown (list validation that warns, never rejects) to a column below the header. */
  setDropdown?(tab: string, column: number, choices: readonly string[]): void;
}

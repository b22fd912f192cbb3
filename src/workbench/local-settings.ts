// This file reads and pre-fills the workbook's Settings tab (Key, Value) from outside the add-on, for the workbench:
// the saved manager file ID, and the local proximity address — set for this run only, when the coordinator has none,
// and left out whenever the workbook is saved, so the .xlsx keeps exactly the coordinator's own settings.
import { findTabs } from '../domain/header-mapping';
import { normalizeKey } from '../domain/text';
import type { FakeSheet, FakeSpreadsheet } from './gas';

/** A setting the workbench put in for this run; `addedRow` when the key was not in the tab before. */
export interface RunOnlySetting {
  key: string;
  value: string;
  addedRow: boolean;
}

export interface CellAt {
  sheet: string;
  row: number;
  column: number;
}

interface SettingsLayout {
  sheet: FakeSheet;
  keyColumn: number;
  valueColumn: number;
}

/** The Settings tab (found by name, as the add-on finds it) and its Key and Value columns (1-based). */
function settingsLayout(spreadsheet: FakeSpreadsheet): SettingsLayout | undefined {
  const name = findTabs(spreadsheet.sheets.map((s) => s.name)).find((t) => t.key === 'settings')?.tab;
  const sheet = name ? spreadsheet.sheet(name) : undefined;
  if (!sheet) return undefined;
  const header = (sheet.cells[0] ?? []).map((cell) => normalizeKey(String(cell)));
  const keyColumn = header.indexOf('key') + 1 || 1;
  const valueColumn = header.indexOf('value') + 1 || 2;
  return { sheet, keyColumn, valueColumn };
}

function rowOf(layout: SettingsLayout, key: string): number {
  const index = layout.sheet.cells.findIndex((cells, i) => i > 0 && String(cells[layout.keyColumn - 1] ?? '').trim() === key);
  return index + 1;
}

export function hasSettingsTab(spreadsheet: FakeSpreadsheet): boolean {
  return settingsLayout(spreadsheet) !== undefined;
}

export function readSetting(spreadsheet: FakeSpreadsheet, key: string): string {
  const layout = settingsLayout(spreadsheet);
  const row = layout ? rowOf(layout, key) : 0;
  return layout && row ? String(layout.sheet.get(row, layout.valueColumn)).trim() : '';
}

/** Sets `key` for this run when the workbook has a Settings tab and no value for it; null when nothing was set. */
export function prefillSetting(spreadsheet: FakeSpreadsheet, key: string, value: string): RunOnlySetting | null {
  const layout = settingsLayout(spreadsheet);
  if (!layout || readSetting(spreadsheet, key) !== '') return null;
  let row = rowOf(layout, key);
  const addedRow = row === 0;
  if (addedRow) {
    row = layout.sheet.lastRow() + 1;
    layout.sheet.set(row, layout.keyColumn, `'${key}`);
  }
  layout.sheet.set(row, layout.valueColumn, `'${value}`);
  return { key, value, addedRow };
}

/**
 * The cells to leave empty when saving, so the run-only value never reaches the file: its value (and its key, when
 * the workbench added the row). Nothing once the coordinator has changed the value — it is theirs then.
 */
export function runOnlyCells(spreadsheet: FakeSpreadsheet, setting: RunOnlySetting): CellAt[] {
  const layout = settingsLayout(spreadsheet);
  const row = layout ? rowOf(layout, setting.key) : 0;
  if (!layout || !row || String(layout.sheet.get(row, layout.valueColumn)) !== setting.value) return [];
  const cells = [{ sheet: layout.sheet.name, row, column: layout.valueColumn }];
  if (setting.addedRow) cells.push({ sheet: layout.sheet.name, row, column: layout.keyColumn });
  return cells;
}

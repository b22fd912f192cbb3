// This file maps a Settings row to its record and the record back to the row's cells: the one place that
// knows which field feeds which property (a property is written under the schema field of the same name).
import type { Setting } from '../model';
import type { Cell } from '../values';
import { fieldCells } from './cell-values';
import { ParsedRow, str } from './row-values';

/** A Settings row → the Setting (key and value as written). */
export function settingFromRow(row: ParsedRow): Setting {
  return { key: str(row.values.key), value: str(row.values.value), source: row.ref };
}

/** The Setting record (or the properties of it that change) → its Settings row's cells, by field. */
export function settingToCells(setting: Partial<Setting>): Record<string, Cell> {
  return fieldCells('settings', setting);
}

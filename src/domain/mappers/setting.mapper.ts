// This file maps a Settings row to its record: the one place that knows which field feeds which
// property. The other way, a record to its row's cells, is the same for every tab (record-cells.ts, from schema.ts).
import type { Setting } from '../model';
import { ParsedRow, str } from './row-values';

/** A Settings row → the Setting (key and value as written). */
export function settingFromRow(row: ParsedRow): Setting {
  return { key: str(row.values.key), value: str(row.values.value), source: row.ref };
}

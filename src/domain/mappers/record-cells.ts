// This file turns a record into the cells of its tab's row (field → cell), and finds which cells a change touches,
// so a write touches only the cells whose written form changed.
import { TabKey, tabSpec } from '../schema';
import type { Cell } from '../values';
import { toCell } from './cell-values';

/** Field → cell for every field of a tab the record has a value for. */
export function recordCells(key: TabKey, value: object): Record<string, Cell> {
  const record = value as Record<string, unknown>;
  const cells: Record<string, Cell> = {};
  for (const field of tabSpec(key).fields) {
    if (field.key in record) cells[field.key] = toCell(field, record[field.key]);
  }
  return cells;
}

/** The fields whose written form differs between two versions of a record. */
export function changedCells(key: TabKey, before: object, after: object): Record<string, Cell> {
  const old = recordCells(key, before);
  const next = recordCells(key, after);
  const changes: Record<string, Cell> = {};
  for (const [field, value] of Object.entries(next)) {
    if (old[field] !== value) changes[field] = value;
  }
  return changes;
}

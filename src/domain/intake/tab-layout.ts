// This file places values into a tab's existing columns by header, whatever their order, and says which headers are
// missing (the writer adds those at the end of the header row; existing columns never move).
import type { TabMapping } from '../header-mapping';
import { TabKey, tabSpec } from '../schema';
import { normalizeKey } from '../text';
import { Cell, readText } from '../values';

export interface ColumnSpec {
  key: string;
  header: string;
  aliases?: readonly string[];
}

export interface TabLayout {
  /** key → 0-based column index. */
  columns: Record<string, number>;
  /** Wanted columns the header row does not have. */
  missing: ColumnSpec[];
  /** Columns in the header row (at least one past the last mapped column). */
  width: number;
  /** Further numbered columns of a field ("Goal 2", "Goal 3"), read after the one in `columns`. */
  more?: Record<string, number[]>;
}

/** Column specs for a schema tab's fields, with the header aliases the setup wizard knows. */
export function schemaColumns(tab: TabKey): ColumnSpec[] {
  return tabSpec(tab).fields.map((field) => ({ key: field.key, header: field.header, aliases: field.aliases }));
}

/**
 * The layout of a tab as the header mapping found it (the coordinator's saved mapping first, as every tab is read):
 * the one column resolver the add-on uses for the Applications tab like any other.
 */
export function layoutOf(mapping: TabMapping): TabLayout {
  const missing = schemaColumns(mapping.spec.key).filter((column) => mapping.columns[column.key] === undefined);
  let width = mapping.headers.length;
  while (width > 0 && mapping.headers[width - 1] === '') width -= 1;
  return { columns: { ...mapping.columns }, missing, width, more: mapping.more };
}

/** Finds each wanted column in a header row by its header or an alias (case, spaces and punctuation ignored). */
export function resolveLayout(headerRow: readonly Cell[], specs: readonly ColumnSpec[]): TabLayout {
  const headers = headerRow.map((cell) => normalizeKey(cell === null || cell === undefined ? '' : String(cell)));
  const columns: Record<string, number> = {};
  const taken = new Set<number>();
  const missing: ColumnSpec[] = [];
  for (const spec of specs) {
    const names = [spec.header, ...(spec.aliases ?? [])].map(normalizeKey);
    let found = -1;
    for (const name of names) {
      found = headers.findIndex((header, index) => header !== '' && header === name && !taken.has(index));
      if (found >= 0) break;
    }
    if (found >= 0) {
      columns[spec.key] = found;
      taken.add(found);
    } else {
      missing.push(spec);
    }
  }
  let width = headerRow.length;
  while (width > 0 && headers[width - 1] === '') width -= 1;
  return { columns, missing, width };
}

/** The layout after appending the missing headers at the end of the header row. */
export function addMissingColumns(layout: TabLayout): { layout: TabLayout; newHeaders: string[] } {
  const columns = { ...layout.columns };
  let width = layout.width;
  const newHeaders: string[] = [];
  for (const spec of layout.missing) {
    columns[spec.key] = width;
    newHeaders.push(spec.header);
    width += 1;
  }
  return { layout: { columns, missing: [], width }, newHeaders };
}

/** One row's cells in the tab's column order; columns the values do not name stay blank. */
export function layoutRow(values: Readonly<Record<string, Cell>>, layout: TabLayout): Cell[] {
  const row: Cell[] = new Array<Cell>(layout.width).fill('');
  for (const [key, value] of Object.entries(values)) {
    const column = layout.columns[key];
    if (column !== undefined) row[column] = value ?? '';
  }
  return row;
}

/**
 * The values of one row by key, read through the layout. A field kept in several numbered columns ("Goal 1", "Goal 2",
 * "Goal 3") reads as one list of its non-blank cells, joined with "; ".
 */
export function readByLayout(row: readonly Cell[], layout: TabLayout): Record<string, Cell> {
  const values: Record<string, Cell> = {};
  for (const [key, column] of Object.entries(layout.columns)) {
    const extra = layout.more?.[key] ?? [];
    values[key] = extra.length ? [column, ...extra].map((c) => readText(row[c] ?? '')).filter((text) => text !== '').join('; ') : (row[column] ?? '');
  }
  return values;
}

// This file is what every tab's mapper reads a row through: the row's values by field (as the reader parsed them)
// and small readers that turn them into a record's fields.
import type { RowRef } from '../model';

export type Values = Record<string, unknown>;

/** One sheet row read through its tab's header mapping. */
export interface ParsedRow {
  ref: RowRef;
  values: Values;
  /** Fields whose cell had something in it that could not be read. */
  unreadable: Set<string>;
}

/** A row with the record ID it was given. */
export interface IdentifiedRow {
  row: ParsedRow;
  id: string;
}

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
export const strOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
export const list = <T = string>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The person's name: the name column, or first and last name joined. */
export function personName(values: Values): string {
  const name = str(values.name);
  if (name) return name;
  return [str(values.firstName), str(values.lastName)].filter(Boolean).join(' ');
}

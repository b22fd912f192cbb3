// This file is how one value is written in a cell: choices as the words a coordinator reads ("Intro scheduled"),
// goal areas by their program labels, dates as ISO dates, lists joined with commas — the dropdowns Setup offers, and
// the helpers every tab's mapper (*.mapper.ts) writes its record's cells with.
import { describeSlots } from '../availability';
import { GOAL_AREA_LABELS, GoalArea, isGoalArea } from '../goal-areas';
import type { AvailabilitySlot } from '../model';
import { FieldSpec, TabKey, tabSpec } from '../schema';
import type { Cell } from '../values';

/** "intro-scheduled" → "Intro scheduled"; read back by the same schema choices. */
export function choiceLabel(value: string): string {
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The dropdown choices the setup wizard adds for a choice or goal-area column. */
export function dropdownChoices(field: FieldSpec): string[] | null {
  if (field.kind === 'goal-area') return Object.values(GOAL_AREA_LABELS);
  if (field.kind === 'choice' && field.choices) return Object.keys(field.choices).map(choiceLabel);
  if (field.kind === 'yes-no') return ['Yes', 'No'];
  return null;
}

export function toCell(field: FieldSpec, value: unknown): Cell {
  if (value === null || value === undefined) return '';
  switch (field.kind) {
    case 'choice':
      return typeof value === 'string' ? choiceLabel(value) : String(value);
    case 'goal-area':
      return typeof value === 'string' && isGoalArea(value) ? GOAL_AREA_LABELS[value] : String(value);
    case 'goal-areas':
      return Array.isArray(value) ? value.map((a: string) => (isGoalArea(a) ? GOAL_AREA_LABELS[a as GoalArea] : a)).join(', ') : String(value);
    case 'list':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'availability':
      return Array.isArray(value) ? describeSlots(value as AvailabilitySlot[], 21) : String(value);
    case 'yes-no':
      return typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value);
    case 'count':
    case 'number':
      return typeof value === 'number' ? value : String(value);
    default:
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  }
}

/**
 * Field → cell for every field of a tab the values name: values keyed as the tab's fields in schema.ts (a record's
 * properties are named so), each written as its field's kind says.
 */
export function fieldCells(tab: TabKey, values: object): Record<string, Cell> {
  const named = values as Record<string, unknown>;
  const cells: Record<string, Cell> = {};
  for (const field of tabSpec(tab).fields) {
    if (field.key in named) cells[field.key] = toCell(field, named[field.key]);
  }
  return cells;
}

/** The fields whose written form differs between two versions of a record, by the tab's own mapper. */
export function changedCells<T>(toCells: (record: T) => Record<string, Cell>, before: T, after: T): Record<string, Cell> {
  const old = toCells(before);
  const changes: Record<string, Cell> = {};
  for (const [field, value] of Object.entries(toCells(after))) {
    if (old[field] !== value) changes[field] = value;
  }
  return changes;
}

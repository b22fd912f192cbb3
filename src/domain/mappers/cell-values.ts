// This file is how one value is written in a cell: choices as the words a coordinator reads ("Intro scheduled"),
// goal areas by their program labels, dates as ISO dates, lists joined with commas — and the dropdowns Setup offers.
import { describeSlots } from '../availability';
import { GOAL_AREA_LABELS, GoalArea, isGoalArea } from '../goal-areas';
import type { AvailabilitySlot } from '../model';
import type { FieldSpec } from '../schema';
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


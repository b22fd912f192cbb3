// This file maps the program's ten goal areas onto the PPR's significant life areas; both the list and the map are settings.
import { Issue } from './errors';
import { GOAL_AREAS, GoalArea, readGoalArea } from './goal-areas';
import { Goal, Setting } from './model';

/**
 * The significant life areas of the federal CIL Program Performance Report (OMB 0985-0061, formerly the 704 report).
 * Kept as a setting (`crosswalk.lifeAreas`) because ACL revises the instrument from time to time.
 */
export const DEFAULT_LIFE_AREAS: readonly string[] = [
  'Self-Advocacy/Self-Empowerment',
  'Communication',
  'Mobility/Transportation',
  'Community-Based Living',
  'Educational',
  'Vocational',
  'Self-Care',
  'Information Access/Technology',
  'Personal Resource Management',
  'Relocation from a Nursing Home or Institution to Community-Based Living',
  'Community/Social Participation',
  'Other',
];

/**
 * Each program area's life areas. One name: every goal in that area counts there. Several: each goal needs a choice,
 * and until one is recorded the goal counts under the first (and is listed so the coordinator can decide).
 */
export const DEFAULT_CROSSWALK: Record<GoalArea, readonly string[]> = {
  'personal-growth': ['Self-Advocacy/Self-Empowerment'],
  'social-recreation': ['Community/Social Participation'],
  'education-technology': ['Educational', 'Information Access/Technology'],
  transportation: ['Mobility/Transportation'],
  'finances-benefits': ['Personal Resource Management'],
  communication: ['Communication'],
  rights: ['Self-Advocacy/Self-Empowerment'],
  'daily-living': ['Community-Based Living', 'Self-Care'],
  employment: ['Vocational'],
  'health-nutrition': ['Self-Care'],
};

export interface Crosswalk {
  lifeAreas: string[];
  byArea: Record<GoalArea, string[]>;
  /** Per-goal choices (Goal ID → life area), from `crosswalk.goal.<Goal ID>` settings rows. */
  goalChoices: Map<string, string>;
}

export function defaultCrosswalk(): Crosswalk {
  return {
    lifeAreas: [...DEFAULT_LIFE_AREAS],
    byArea: Object.fromEntries(GOAL_AREAS.map((area) => [area, [...DEFAULT_CROSSWALK[area]]])) as Record<GoalArea, string[]>,
    goalChoices: new Map(),
  };
}

const splitList = (value: string) => value.split(/[;|\n]+/).map((item) => item.trim()).filter(Boolean);
const keyOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * Reads the crosswalk from Settings rows (the `crosswalk.` keys; other keys belong to readSettings):
 * - `crosswalk.lifeAreas` = the life-area list, separated by semicolons or lines;
 * - `crosswalk.<program area>` = one life area, or several separated by "|" (the first is the default);
 * - `crosswalk.goal.<Goal ID>` = the life area for one goal (for areas with a choice, or to override).
 * A value that names no life area on the list is reported and the default kept.
 */
export function readCrosswalk(rows: readonly Setting[]): { crosswalk: Crosswalk; issues: Issue[] } {
  const crosswalk = defaultCrosswalk();
  const issues: Issue[] = [];
  const at = (row: Setting, column = 'Value') => ({ tab: row.source.tab, row: row.source.row, column });
  const mine = rows.filter((row) => row.key.trim().toLowerCase().startsWith('crosswalk.'));
  const listRow = mine.find((row) => row.key.trim().toLowerCase() === 'crosswalk.lifeareas');
  if (listRow) {
    const names = splitList(listRow.value);
    if (names.length) crosswalk.lifeAreas = names;
    else issues.push({ code: 'CROSSWALK.BAD_VALUE', message: 'The life-area list is empty; the list from the Program Performance Report (PPR) is used', location: at(listRow) });
  }
  const canonical = new Map(crosswalk.lifeAreas.map((name) => [keyOf(name), name]));
  const resolve = (row: Setting, name: string): string | null => {
    const found = canonical.get(keyOf(name));
    if (!found) issues.push({ code: 'CROSSWALK.UNKNOWN_LIFE_AREA', message: `"${name}" is not on the life-area list; the default is kept`, location: at(row) });
    return found ?? null;
  };
  for (const row of mine) {
    const suffix = row.key.trim().slice('crosswalk.'.length);
    if (suffix.toLowerCase() === 'lifeareas') continue;
    if (suffix.toLowerCase().startsWith('goal.')) {
      const goalId = suffix.slice(5).trim();
      const name = resolve(row, row.value.trim());
      if (goalId && name) crosswalk.goalChoices.set(goalId, name);
      continue;
    }
    const reading = readGoalArea(suffix.replace(/-/g, ' '));
    if (reading.kind !== 'area') {
      issues.push({ code: 'CROSSWALK.UNKNOWN_AREA', message: `"${suffix}" is not one of the program's goal areas`, location: at(row, 'Key') });
      continue;
    }
    const names = splitList(row.value).map((name) => resolve(row, name));
    if (names.length && names.every((name) => name !== null)) crosswalk.byArea[reading.area] = names as string[];
  }
  // A renamed life-area list may leave a default mapping pointing nowhere: send it to "Other" (or the last name) and say so.
  const fallback = canonical.get('other') ?? crosswalk.lifeAreas[crosswalk.lifeAreas.length - 1]!;
  for (const area of GOAL_AREAS) {
    const kept = crosswalk.byArea[area].map((name) => canonical.get(keyOf(name))).filter((name): name is string => name !== undefined);
    if (kept.length === 0) {
      issues.push({ code: 'CROSSWALK.UNMAPPED_AREA', message: `Goal area ${area} maps to no life area on the list; its goals count under "${fallback}"`, location: { tab: listRow?.source.tab ?? 'Settings', row: listRow?.source.row } });
    }
    crosswalk.byArea[area] = kept.length ? kept : [fallback];
  }
  return { crosswalk, issues };
}

export type LifeAreaSource = 'goal' | 'area' | 'default';

/** The life area a goal counts under: its own recorded choice, else its area's only life area, else the area's default. */
export function lifeAreaOf(goal: Pick<Goal, 'id' | 'area'>, crosswalk: Crosswalk): { lifeArea: string; how: LifeAreaSource } {
  const chosen = crosswalk.goalChoices.get(goal.id);
  if (chosen) return { lifeArea: chosen, how: 'goal' };
  const names = crosswalk.byArea[goal.area];
  return { lifeArea: names[0]!, how: names.length === 1 ? 'area' : 'default' };
}

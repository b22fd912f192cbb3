// This file plans copying the goals typed on the consumers' tab ("get a job, learn the bus", Goal 1…N) into the Goals
// tab as goals with a status: what would be added, what is already there, and the phrases that name no known area.
import { CellLocation } from './errors';
import { GoalArea, goalAreaLabel, readGoalArea } from './goal-areas';
import { Goal, GoalStatus, IsoDate } from './model';
import { normalizeKey } from './text';
import { TypedGoals } from './workbook-reader';

export interface GoalToCopy {
  consumerId: string;
  area: GoalArea;
  goal: string;
  status: GoalStatus;
  setOn: IsoDate;
  /** Where the phrase was typed. */
  from: CellLocation;
}

export interface GoalsCopyPlan {
  add: GoalToCopy[];
  /** Phrases already on the Goals tab for that consumer and area: copying again adds nothing. */
  alreadyThere: { consumerId: string; area: GoalArea; goal: string; from: CellLocation }[];
  /** Phrases that name no goal area, or could be more than one: listed for the coordinator, never guessed. */
  unknown: { consumerId: string; text: string; could: string[]; from: CellLocation }[];
}

/**
 * A phrase is already on the Goals tab when the consumer has a goal in the same area with the same words, or when the
 * phrase is only the area's name ("Employment") and the consumer has any goal in that area.
 */
function isAlreadyThere(goals: readonly Goal[], consumerId: string, area: GoalArea, text: string): boolean {
  const key = normalizeKey(text);
  const onlyTheArea = readGoalArea(text).kind === 'area' && [normalizeKey(goalAreaLabel(area)), normalizeKey(area)].some((name) => name === key || name.startsWith(`${key} `));
  return goals.some((g) => g.consumerId === consumerId && g.area === area && (onlyTheArea || normalizeKey(g.goal) === key));
}

/** Plans the copy as of a date; new goals are not started. Running it again after a copy adds nothing. */
export function planGoalsCopy(typed: readonly TypedGoals[], existing: readonly Goal[], asOf: IsoDate): GoalsCopyPlan {
  const plan: GoalsCopyPlan = { add: [], alreadyThere: [], unknown: [] };
  const planned: Goal[] = [...existing];
  for (const { consumerId, source, phrases } of typed) {
    for (const phrase of phrases) {
      const from = { tab: source.tab, row: source.row, column: phrase.column };
      if (phrase.areas.length === 0) {
        plan.unknown.push({ consumerId, text: phrase.text, could: phrase.candidates.map(goalAreaLabel), from });
        continue;
      }
      for (const area of phrase.areas) {
        // A phrase naming two areas ("make friends and cook") becomes one goal in each, with the phrase as typed.
        if (isAlreadyThere(planned, consumerId, area, phrase.text)) {
          plan.alreadyThere.push({ consumerId, area, goal: phrase.text, from });
          continue;
        }
        const goal: GoalToCopy = { consumerId, area, goal: phrase.text, status: 'not-started', setOn: asOf, from };
        plan.add.push(goal);
        planned.push({ id: '', consumerId, area, goal: phrase.text, objectives: '', status: 'not-started', setOn: asOf, targetDate: null, metOn: null, matchId: null, source: { tab: '', row: 0 } });
      }
    }
  }
  return plan;
}

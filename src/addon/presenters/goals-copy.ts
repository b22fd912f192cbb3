// This file is how the sidebar previews copying typed goals into the Goals tab: each phrase with the area read from
// it and where it was typed, the phrases no area was read from, and how many are there already.
import { describeLocation } from '../../domain/errors';
import { goalAreaLabel } from '../../domain/goal-areas';
import type { GoalsCopyPlan } from '../../domain/goals-copy';
import type { GoalsCopied, GoalsCopyView } from '../../shared/rpc-contract';

export function presentGoalsCopy(plan: GoalsCopyPlan): GoalsCopyView {
  return {
    add: plan.add.map((g) => ({ consumerId: g.consumerId, goal: g.goal, area: goalAreaLabel(g.area), where: describeLocation(g.from) })),
    alreadyThere: plan.alreadyThere.length,
    unknown: plan.unknown.map((u) => ({ consumerId: u.consumerId, text: u.text, could: u.could, where: describeLocation(u.from) })),
  };
}

export function presentGoalsCopied(added: readonly string[], after: GoalsCopyPlan): GoalsCopied {
  const message = added.length ? `${added.length} goal${added.length === 1 ? '' : 's'} copied to the Goals tab.` : 'Nothing new to copy: those goals are on the Goals tab already.';
  return { added: added.length, message, preview: presentGoalsCopy(after) };
}

// This file copies the goals typed on the consumers' tab (Goal 1…N, a free-text Goals column) into the Goals tab as
// goals with a status, after the coordinator has seen the preview; a second run writes nothing new.
import { planGoalsCopy, GoalsCopyPlan } from '../domain/goals-copy';
import { createGoal } from '../domain/goals';
import { goalToCells } from '../domain/mappers/goal.mapper';
import { AppPorts, readSession, writeSession } from './app-ports';

/** What copying would do now: the goals to add, those already there, and the phrases that name no known area. */
export function previewGoalsCopy(ports: AppPorts): GoalsCopyPlan {
  const model = readSession(ports).model();
  return planGoalsCopy(model.typedGoals, model.goals, ports.clock.today());
}

/** Writes the planned goals (one append) and one Audit row naming their IDs; the plan is made again under the lock. */
export function copyGoals(ports: AppPorts): { added: string[]; after: GoalsCopyPlan } {
  const today = ports.clock.today();
  return writeSession(ports, (session) => {
    const model = session.model();
    const plan = planGoalsCopy(model.typedGoals, model.goals, today);
    const { tab } = session.table('goals');
    const added = plan.add.map((planned) => {
      const goal = createGoal({ consumerId: planned.consumerId, area: planned.area, goal: planned.goal, objectives: '', setOn: planned.setOn, targetDate: null, matchId: null }, session.nextId('goals'), { tab, row: 0 }, today);
      session.append('goals', goalToCells(goal));
      return goal.id;
    });
    // IDs and counts only: the goals' words are the consumers' own and stay on their rows.
    if (added.length) session.audit({ action: 'goals.copy', record: `${added.length} goals`, details: `${added.join(', ')} copied from the goals typed on the consumers' tab` });
    // What a preview says now: everything planned is on the Goals tab; the unknown phrases are still listed.
    const after = { add: [], alreadyThere: [...plan.alreadyThere, ...plan.add.map(({ consumerId, area, goal, from }) => ({ consumerId, area, goal, from }))], unknown: plan.unknown };
    return { added, after };
  });
}

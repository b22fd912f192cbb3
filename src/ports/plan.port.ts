// This file is the port for batch planning somewhere other than here: the `plan` Cloud Function.
import type { PlanningProblem } from '../domain/matching/planning-problem';
import type { PlanningSolution } from '../domain/matching/solve-planning';

export interface PlanPort {
  /** The plan for the problem, as solvePlanning gives it; throws a DomainError (PLAN.*) when it cannot answer. */
  plan(problem: PlanningProblem): PlanningSolution;
}

// This file is the "plan matches for everyone waiting" question (the sidebar's Batch view and `assign`): from a read
// workbook to the proposals, total score and unmatched consumers, for the coordinator to accept or change.
import { Issue } from '../domain/errors';
import { ZipCentroidLookup } from '../domain/geo';
import { TravelLookup } from '../domain/matching/matching-types';
import { openMentors } from '../domain/matching/hard-rules';
import { AssignmentPlan, planAssignment, PlanningSolver } from '../domain/matching/plan-assignment';
import { solvePlanning } from '../domain/matching/solve-planning';
import { Consumer, IsoDate } from '../domain/model';
import { Settings } from '../domain/settings';
import { WorkbookModel } from '../domain/workbook-reader';
import { AppPorts, readSession } from './app-ports';
import { siblingFunctionUrl } from './intake-config';
import { PreparedMatching, prepareWorkbookMatching, withTravel } from './suggest-mentors';
import { travelFor, TravelSeam, zipLookupOf } from './proximity-cache';

export interface PlanRequest {
  asOf: IsoDate;
  lookupZip: ZipCentroidLookup;
  travel?: TravelLookup;
}

export interface PlanResult extends AssignmentPlan {
  /** Rows matching could not use and unreadable settings, with tab/row/column. */
  issues: Issue[];
}

/** Throws a DomainError (WORKBOOK.UNUSABLE) when the workbook lacks what matching needs. */
export function planMatches(model: WorkbookModel, request: PlanRequest, solve?: PlanningSolver): PlanResult {
  return planPrepared(prepareWorkbookMatching(model, request), solve);
}

export function planPrepared(prepared: PreparedMatching, solve?: PlanningSolver): PlanResult {
  return { ...planAssignment(prepared.state, solve), issues: prepared.issues };
}

/**
 * Where a batch plan is worked out: on the `plan` function when the pool is past Settings' planOnFunctionsAbove and
 * the functions address is set, else here. Both give the same plan (the function runs this same planner); a pool past
 * the threshold whose function fails is not planned here instead, since that is what the threshold guards against.
 */
export function plannerFor(ports: AppPorts, settings: Settings): PlanningSolver {
  const url = siblingFunctionUrl(settings.functionUrl, 'plan');
  const remote = ports.planner ?? (url && ports.plannerFor ? ports.plannerFor(url) : undefined);
  if (!remote) return solvePlanning;
  return (problem) => (problem.consumers.length * problem.mentors.length > settings.planOnFunctionsAbove ? remote.plan(problem) : solvePlanning(problem));
}

/** Consumers a batch plan may match: waiting (a blank status counts as waiting). */
export function waitingConsumers(model: WorkbookModel): Consumer[] {
  return model.consumers.filter((c) => c.status === 'waiting' || c.status === null);
}

/** The plan as the add-on gives it, with travel from the proximity service or its cache. */
export function planMatchesInWorkbook(ports: AppPorts): { model: WorkbookModel; plan: PlanResult; travel: TravelSeam } {
  const session = readSession(ports);
  const model = session.model();
  // Trips are asked only for mentors who pass their own rules, so the mentors' rules are settled first.
  const prepared = prepareWorkbookMatching(model, { asOf: ports.clock.today(), lookupZip: zipLookupOf(ports) });
  const travel = travelFor(ports, session, waitingConsumers(model), true, openMentors(prepared.state));
  return { model, plan: planPrepared(withTravel(prepared, travel.travel), plannerFor(ports, prepared.state.input.settings)), travel };
}

// This file is the "plan matches for everyone waiting" question (the sidebar's Batch view and `assign`): from a read
// workbook to the proposals, total score and unmatched consumers, for the coordinator to accept or change.
import { Issue } from '../domain/errors';
import { ZipCentroidLookup } from '../domain/geo';
import { TravelLookup } from '../domain/matching/matching-types';
import { AssignmentPlan, planAssignment } from '../domain/matching/plan-assignment';
import { Consumer, IsoDate } from '../domain/model';
import { WorkbookModel } from '../domain/workbook-reader';
import { AppPorts, readSession } from './app-ports';
import { PreparedMatching, prepareWorkbookMatching } from './suggest-mentors';
import { travelFor, TravelSeam } from './proximity-cache';

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
export function planMatches(model: WorkbookModel, request: PlanRequest): PlanResult {
  return planPrepared(prepareWorkbookMatching(model, request));
}

export function planPrepared(prepared: PreparedMatching): PlanResult {
  return { ...planAssignment(prepared.state), issues: prepared.issues };
}

/** Consumers a batch plan may match: waiting (a blank status counts as waiting). */
export function waitingConsumers(model: WorkbookModel): Consumer[] {
  return model.consumers.filter((c) => c.status === 'waiting' || c.status === null);
}

/** The plan as the add-on gives it, with travel from the proximity service or its cache. */
export function planMatchesInWorkbook(ports: AppPorts): { model: WorkbookModel; plan: PlanResult; travel: TravelSeam } {
  const session = readSession(ports);
  const model = session.model();
  const travel = travelFor(ports, session, waitingConsumers(model), true);
  return { model, plan: planMatches(model, { asOf: ports.clock.today(), lookupZip: travel.lookupZip, travel: travel.travel }), travel };
}

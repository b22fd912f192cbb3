// This file is the "plan matches for everyone waiting" use case: from a read workbook to the proposals, total score
// and unmatched consumers, for the coordinator to accept or change. Pure: the ZIP lookup comes in as a parameter.
import { ZipCentroidLookup } from '../domain/geo';
import { TravelLookup } from '../domain/matching/matching-types';
import { AssignmentPlan, planAssignment } from '../domain/matching/plan-assignment';
import { IsoDate } from '../domain/model';
import { WorkbookModel } from '../domain/workbook-reader';
import { prepareWorkbookMatching } from './suggest-matches';

export interface AssignRequest {
  asOf: IsoDate;
  lookupZip: ZipCentroidLookup;
  travel?: TravelLookup;
}

export type AssignResult = AssignmentPlan;

/** Throws a DomainError (WORKBOOK.UNUSABLE) when the workbook lacks what matching needs. */
export function assignMatches(model: WorkbookModel, request: AssignRequest): AssignResult {
  return planAssignment(prepareWorkbookMatching(model, request).state);
}

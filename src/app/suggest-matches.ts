// This file is the "suggest mentors for one consumer" use case: from a read workbook to the plain-data answer the
// CLI prints and the sidebar shows. Pure: the ZIP lookup and any precomputed trips come in as parameters.
import { DomainError } from '../domain/errors';
import { ZipCentroidLookup } from '../domain/geo';
import { ConsumerBlock, Exclusion, Suggestion, TravelLookup } from '../domain/matching/matching-types';
import { MatchingState, prepareMatching } from '../domain/matching/matching-state';
import { DEFAULT_TOP, rankMentors } from '../domain/matching/rank-mentors';
import { IsoDate } from '../domain/model';
import { readSettings } from '../domain/settings';
import { WorkbookModel } from '../domain/workbook-reader';

export interface SuggestRequest {
  consumerId: string;
  asOf: IsoDate;
  top?: number;
  lookupZip: ZipCentroidLookup;
  travel?: TravelLookup;
}

export interface SuggestResult {
  consumerId: string;
  /** Set when the consumer cannot be matched now (not eligible, not waiting, already in a match). */
  blocked: ConsumerBlock | null;
  suggestions: Suggestion[];
  excluded: Exclusion[];
}

/** Throws a DomainError (MATCH.UNKNOWN_CONSUMER, WORKBOOK.UNUSABLE) when the question cannot be answered. */
export function suggestMatches(model: WorkbookModel, request: SuggestRequest): SuggestResult {
  return suggestFor(prepareWorkbookMatching(model, request), request.consumerId, request.top);
}

/** What matching needs from a workbook, worked out once: suggestions for any consumer and the batch plan both start here. */
export interface PreparedMatching {
  model: WorkbookModel;
  state: MatchingState;
}

export function prepareWorkbookMatching(model: WorkbookModel, request: Omit<SuggestRequest, 'consumerId' | 'top'>): PreparedMatching {
  assertUsable(model);
  const state = prepareMatching({
    mentors: model.mentors,
    consumers: model.consumers,
    goals: model.goals,
    matches: model.matches,
    sessions: model.trainings,
    attendance: model.attendance,
    settings: readSettings(model.settings).settings,
    asOf: request.asOf,
    lookupZip: request.lookupZip,
    travel: request.travel,
  });
  return { model, state };
}

export function suggestFor(prepared: PreparedMatching, consumerId: string, top = DEFAULT_TOP): SuggestResult {
  const wanted = consumerId.trim();
  const consumer = prepared.model.consumers.find((c) => c.id.toLowerCase() === wanted.toLowerCase());
  if (!consumer) throw new DomainError('MATCH.UNKNOWN_CONSUMER', `There is no consumer with ID ${wanted} on the Consumers tab.`);
  const ranking = rankMentors(consumer, prepared.state, top);
  return { consumerId: ranking.consumerId, blocked: ranking.blocked, suggestions: ranking.suggestions, excluded: ranking.excluded };
}

export function assertUsable(model: WorkbookModel): void {
  if (!model.usable) {
    throw new DomainError('WORKBOOK.UNUSABLE', 'The workbook cannot be used for matching until its missing tabs or columns are added or mapped (run check to see which).');
  }
}

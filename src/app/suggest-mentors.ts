// This file is the "suggest mentors for one consumer" question, the one answer the sidebar and the command line
// give: from a read workbook to the ranked mentors, who was left out and why, and the rows the reader could not use.
// Pure: the ZIP lookup and any known trips come in as parameters (the sidebar's come from travelFor).
import { DomainError, Issue } from '../domain/errors';
import { ZipCentroidLookup } from '../domain/geo';
import { ConsumerBlock, Exclusion, NotShown, Suggestion, TravelLookup } from '../domain/matching/matching-types';
import { openMentors } from '../domain/matching/hard-rules';
import { MatchingState, prepareMatching } from '../domain/matching/matching-state';
import { DEFAULT_TOP, rankMentors } from '../domain/matching/rank-mentors';
import { Consumer, IsoDate } from '../domain/model';
import { TabKey } from '../domain/schema';
import { WorkbookModel } from '../domain/workbook-reader';
import { AppPorts, readSession } from './app-ports';
import { requireId } from './check-input';
import { findConsumer } from './find-records';
import { checkProgramRecords, readerIssues } from './program-records';
import { travelFor, TravelSeam, zipLookupOf } from './proximity-cache';

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
  /** Allowed mentors past the top ones, with why not. */
  notShown: NotShown[];
  /** Rows matching could not use (unreadable values, repeated IDs) and unreadable settings, with tab/row/column. */
  issues: Issue[];
}

/** The tabs matching reads. */
const MATCHING_TABS: readonly TabKey[] = ['mentors', 'consumers', 'goals', 'matches', 'trainings', 'attendance'];

/** Throws a DomainError (MATCH.UNKNOWN_CONSUMER, WORKBOOK.UNUSABLE) when the question cannot be answered. */
export function suggestMentors(model: WorkbookModel, request: SuggestRequest): SuggestResult {
  return suggestFor(prepareWorkbookMatching(model, request), request.consumerId, request.top);
}

/** What matching needs from a workbook, worked out once: suggestions for any consumer and the batch plan both start here. */
export interface PreparedMatching {
  model: WorkbookModel;
  state: MatchingState;
  issues: Issue[];
}

export function prepareWorkbookMatching(model: WorkbookModel, request: Omit<SuggestRequest, 'consumerId' | 'top'>): PreparedMatching {
  assertUsable(model);
  const records = checkProgramRecords(model);
  const state = prepareMatching({
    mentors: model.mentors,
    consumers: model.consumers,
    goals: model.goals,
    // Every match on the tab counts here, even one with a date problem: a consumer in a match is never offered again.
    matches: model.matches,
    sessions: model.trainings,
    attendance: model.attendance,
    settings: records.settings,
    asOf: request.asOf,
    lookupZip: request.lookupZip,
    travel: request.travel,
  });
  return { model, state, issues: [...readerIssues(model, MATCHING_TABS), ...records.issues.settings] };
}

/** The same preparation with trips from the proximity service added (none changes what was worked out before). */
export function withTravel(prepared: PreparedMatching, travel: TravelLookup | undefined): PreparedMatching {
  return travel ? { ...prepared, state: { ...prepared.state, input: { ...prepared.state.input, travel } } } : prepared;
}

export function suggestFor(prepared: PreparedMatching, consumerId: string, top = DEFAULT_TOP): SuggestResult {
  const wanted = consumerId.trim();
  const consumer = prepared.model.consumers.find((c) => c.id.toLowerCase() === wanted.toLowerCase());
  if (!consumer) throw new DomainError('MATCH.UNKNOWN_CONSUMER', `There is no consumer with ID ${wanted} on the Consumers tab.`);
  const ranking = rankMentors(consumer, prepared.state, top);
  return { consumerId: ranking.consumerId, blocked: ranking.blocked, suggestions: ranking.suggestions, excluded: ranking.excluded, notShown: ranking.notShown, issues: prepared.issues };
}

export function assertUsable(model: WorkbookModel): void {
  if (!model.usable) {
    throw new DomainError('WORKBOOK.UNUSABLE', 'The workbook cannot be used for matching until its missing tabs or columns are added or mapped (run check to see which).');
  }
}

/** The answer as the add-on gives it: the same suggestions, with travel from the proximity service or its cache. */
export interface WorkbookSuggestions {
  model: WorkbookModel;
  consumer: Consumer;
  result: SuggestResult;
  travel: TravelSeam;
}

/** Suggestions for one consumer in the open workbook; travel not yet known is asked for (and saved) now. */
/** `top` is how many to show (10 unless Show more asked for more; whole numbers from 1 to 500). */
export function suggestMentorsInWorkbook(ports: AppPorts, consumerId: string, top?: number): WorkbookSuggestions {
  const id = requireId(consumerId, 'consumer');
  const shown = typeof top === 'number' && Number.isInteger(top) && top >= 1 && top <= 500 ? top : undefined;
  const session = readSession(ports);
  // Of the Consumers and Goals tabs only this consumer's rows are read in full: the question is about them alone.
  const model = session.model({ consumerId: id });
  const consumer = findConsumer(model, id);
  // Trips are asked only for mentors who pass their own rules, so the mentors' rules are settled first.
  const prepared = prepareWorkbookMatching(model, { asOf: ports.clock.today(), lookupZip: zipLookupOf(ports) });
  const travel = travelFor(ports, session, [consumer], true, openMentors(prepared.state));
  const result = suggestFor(withTravel(prepared, travel.travel), id, shown);
  return { model, consumer, result, travel };
}

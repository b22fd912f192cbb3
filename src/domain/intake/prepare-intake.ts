// This file prepares the rows for a batch of submissions: normalize each, check it against known people and the
// applications before it (so two copies in one burst are caught too), note a place the map look-up could not find,
// and lay out its Applications or Reviews row.
import { Cell } from '../values';
import { applicationRowValues, ApplicationStatus } from './application-row';
import { CheckInPeople, checkInReviewValues } from './check-in-review';
import { DuplicateIndex, indexPeople, KnownPerson } from './duplicates';
import { normalizeSubmission } from './normalize-submission';
import { PlaceCheck, placeIssue } from './place-check';
import { Submission } from './submission';

export interface IntakeContext {
  /** Mentors and consumers already in the workbook. */
  people: readonly KnownPerson[];
  /** Applications already in the Applications tab, by response ID (or Record ID once accepted). */
  applications: readonly KnownPerson[];
  checkIns: CheckInPeople;
  /** Hands out the next free Review ID. */
  nextReviewId: () => string;
  /** Where each application was found on a map, by response ID; an application without an entry gets no place issue. */
  places?: ReadonlyMap<string, PlaceCheck>;
}

export interface PreparedRow {
  responseId: string;
  tab: 'applications' | 'reviews';
  /** Cells by column key (APPLICATION_COLUMNS or REVIEW_COLUMNS). */
  values: Record<string, Cell>;
  status: ApplicationStatus;
  /** Issue codes only: safe to log and count. */
  issueCodes: string[];
  duplicates: number;
}

/** A submission the domain could not turn into a row (it throws on this input, so retrying cannot help). */
export interface UnpreparedSubmission {
  responseId: string;
  /** A stable code with the error's kind only; never its message (it may quote an answer). */
  code: string;
}

export function prepareIntake(submissions: readonly Submission[], context: IntakeContext): PreparedRow[] {
  const index = indexPeople([...context.people, ...context.applications]);
  return submissions.map((submission) => prepareOne(submission, context, index));
}

/**
 * Prepares each submission in its own guard: one that throws is set aside with a code, and the others are prepared as
 * if it were not there, so one unreadable submission never holds back the rest of its batch.
 */
export function prepareIntakeGuarded(submissions: readonly Submission[], context: IntakeContext): { rows: PreparedRow[]; unprepared: UnpreparedSubmission[] } {
  const index = indexPeople([...context.people, ...context.applications]);
  const rows: PreparedRow[] = [];
  const unprepared: UnpreparedSubmission[] = [];
  for (const submission of submissions) {
    try {
      rows.push(prepareOne(submission, context, index));
    } catch (error) {
      unprepared.push({ responseId: submission.responseId, code: `INTAKE.UNREADABLE_${error instanceof Error ? error.name.replace(/\W/g, '').toUpperCase() : 'VALUE'}` });
    }
  }
  return { rows, unprepared };
}

function prepareOne(submission: Submission, context: IntakeContext, index: DuplicateIndex): PreparedRow {
  const { value, issues } = normalizeSubmission(submission);
  if (value.kind === 'mentor-check-in') {
    const review = checkInReviewValues(value, issues, context.checkIns, context.nextReviewId());
    return {
      responseId: submission.responseId,
      tab: 'reviews',
      values: review.values,
      status: review.resolved && issues.length === 0 ? 'New' : 'Needs review',
      issueCodes: issues.map((issue) => issue.code).concat(review.resolved ? [] : ['INTAKE.MATCH_NOT_FOUND']),
      duplicates: 0,
    };
  }
  const person = { id: submission.responseId, name: value.name, email: value.email, phone: value.phone, zip: value.zip };
  const duplicates = index.find(person);
  // Added only once the row is sure to be made, so a submission that fails later is no one's duplicate.
  const place = placeIssue(context.places?.get(submission.responseId));
  const all = place ? [...issues, place] : issues;
  const values = applicationRowValues(value, all, duplicates);
  index.add(person);
  return {
    responseId: submission.responseId,
    tab: 'applications',
    values,
    status: values.status as ApplicationStatus,
    issueCodes: all.map((issue) => issue.code),
    duplicates: duplicates.length,
  };
}

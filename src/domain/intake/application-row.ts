// This file lays out the Applications tab: Response ID, Form, Submitted at, the answers, Status, Issues, Duplicate of,
// Record ID. Every cell is plain text made inert (or a number), so nothing an applicant typed becomes a formula.
import { goalAreaLabel } from '../goal-areas';
import { Cell } from '../values';
import { formDefinition } from './forms';
import { describeDuplicate, PossibleDuplicate } from './duplicates';
import { safeCellText } from './inert-text';
import { describeIssues, IntakeIssue } from './intake-issue';
import { NormalizedApplication } from './normalized';
import { ColumnSpec, schemaColumns } from './tab-layout';

export const APPLICATION_STATUSES = ['New', 'Needs review', 'Accepted', 'Rejected', 'Merged'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The Applications tab's columns: its fields in schema.ts, in the order the intake lays them out. */
export const APPLICATION_COLUMNS: readonly ColumnSpec[] = schemaColumns('applications');

/** The answer columns, between "Submitted at" and "Status". */
const ROW_FIELDS = new Set(['responseId', 'form', 'submittedAt', 'status', 'issues', 'duplicateOf', 'recordId']);
export const ANSWER_COLUMNS: readonly ColumnSpec[] = APPLICATION_COLUMNS.filter((column) => !ROW_FIELDS.has(column.key));

export const APPLICATION_HEADERS: readonly string[] = APPLICATION_COLUMNS.map((column) => column.header);

const text = (value: string, limit?: number) => safeCellText(value, limit).text;
const yesNo = (value: boolean | null, unread: string | undefined) => (value === null ? text(unread ?? '') : value ? 'Yes' : 'No');

/** The Applications row for one application, by column key. */
export function applicationRowValues(
  application: NormalizedApplication,
  issues: readonly IntakeIssue[],
  duplicates: readonly PossibleDuplicate[],
): Record<string, Cell> {
  const issueText = [describeIssues(issues), ...duplicates.map(describeDuplicate)].filter((line) => line !== '').join('\n');
  const u = application.unread;
  return {
    responseId: application.responseId,
    form: formDefinition(application.kind).title,
    submittedAt: application.submittedAt,
    name: text(application.name, 200),
    email: application.email ?? text(u.email ?? ''),
    phone: application.phone ?? text(u.phone ?? ''),
    preferredContact: text(application.preferredContact, 200),
    address: text(application.address, 500),
    city: text(application.city, 200),
    zip: application.zip ?? text(u.zip ?? ''),
    areas: text([...application.areas.map(goalAreaLabel), ...application.areasUnread].join('; '), 2000),
    about: text(application.about),
    languages: text(application.languages.join('; '), 500),
    availability: text(application.availabilityText, 500),
    travelMode: application.travelMode ?? text(u.travelMode ?? ''),
    preferences: text(application.preferences),
    sharedExperienceWanted: application.sharedExperienceWanted === null ? '' : application.sharedExperienceWanted ? 'Yes' : 'No',
    livedExperience: text(application.livedExperience.join('; '), 1000),
    adaDisability: application.kind === 'consumer-request' ? yesNo(application.adaDisability, u.adaDisability) : '',
    maxMentees: application.maxMentees ?? text(u.maxMentees ?? ''),
    consent: yesNo(application.consent, u.consent),
    otherAnswers: text(application.extra.map((extra) => `${extra.title}: ${extra.answer}`).join('\n')),
    status: issueText === '' ? 'New' : 'Needs review',
    issues: text(issueText),
    duplicateOf: duplicates.map((duplicate) => duplicate.id).join(', '),
    recordId: '',
  };
}

// This file reads the Applications tab (the form responses the intake function wrote, or the coordinator's own
// response sheet) into records, through the tab's column mapping, and answers "which applications are there", newest
// first, each with what the applicant wrote, what accepting it would leave blank, and the people it may duplicate.
import { DomainError } from '../domain/errors';
import { acceptApplication, BlankField, fieldsLeftBlank } from '../domain/intake/accept-application';
import { sameContactValue, similarNames } from '../domain/intake/duplicates';
import { ApplicationReading, issuesNotReread, readApplicationAnswers } from '../domain/intake/read-application';
import { layoutOf, readByLayout } from '../domain/intake/tab-layout';
import type { Consumer, Mentor } from '../domain/model';
import { readText, type Cell } from '../domain/values';
import type { ActionSession } from './action-session';
import { AppPorts, readSession } from './app-ports';

export interface ApplicationRecord {
  responseId: string;
  form: string;
  submittedAt: string;
  status: string;
  issues: string;
  duplicateOf: string;
  recordId: string;
}

export interface ApplicationRow {
  /** 0-based grid row in this action's read. */
  row: number;
  view: ApplicationRecord;
  /** The row's cells by Applications field key (numbered columns such as "Goal 1"–"Goal 3" joined). */
  values: Record<string, Cell>;
}

/** A field of the existing person that an application shares. */
export type MatchingField = 'name' | 'email' | 'phone' | 'zip';

/** Someone already on the Mentors or Consumers tab whom the application may duplicate. */
export interface ExistingPerson {
  id: string;
  /** False when the ID in "Duplicate of" is on neither people tab (then there is nothing to compare or merge into). */
  found: boolean;
  role: 'mentor' | 'consumer' | null;
  name: string;
  email: string;
  phone: string;
  zip: string;
  /** The fields the application shares with this person. */
  matching: MatchingField[];
  /** True when the application may be merged into this person (a request into a consumer, an application into a mentor). */
  canMerge: boolean;
}

/** One application with everything the coordinator needs to decide on it. */
export interface ApplicationEntry {
  record: ApplicationRecord;
  /** The answers as the intake reads them, with each one that could not be read; null for a row from another form. */
  reading: ApplicationReading | null;
  /** Issues the intake wrote on the row that reading it again cannot check (an address no map could find …). */
  otherIssues: { field: string; message: string }[];
  /** The fields a coordinator needs that accepting would leave blank on the new record, and why. */
  leftBlank: BlankField[];
  /** Why accepting would stop as the row stands (no name …), or null. */
  cannotAccept: string | null;
  duplicates: ExistingPerson[];
}

export function applicationRows(session: ActionSession): ApplicationRow[] {
  const report = session.report('applications');
  if (!report.tab || !report.mapping) return [];
  const layout = layoutOf(report.mapping);
  const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell));
  return session
    .read(report.tab)
    .map((row, index) => ({ values: readByLayout(row, layout), index }))
    .slice(report.mapping.headerRow + 1)
    .filter(({ values }) => text(values.responseId) !== '')
    .map(({ values, index }) => ({
      row: index,
      values,
      view: {
        responseId: text(values.responseId), form: text(values.form), submittedAt: readText(values.submittedAt) || text(values.submittedAt), status: text(values.status) || 'new',
        issues: text(values.issues), duplicateOf: text(values.duplicateOf), recordId: text(values.recordId),
      },
    }));
}

/** The IDs in an application's "Duplicate of" cell. */
export function duplicateIds(record: ApplicationRecord): string[] {
  return record.duplicateOf.split(/[,;\s]+/).filter(Boolean);
}

function existingPerson(session: ActionSession, id: string, reading: ApplicationReading | null): ExistingPerson {
  const mentor = session.tabOf('mentors') ? session.model().mentors.find((m) => m.id === id) : undefined;
  const consumer = mentor || !session.tabOf('consumers') ? undefined : session.model().consumers.find((c) => c.id === id);
  const person: Mentor | Consumer | undefined = mentor ?? consumer;
  if (!person) return { id, found: false, role: null, name: '', email: '', phone: '', zip: '', matching: [], canMerge: false };
  const role = mentor ? 'mentor' : 'consumer';
  const a = reading?.application;
  const matching: MatchingField[] = [];
  if (a) {
    if (similarNames(a.name, person.name)) matching.push('name');
    for (const field of ['email', 'phone', 'zip'] as const) if (a[field] && person[field] && sameContactValue(field, a[field], person[field])) matching.push(field);
  }
  const canMerge = a !== undefined && (a.kind === 'mentor-application') === (role === 'mentor');
  return { id, found: true, role, name: person.name, email: person.email ?? '', phone: person.phone ?? '', zip: person.zip ?? '', matching, canMerge };
}

/** What accepting the row would do, without writing: the fields left blank, or why it would stop. */
function dryRun(session: ActionSession, found: ApplicationRow, today: string): Pick<ApplicationEntry, 'leftBlank' | 'cannotAccept'> {
  try {
    // IDs do not change which fields are blank, so none are read for the trial.
    const accepted = acceptApplication({ values: found.values, mentorIds: [], consumerIds: [], goalIds: [], today });
    return { leftBlank: fieldsLeftBlank(accepted), cannotAccept: null };
  } catch (error) {
    if (error instanceof DomainError) return { leftBlank: [], cannotAccept: error.message };
    throw error;
  }
}

/** The newest hundred applications, newest first, each with its answers read, what accepting leaves blank and its possible duplicates. */
export function listApplications(ports: AppPorts): ApplicationEntry[] {
  const session = readSession(ports);
  const today = ports.clock.today();
  return applicationRows(session)
    .reverse()
    .slice(0, 100)
    .map((found) => {
      const reading = readApplicationAnswers(found.values);
      return { record: found.view, reading, otherIssues: issuesNotReread(found.view.issues), ...dryRun(session, found, today), duplicates: duplicateIds(found.view).map((id) => existingPerson(session, id, reading)) };
    });
}

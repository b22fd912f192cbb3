// This file turns an application row the coordinator accepts into a new Mentors or Consumers row and, for a consumer,
// one Goals row per goal area. It re-reads the row, so a value the coordinator fixed on the row is the one used.
import { DomainError } from '../errors';
import { GoalArea, goalAreaLabel } from '../goal-areas';
import { idAllocator } from '../ids';
import { IsoDate } from '../model';
import { Cell, readCount, readEmail, readList, readPhone, readText, readYesNo, readZip } from '../values';
import { readAreasAnswer, IssueList } from './answer-readers';
import { withoutGuard } from './inert-text';
import { APPLICATION_COLUMNS, ApplicationStatus } from './application-row';
import { formKindFromWords } from './forms';
import { FormKind } from './form-definition';
import { readByLayout, resolveLayout, TabLayout } from './tab-layout';

/** The row to accept: as cells with its header (and the tab's layout), or already read by field key. */
export type AcceptRow =
  | {
      /** The Applications tab's header row and the row being accepted. */
      header: readonly Cell[];
      row: readonly Cell[];
      /** Where each field is, from the tab's header mapping (the saved mapping first); without it, found by header. */
      layout?: TabLayout;
    }
  | { /** The row read through the tab's mapping, by Applications field key. */ values: Record<string, Cell> };

export type AcceptInput = AcceptRow & {
  /** IDs already used, so the new record and goals get the next free ones. */
  mentorIds: Iterable<string>;
  consumerIds: Iterable<string>;
  goalIds: Iterable<string>;
  today: IsoDate;
};

export interface AcceptedApplication {
  responseId: string;
  kind: Exclude<FormKind, 'mentor-check-in'>;
  tab: 'mentors' | 'consumers';
  recordId: string;
  /** The new Mentors or Consumers row, by schema field key (place it with the tab's header mapping). */
  record: Record<string, Cell>;
  /** New Goals rows by schema field key (consumers only). */
  goals: Record<string, Cell>[];
  /** Cells to change on the application's row, by APPLICATION_COLUMNS key. */
  applicationUpdate: { status: ApplicationStatus; recordId: string };
  /** Values the row still cannot be read for; they are left blank on the new record. */
  warnings: string[];
}

/** Reads an Applications row through its layout, or by its header (columns may have been moved). */
export function readApplicationRow(header: readonly Cell[], row: readonly Cell[], layout?: TabLayout): Record<string, Cell> {
  return readByLayout(row, layout ?? resolveLayout(header, APPLICATION_COLUMNS));
}

/** A value that was stored inert ("'=…") is read back without its guard apostrophe. */
const plain = (cell: Cell) => withoutGuard(readText(cell));

export function acceptApplication(input: AcceptInput): AcceptedApplication {
  const values = 'values' in input ? input.values : readApplicationRow(input.header, input.row, input.layout);
  const responseId = readText(values.responseId);
  const kind = formKindFromWords(readText(values.form));
  if (kind !== 'consumer-request' && kind !== 'mentor-application') {
    throw new DomainError('INTAKE.NOT_AN_APPLICATION', 'Only mentor applications and requests for a mentor can be accepted.');
  }
  if (readText(values.recordId) !== '' || readText(values.status) === 'Accepted') {
    throw new DomainError('INTAKE.ALREADY_ACCEPTED', `This application was already accepted as ${readText(values.recordId) || 'a record'}.`);
  }
  const name = plain(values.name);
  if (name === '') throw new DomainError('INTAKE.NO_NAME', 'Add a name on the application row before accepting it.');

  const warnings: string[] = [];
  const take = <T>(what: string, reading: { ok: true; value: T } | { ok: false; reason: string }): T | null => {
    if (reading.ok) return reading.value;
    warnings.push(`${what}: ${reading.reason}`);
    return null;
  };
  const issues = new IssueList();
  const areas: GoalArea[] = readAreasAnswer(readList(values.areas), 'Areas', issues).areas;
  warnings.push(...issues.issues.map((issue) => `${issue.field}: ${issue.message}`));

  const isConsumer = kind === 'consumer-request';
  const prefix = isConsumer ? 'C' : 'M';
  const recordId = idAllocator(prefix, isConsumer ? input.consumerIds : input.mentorIds)();
  const submittedOn = readText(values.submittedAt).slice(0, 10);
  const preferred = plain(values.preferredContact);
  const common: Record<string, Cell> = {
    id: recordId,
    name,
    email: take('Email', readEmail(values.email)),
    phone: take('Phone', readPhone(values.phone)),
    address: readText(values.address),
    city: readText(values.city),
    zip: take('ZIP', readZip(values.zip)),
    languages: readList(values.languages).join(', '),
    availability: readText(values.availability),
    travelMode: readText(values.travelMode),
    // The record has no column for it, so how they want to be reached goes with where they came from.
    notes: `From form response ${responseId}, submitted ${submittedOn}.${preferred ? ` Preferred contact: ${preferred}.` : ''}`,
  };
  const labels = areas.map(goalAreaLabel).join(', ');
  let record: Record<string, Cell>;
  const goals: Record<string, Cell>[] = [];
  if (isConsumer) {
    const ada = take('Has a disability', readYesNo(values.adaDisability));
    record = {
      ...common,
      goalAreas: labels,
      preferences: readText(values.preferences),
      livedExperienceWanted: take('Wants shared experience', readYesNo(values.sharedExperienceWanted)) ? readList(values.livedExperience).join(', ') : '',
      adaEligible: ada === null ? '' : ada ? 'Yes' : 'No',
      status: 'waiting',
      requestedOn: submittedOn || input.today,
    };
    const nextGoalId = idAllocator('G', input.goalIds);
    const words = readText(values.about);
    for (const area of areas) {
      goals.push({
        id: nextGoalId(),
        consumerId: recordId,
        area: goalAreaLabel(area),
        goal: areas.length === 1 && words !== '' ? words : '',
        objectives: '',
        status: 'not-started',
        setOn: input.today,
        targetDate: '',
        metOn: '',
        matchId: '',
      });
    }
  } else {
    record = {
      ...common,
      skills: labels,
      maxMentees: take('Max mentees', readCount(values.maxMentees)),
      status: 'active',
      livedExperience: readList(values.livedExperience).join(', '),
    };
  }
  return {
    responseId,
    kind,
    tab: isConsumer ? 'consumers' : 'mentors',
    recordId,
    record,
    goals,
    applicationUpdate: { status: 'Accepted', recordId },
    warnings,
  };
}

/** The fields a coordinator needs to reach and match the person, by record field, as the Applications card names them. */
const NEEDED_FIELDS: Record<'mentors' | 'consumers', readonly { key: string; label: string; warning: string }[]> = {
  consumers: [
    { key: 'email', label: 'Email', warning: 'Email' }, { key: 'phone', label: 'Phone', warning: 'Phone' }, { key: 'zip', label: 'ZIP', warning: 'ZIP' },
    { key: 'goalAreas', label: 'Goal areas', warning: 'Areas' }, { key: 'languages', label: 'Languages', warning: '' },
    { key: 'availability', label: 'Free times', warning: '' }, { key: 'travelMode', label: 'Travel', warning: '' },
    { key: 'adaEligible', label: 'Has a disability', warning: 'Has a disability' },
  ],
  mentors: [
    { key: 'email', label: 'Email', warning: 'Email' }, { key: 'phone', label: 'Phone', warning: 'Phone' }, { key: 'zip', label: 'ZIP', warning: 'ZIP' },
    { key: 'skills', label: 'Skills', warning: 'Areas' }, { key: 'languages', label: 'Languages', warning: '' },
    { key: 'availability', label: 'Free times', warning: '' }, { key: 'travelMode', label: 'Travel', warning: '' },
    { key: 'maxMentees', label: 'Max mentees', warning: 'Max mentees' },
  ],
};

export interface BlankField {
  /** The field as the coordinator knows it ("ZIP"). */
  field: string;
  /** Why: the reason its answer could not be read (which may quote it), or "not answered". */
  why: string;
}

/**
 * The fields a coordinator needs (contacts, ZIP, areas, languages, times, travel, eligibility or places) that the new
 * record will have blank: exactly what accepting writes, since it is read from the record accepting builds.
 */
export function fieldsLeftBlank(accepted: AcceptedApplication): BlankField[] {
  return NEEDED_FIELDS[accepted.tab]
    .filter(({ key }) => isBlankCell(accepted.record[key]))
    .map(({ label, warning }) => {
      const reason = warning ? accepted.warnings.find((w) => w.startsWith(`${warning}: `)) : undefined;
      return { field: label, why: reason ? `could not be read: ${reason.slice(warning.length + 2)}` : 'not answered' };
    });
}

const isBlankCell = (cell: Cell) => cell === null || cell === undefined || readText(cell) === '';

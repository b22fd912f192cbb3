// This file reads a whole workbook (tabs as 2-D arrays of cells) into records, using the header mapping.
// Values it cannot read are reported with tab, row and column; the row is kept without that value, or skipped
// when the record cannot exist without it. Nothing here throws on bad data.
import { readAvailability } from './availability';
import { Issue } from './errors';
import { readGoalArea, goalAreaLabel } from './goal-areas';
import { findTabs, mapHeaders, SavedMapping, SavedTab, TabMapping } from './header-mapping';
import { idAllocator } from './ids';
import {
  Attendance, Consumer, Goal, Match, Mentor, Review, RowRef, Setting, TrainingSession, AvailabilitySlot,
} from './model';
import { attendanceFromRow } from './mappers/attendance.mapper';
import { consumerFromRow } from './mappers/consumer.mapper';
import { goalFromRow } from './mappers/goal.mapper';
import { matchFromRow } from './mappers/match.mapper';
import { mentorFromRow } from './mappers/mentor.mapper';
import { reviewFromRow } from './mappers/review.mapper';
import { list, ParsedRow, personName, str, Values } from './mappers/row-values';
import { settingFromRow } from './mappers/setting.mapper';
import { trainingFromRow } from './mappers/training.mapper';
import { FieldSpec, TabKey, TabSpec, WORKBOOK_SCHEMA } from './schema';
import { Cell, GoalPhrase, isBlank, readChoice, readCount, readDate, readEmail, readGoalAreas, readGoalPhrases, readList, readNumber, readPhoneAndExtension, readText, readYesNo, readZip } from './values';

/** What the domain needs from a workbook: its tab names and each tab's cells (header row first). */
export interface WorkbookSource {
  tabNames(): string[];
  read(tab: string): Cell[][];
}

export interface TabReport {
  key: TabKey;
  tab: string | null;
  required: boolean;
  mapping: TabMapping | null;
  rows: number;
  /** False when the header row had to be guessed (Setup asks which row holds the headers). */
  headerRowSure: boolean;
  /** The coordinator's values for fields the tab has no column for ("everyone is eligible"). */
  defaults?: Record<string, string>;
}

export interface WorkbookModel {
  mentors: Mentor[];
  consumers: Consumer[];
  goals: Goal[];
  matches: Match[];
  reviews: Review[];
  trainings: TrainingSession[];
  attendance: Attendance[];
  settings: Setting[];
  tabs: TabReport[];
  /** The goals typed on the consumers' tab, phrase by phrase, for copying into the Goals tab. */
  typedGoals: TypedGoals[];
  issues: Issue[];
  /** True when the required tabs and fields are present. */
  usable: boolean;
}

/** A phrase of a goals cell, the areas read from it, and the column it was typed in. */
export interface TypedGoalPhrase extends GoalPhrase {
  column: string;
}

export interface TypedGoals {
  consumerId: string;
  source: RowRef;
  phrases: TypedGoalPhrase[];
}


function readField(field: FieldSpec, cell: Cell, report: (reason: string) => void, note: (key: string, value: unknown) => void): unknown {
  const take = <T>(reading: { ok: true; value: T } | { ok: false; reason: string }, fallback: T): T => {
    if (reading.ok) return reading.value;
    report(reading.reason);
    return fallback;
  };
  switch (field.kind) {
    case 'id':
    case 'text':
      return readText(cell);
    case 'email':
      return take(readEmail(cell), null);
    case 'phone': {
      // An extension is kept beside the number (shown with it), never dropped and never a reason to lose the number.
      const reading = take(readPhoneAndExtension(cell), null);
      if (reading?.extension) note(`${field.key}Extension`, reading.extension);
      return reading?.phone ?? null;
    }
    case 'zip':
      return take(readZip(cell), null);
    case 'date':
      return take(readDate(cell), null);
    case 'yes-no':
      return take(readYesNo(cell), null);
    case 'count':
      return take(readCount(cell, { upTo: field.upTo }), null);
    case 'number':
      return take(readNumber(cell), null);
    case 'list':
      return readList(cell);
    case 'availability':
      return isBlank(cell) ? [] : take(readAvailability(readText(cell)), [] as AvailabilitySlot[]);
    case 'choice':
      return take(readChoice(cell, field.choices ?? {}, field.header.toLowerCase()), null);
    case 'goal-areas': {
      const { areas, problems } = readGoalAreas(cell);
      for (const problem of problems) report(problem);
      return areas;
    }
    case 'goal-area': {
      if (isBlank(cell)) return null;
      const reading = readGoalArea(readText(cell));
      if (reading.kind === 'area') return reading.area;
      report(
        reading.kind === 'ambiguous'
          ? `"${reading.text}" could be ${reading.candidates.map(goalAreaLabel).join(' or ')}`
          : `"${reading.text}" is not a goal area we know`,
      );
      return null;
    }
  }
}

/**
 * A read for one consumer's question: of the Consumers and Goals tabs only that consumer's rows are read in full (and,
 * on Consumers, rows with no ID yet, since the ID they are given may be this one). Every other row is read for its
 * ID alone, so IDs are given and repeats found exactly as in a whole read; those rows and what was wrong with them
 * are left out of the answer.
 */
export interface ReadFocus {
  consumerId: string;
}

/** On each focused tab, the field that says whose row it is. */
const FOCUS_FIELDS: Partial<Record<TabKey, string>> = { consumers: 'id', goals: 'consumerId' };

/** The tabs a focused read reads differently; the others are read as in a whole read. */
export const FOCUSED_TABS = Object.keys(FOCUS_FIELDS) as TabKey[];

/** A row read for its ID alone (see ReadFocus). */
interface OutOfFocus {
  outOfFocus?: true;
}

/**
 * Reads every non-blank row below the header row into field values. A field with several numbered columns
 * ("Goal 1", "Goal 2") is read from all of them; `defaults` fill fields the tab has no column for, or blank cells.
 * With `focus`, a row whose `field` is not `key` (compared without case) is read for its ID alone.
 */
export function readRows(
  grid: readonly Cell[][],
  mapping: TabMapping,
  issues: Issue[],
  defaults: Record<string, string> = {},
  focus?: { field: string; key: string },
): (ParsedRow & OutOfFocus)[] {
  const rows: (ParsedRow & OutOfFocus)[] = [];
  const fields = mapping.spec.fields.filter((field) => mapping.columns[field.key] !== undefined);
  const columnsOf = (field: FieldSpec) => [mapping.columns[field.key]!, ...(mapping.more[field.key] ?? [])];
  const defaulted = mapping.spec.fields.filter((field) => defaults[field.key] !== undefined);
  const focusColumn = focus && mapping.columns[focus.field];
  const idColumn = mapping.columns.id;
  for (let r = mapping.headerRow + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (fields.every((field) => columnsOf(field).every((column) => isBlank(cells[column])))) continue;
    const ref = { tab: mapping.tab, row: r + 1 };
    if (focus && focusColumn !== undefined) {
      const whose = readText(cells[focusColumn]);
      // A Consumers row with no ID yet is read in full: the ID it is given may be the one asked about.
      if (whose.toLowerCase() !== focus.key && !(whose === '' && focus.field === 'id')) {
        rows.push({ ref, values: { id: idColumn === undefined ? '' : readText(cells[idColumn]) }, unreadable: new Set(), outOfFocus: true });
        continue;
      }
    }
    const values: Values = {};
    const unreadable = new Set<string>();
    const note = (key: string, value: unknown) => (values[key] = value);
    for (const field of fields) {
      const readings = columnsOf(field).map((column) =>
        readField(field, cells[column], (reason) => {
          unreadable.add(field.key);
          issues.push({ code: 'VALUE.UNREADABLE', message: reason, location: { ...ref, column: headerOf(mapping, column) } });
        }, note),
      );
      values[field.key] = readings.length === 1 ? readings[0] : [...new Set(readings.flatMap((value) => (Array.isArray(value) ? value : [])))];
      if (field.kind === 'goal-areas') {
        values[`${field.key}Phrases`] = columnsOf(field).flatMap((column) => readGoalPhrases(cells[column]).map((phrase) => ({ ...phrase, column: headerOf(mapping, column) })));
      }
    }
    for (const field of defaulted) {
      const value = values[field.key];
      // A value the coordinator typed wins, and an unreadable one stays reported rather than papered over.
      if ((value !== undefined && value !== null && value !== '') || unreadable.has(field.key)) continue;
      values[field.key] = readField(field, defaults[field.key], () => undefined, note);
    }
    rows.push({ ref, values, unreadable });
  }
  return rows;
}

function headerOf(mapping: TabMapping, column: number): string {
  return mapping.headers[column] || columnLetter(column);
}

/** How many rows from the top may hold titles or instructions above the headers. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header row: row 1, unless the rows above the first row with two or more cells hold at most one cell
 * each (blank rows, a merged title, one line of instructions). When that first full row does not look like this tab's
 * headers either, the answer is unsure and Setup asks. A saved choice always wins.
 */
export function findHeaderRow(spec: TabSpec, grid: readonly Cell[][], saved?: SavedTab): { row: number; sure: boolean } {
  if (saved?.headerRow !== undefined && saved.headerRow >= 1) return { row: saved.headerRow - 1, sure: true };
  const filled = (r: number) => (grid[r] ?? []).filter((cell) => !isBlank(cell)).length;
  const mapsSomething = (r: number) => mapHeaders(spec, '', grid[r] ?? [], saved?.fields).matches.length > 0;
  const last = Math.min(grid.length, HEADER_SEARCH_ROWS);
  if (last === 0 || filled(0) >= 2) return { row: 0, sure: true };
  for (let r = 1; r < last; r++) {
    if (filled(r) < 2) continue;
    return { row: r, sure: mapsSomething(r) };
  }
  // No row has two cells: a one-column tab, whose first row is its header when it reads as one.
  return { row: 0, sure: mapsSomething(0) };
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}


/**
 * Gives each row its record ID. Rows without one get the next free ID (setup writes it to the sheet); a repeated
 * ID is reported and the later row skipped, since writes go by ID and must hit exactly one row.
 */
function withIds(rows: ParsedRow[], spec: TabSpec, mapping: TabMapping, issues: Issue[], idField = 'id'): { row: ParsedRow; id: string }[] {
  const existing = rows.map((row) => str(row.values[idField])).filter(Boolean);
  const next = idAllocator(spec.idPrefix ?? 'R', existing);
  const seen = new Set<string>();
  const result: { row: ParsedRow; id: string }[] = [];
  for (const row of rows) {
    let id = str(row.values[idField]);
    if (!id) {
      id = next();
      if (mapping.columns[idField] !== undefined || spec.required) {
        issues.push({ code: 'RECORD.NO_ID', message: `This row has no ID; setup will give it ${id}`, location: { ...row.ref, column: spec.fields.find((f) => f.key === idField)?.header } });
      }
    }
    if (seen.has(id)) {
      issues.push({ code: 'RECORD.DUPLICATE_ID', message: `ID ${id} is used on an earlier row; this row is skipped until the ID is fixed`, location: { ...row.ref, column: headerOf(mapping, mapping.columns[idField] ?? 0) } });
      continue;
    }
    seen.add(id);
    result.push({ row, id });
  }
  return result;
}

function needs(row: ParsedRow, field: string, label: string, issues: Issue[]): boolean {
  const value = row.values[field];
  if (value !== null && value !== undefined && value !== '') return true;
  if (!row.unreadable.has(field)) {
    issues.push({ code: 'RECORD.MISSING_VALUE', message: `${label} is blank; this row is skipped`, location: { ...row.ref, column: label } });
  }
  return false;
}

/**
 * Reads the workbook. `saved` is the coordinator's confirmed mapping, which always wins over guessing. With `focus`,
 * the Consumers and Goals tabs hold only that consumer's records, and their problems only on that consumer's rows.
 */
export function readWorkbook(source: WorkbookSource, saved?: SavedMapping, focus?: ReadFocus): WorkbookModel {
  const issues: Issue[] = [];
  const tabs: TabReport[] = [];
  const parsed = new Map<TabKey, { rows: (ParsedRow & OutOfFocus)[]; mapping: TabMapping }>();
  const focusKey = focus?.consumerId.trim().toLowerCase();
  const focusOn = (key: TabKey) => (focusKey === undefined || FOCUS_FIELDS[key] === undefined ? undefined : { field: FOCUS_FIELDS[key]!, key: focusKey });
  const assignments = findTabs(source.tabNames(), saved);

  for (const spec of WORKBOOK_SCHEMA) {
    const tab = assignments.find((a) => a.key === spec.key)?.tab ?? null;
    if (!tab) {
      tabs.push({ key: spec.key, tab: null, required: spec.required, mapping: null, rows: 0, headerRowSure: true });
      if (spec.required) issues.push({ code: 'WORKBOOK.MISSING_TAB', message: `No ${spec.name} tab was found`, location: { tab: spec.name } });
      continue;
    }
    if (spec.fields.length === 0) {
      tabs.push({ key: spec.key, tab, required: spec.required, mapping: null, rows: 0, headerRowSure: true });
      continue;
    }
    const grid = source.read(tab);
    const savedTab = saved?.tabs[spec.key];
    const headerRow = findHeaderRow(spec, grid, savedTab);
    const mapping: TabMapping = { ...mapHeaders(spec, tab, grid[headerRow.row] ?? [], savedTab?.fields), headerRow: headerRow.row };
    const headerLine = headerRow.row + 1;
    if (!headerRow.sure) {
      issues.push({ code: 'WORKBOOK.HEADER_ROW_UNSURE', message: `Which row of ${tab} holds the column headers is not clear; choose it in Setup`, location: { tab, row: headerLine } });
    }
    for (const field of mapping.missing) {
      issues.push({ code: 'WORKBOOK.MISSING_FIELD', message: `No column for ${field} was found on ${tab}`, location: { tab, row: headerLine } });
    }
    for (const { field, header } of mapping.stale) {
      issues.push({ code: 'WORKBOOK.STALE_MAPPING', message: `Column '${header}' on ${tab} was not found — run Setup`, location: { tab, row: headerLine, column: header } });
    }
    if (mapping.nameChoice) {
      const { full, first, last } = mapping.nameChoice;
      issues.push({
        code: 'WORKBOOK.NAME_CHOICE',
        message: `${tab} has both '${full.header}' and '${first.header}' + '${last.header}'; choose which holds the name in Setup (until then '${first.header}' + '${last.header}' are used)`,
        location: { tab, row: headerLine },
      });
    }
    for (const ambiguity of mapping.ambiguous) {
      const label = spec.fields.find((f) => f.key === ambiguity.field)?.header ?? ambiguity.field;
      issues.push({
        code: 'WORKBOOK.AMBIGUOUS_HEADER',
        message: `More than one column could be ${label}: ${ambiguity.headers.map((h) => `'${h.header}' (${columnLetter(h.column)})`).join(', ')}; choose one in Setup`,
        location: { tab, row: headerLine },
      });
    }
    const rows = mapping.missing.length === 0 ? readRows(grid, mapping, issues, savedTab?.defaults, focusOn(spec.key)) : [];
    tabs.push({ key: spec.key, tab, required: spec.required, mapping, rows: rows.length, headerRowSure: headerRow.sure, defaults: savedTab?.defaults });
    if (mapping.missing.length === 0) parsed.set(spec.key, { rows, mapping });
  }

  const model: WorkbookModel = {
    mentors: [], consumers: [], goals: [], matches: [], reviews: [], trainings: [], attendance: [], settings: [], tabs, typedGoals: [], issues,
    usable: tabs.every((t) => !t.required || (t.tab !== null && t.mapping !== null && t.mapping.missing.length === 0 && t.mapping.stale.length === 0)),
  };
  const spec = (key: TabKey) => WORKBOOK_SCHEMA.find((s) => s.key === key)!;
  const rowsOf = (key: TabKey) => parsed.get(key);

  // Rows outside the focus, by tab: left out of the records, and their problems out of the answer.
  const outside = new Map<string, Set<number>>();
  const keepFocused = <T extends { row: ParsedRow & OutOfFocus; id: string }>(key: TabKey, rows: T[]): T[] => {
    const focused = focusOn(key);
    const entry = parsed.get(key);
    if (!focused || !entry) return rows;
    const left = new Set(entry.rows.filter((row) => row.outOfFocus).map((row) => row.ref.row));
    outside.set(entry.mapping.tab, left);
    // A Consumers row given its ID in this read is this consumer's only when that ID is the one asked about.
    const mine = ({ row, id }: T) => !row.outOfFocus && (focused.field !== 'id' || id.toLowerCase() === focused.key);
    return rows.filter((entry) => mine(entry) || (left.add(entry.row.ref.row), false));
  };

  const mentors = rowsOf('mentors');
  if (mentors) model.mentors = withIds(mentors.rows, spec('mentors'), mentors.mapping, issues).filter(({ row }) => needsName(row, issues)).map(mentorFromRow);
  const consumers = rowsOf('consumers');
  if (consumers) {
    const kept = keepFocused('consumers', withIds(consumers.rows, spec('consumers'), consumers.mapping, issues)).filter(({ row }) => needsName(row, issues));
    model.consumers = kept.map(consumerFromRow);
    model.typedGoals = kept
      .map(({ row, id }) => ({ consumerId: id, source: row.ref, phrases: list<TypedGoalPhrase>(row.values.goalAreasPhrases) }))
      .filter((typed) => typed.phrases.length > 0);
  }

  const goals = rowsOf('goals');
  if (goals) {
    model.goals = keepFocused('goals', withIds(goals.rows, spec('goals'), goals.mapping, issues))
      .filter(({ row }) => needs(row, 'consumerId', 'Consumer ID', issues) && needs(row, 'area', 'Area', issues))
      .map(goalFromRow);
  }
  const matches = rowsOf('matches');
  if (matches) {
    model.matches = withIds(matches.rows, spec('matches'), matches.mapping, issues)
      .filter(({ row }) => needs(row, 'consumerId', 'Consumer ID', issues) && needs(row, 'mentorId', 'Mentor ID', issues) && needs(row, 'status', 'Status', issues))
      .map(matchFromRow);
  }
  const reviews = rowsOf('reviews');
  if (reviews) {
    model.reviews = withIds(reviews.rows, spec('reviews'), reviews.mapping, issues)
      .filter(({ row }) => needs(row, 'matchId', 'Match ID', issues) && needs(row, 'date', 'Date', issues))
      .map(reviewFromRow);
  }
  const trainings = rowsOf('trainings');
  if (trainings) {
    model.trainings = withIds(trainings.rows, spec('trainings'), trainings.mapping, issues)
      .filter(({ row }) => needs(row, 'type', 'Type', issues) && needs(row, 'date', 'Date', issues))
      .map(trainingFromRow);
  }
  const attendance = rowsOf('attendance');
  if (attendance) {
    model.attendance = attendance.rows
      .filter((row) => needs(row, 'sessionId', 'Session ID', issues) && needs(row, 'mentorId', 'Mentor ID', issues))
      .map(attendanceFromRow);
  }
  const settings = rowsOf('settings');
  if (settings) {
    model.settings = settings.rows.filter((row) => str(row.values.key) !== '').map(settingFromRow);
  }
  if (outside.size) model.issues = issues.filter(({ location }) => !outside.get(location.tab)?.has(location.row ?? 0));
  return model;
}

function needsName(row: ParsedRow, issues: Issue[]): boolean {
  if (personName(row.values)) return true;
  issues.push({ code: 'RECORD.MISSING_VALUE', message: 'Name is blank; this row is skipped', location: { ...row.ref, column: 'Name' } });
  return false;
}

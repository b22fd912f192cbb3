// This file reads each kind of answer with the shared value readers (values.ts), turning every reason a value cannot
// be read into an issue. Inputs are capped first, so a 50,000-character "phone number" costs no more than a short one.
import { readAvailability } from '../availability';
import type { ErrorCode } from '../error-codes';
import { GoalArea, goalAreaLabel, readGoalArea } from '../goal-areas';
import { AvailabilitySlot, TravelMode } from '../model';
import { TRAVEL_MODE_CHOICES } from '../schema';
import { collapseSpaces } from '../text';
import { Reading, readChoice, readCount, readDate, readEmail, readList, readPhone, readYesNo, readZip } from '../values';
import { Choice } from './form-definition';
import { cleanCharacters } from './inert-text';
import { IntakeIssue } from './intake-issue';
import { withoutLocalName } from './local-names';
import { answerPieces, answerText } from './submission';

/** Longest answer a structured reader looks at; longer ones cannot be an email, phone, ZIP or date. */
const STRUCTURED_LIMIT = 300;
/** Names are capped here; a longer "name" is kept in full in the form response. */
export const NAME_LIMIT = 200;

export interface Answer<T> {
  value: T;
  /** What was typed, when it could not be read (kept in the sheet so nothing is lost). */
  unread?: string;
}

export class IssueList {
  readonly issues: IntakeIssue[] = [];
  add(code: ErrorCode, field: string, message: string): void {
    this.issues.push({ code, field, message });
  }
}

/** The answer as clean one-line text (trimmed, inner spaces collapsed, control characters removed). */
export function plainText(value: unknown): string {
  return collapseSpaces(cleanCharacters(answerText(value)));
}

/** Free text keeps its line breaks; only the ends are trimmed. */
export function freeText(value: unknown): string {
  return cleanCharacters(answerText(value)).replace(/\r\n?/g, '\n').trim();
}

function structured<T>(
  value: unknown,
  field: string,
  code: ErrorCode,
  issues: IssueList,
  read: (text: string) => Reading<T | null>,
): Answer<T | null> {
  const text = plainText(value);
  if (text === '') return { value: null };
  if (text.length > STRUCTURED_LIMIT) {
    issues.add(code, field, `the answer is ${text.length.toLocaleString('en-US')} characters long, too long to read`);
    return { value: null, unread: text };
  }
  const reading = read(text);
  if (reading.ok) return { value: reading.value };
  issues.add(code, field, reading.reason);
  return { value: null, unread: text };
}

export function readNameAnswer(value: unknown, field: string, issues: IssueList, required: boolean): Answer<string> {
  const name = plainText(value);
  if (name === '' && required) issues.add('INTAKE.MISSING_NAME', field, 'missing');
  if (name.length > NAME_LIMIT) issues.add('INTAKE.LONG_NAME', field, `${name.length.toLocaleString('en-US')} characters long; check the form response`);
  return { value: name };
}

export const readEmailAnswer = (value: unknown, issues: IssueList) => structured(value, 'Email', 'INTAKE.BAD_EMAIL', issues, readEmail);
export const readPhoneAnswer = (value: unknown, issues: IssueList) => structured(value, 'Phone', 'INTAKE.BAD_PHONE', issues, readPhone);
export const readDateAnswer = (value: unknown, field: string, issues: IssueList) => structured(value, field, 'INTAKE.BAD_DATE', issues, readDate);
export const readCountAnswer = (value: unknown, field: string, issues: IssueList) => structured(value, field, 'INTAKE.BAD_COUNT', issues, readCount);

export function readZipAnswer(value: unknown, issues: IssueList, required: boolean): Answer<string | null> {
  const answer = structured(value, 'ZIP', 'INTAKE.BAD_ZIP', issues, readZip);
  if (answer.value === null && answer.unread === undefined && required) issues.add('INTAKE.MISSING_ZIP', 'ZIP', 'missing');
  return answer;
}

export function readYesNoAnswer(value: unknown, field: string, issues: IssueList, choices?: readonly Choice[]): Answer<boolean | null> {
  return structured(value, field, 'INTAKE.BAD_YES_NO', issues, (text) => readYesNo(choiceValue(text, choices)));
}

/** A choice's stored value when the answer is one of its labels (today's or a former one), else the answer itself. */
export function choiceValue(text: string, choices?: readonly Choice[]): string {
  // A choice shown with the program's local name after it ("… (like Metro Mobility)") is the same choice.
  const wanted = [text.toLowerCase(), withoutLocalName(text).toLowerCase()];
  const choice = choices?.find((candidate) => [candidate.label, ...(candidate.formerLabels ?? [])].some((label) => wanted.includes(label.toLowerCase())));
  return choice?.value ?? text;
}

export function readTravelAnswer(value: unknown, issues: IssueList, choices: readonly Choice[]): Answer<TravelMode | null> {
  return structured(value, 'Travel', 'INTAKE.BAD_TRAVEL_MODE', issues, (text) => readChoice(choiceValue(text, choices), TRAVEL_MODE_CHOICES, 'way of travelling'));
}

export function readAvailabilityAnswer(value: unknown, issues: IssueList): Answer<AvailabilitySlot[]> {
  const text = plainText(value);
  if (text === '') return { value: [] };
  if (text.length > STRUCTURED_LIMIT) {
    issues.add('INTAKE.BAD_AVAILABILITY', 'Availability', 'too long to read; check the form response');
    return { value: [], unread: text };
  }
  const reading = readAvailability(text);
  if (reading.ok) return { value: reading.value };
  issues.add('INTAKE.BAD_AVAILABILITY', 'Availability', reading.reason);
  return { value: [], unread: text };
}

/** Lists typed in one answer ("English, ASL"), each item cleaned. */
export function readListAnswer(value: unknown): string[] {
  const items: string[] = [];
  for (const piece of answerPieces(value)) for (const item of readList(cleanCharacters(piece))) if (!items.includes(item)) items.push(item);
  return items;
}

/**
 * Goal areas from ticked choices and the "Other" box. Every piece that is not an area is reported and kept as typed
 * (the coordinator may know what was meant).
 */
export function readAreasAnswer(value: unknown, field: string, issues: IssueList): { areas: GoalArea[]; unread: string[] } {
  const areas: GoalArea[] = [];
  const unread: string[] = [];
  for (const piece of readListAnswer(value)) {
    const reading = readGoalArea(piece.slice(0, STRUCTURED_LIMIT));
    if (reading.kind === 'area') {
      if (!areas.includes(reading.area)) areas.push(reading.area);
      continue;
    }
    unread.push(piece);
    if (reading.kind === 'ambiguous') {
      issues.add('INTAKE.AMBIGUOUS_AREA', field, `"${piece.slice(0, 80)}" could be ${reading.candidates.map(goalAreaLabel).join(' or ')}`);
    } else {
      issues.add('INTAKE.UNKNOWN_AREA', field, `"${piece.slice(0, 80)}" is not a goal area we know`);
    }
  }
  return { areas, unread };
}

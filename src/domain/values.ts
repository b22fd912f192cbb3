// This file reads the values people type into sheets: yes/no, dates, ZIPs, phones, emails, lists, numbers, goal areas.
// Every reader returns either a value or a reason it cannot read it; readers never throw and never guess.
import { GoalArea, readGoalArea, goalAreaLabel } from './goal-areas';
import { collapseSpaces, normalizeKey } from './text';

/** A cell as adapters hand it over. Date cells arrive as Date objects whose UTC fields hold the sheet's local date. */
export type Cell = string | number | boolean | Date | null | undefined;

export type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
const fail = <T>(reason: string): Reading<T> => ({ ok: false, reason });

/** True when a cell holds nothing a person typed (empty, only spaces). */
export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && collapseSpaces(cell) === '');
}

/** A cell as text, trimmed with inner spaces collapsed; dates become ISO dates. */
export function readText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return collapseSpaces(String(cell));
}

const YES = new Set(['yes', 'y', 'true', 't', 'x', '1', 'yep', 'yeah', 'ok', 'checked', 'done', 'attended', 'present', 'si', 'sí']);
const NO = new Set(['no', 'n', 'false', 'f', '0', 'nope', 'unchecked', 'absent', 'not attended', 'none']);

/** Yes/no in its common spellings: "Yes/Y/TRUE/x/1" and "No/N/FALSE/0"; blank is "not answered". */
export function readYesNo(cell: Cell): Reading<boolean | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') return cell === 1 ? ok(true) : cell === 0 ? ok(false) : fail(`"${cell}" is not yes or no`);
  const key = normalizeKey(readText(cell));
  if (YES.has(key) || key.startsWith('yes ')) return ok(true);
  if (NO.has(key) || key.startsWith('no ')) return ok(false);
  return fail(`"${readText(cell)}" is not yes or no`);
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

function isoDate(year: number, month: number, day: number): Reading<string> {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return fail('');
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return fail('');
  return ok(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/** Spreadsheet serial day 25569 is 1970-01-01 (both Excel and Google Sheets count from 1899-12-30). */
const SERIAL_EPOCH_OFFSET = 25569;

/**
 * Dates as date cells or common text: 2026-03-03, 3/3/2026 (US month first), 3-3-26, "March 3, 2026", "3 Mar 2026",
 * and spreadsheet serial numbers. Returns an ISO date (YYYY-MM-DD); a time of day is dropped.
 */
export function readDate(cell: Cell): Reading<string | null> {
  if (isBlank(cell)) return ok(null);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('is not a valid date');
    const reading = isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    return reading.ok ? reading : fail(`${cell.getUTCFullYear()} is not a year we can use`);
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 150000) return fail(`"${cell}" is not a date`);
    const date = new Date(Math.round((Math.floor(cell) - SERIAL_EPOCH_OFFSET) * 86400000));
    const reading = isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    return reading.ok ? reading : fail(`"${cell}" is not a date`);
  }
  if (typeof cell === 'boolean') return fail(`"${cell}" is not a date`);
  const text = readText(cell);
  const bad = fail<string | null>(`"${text}" is not a date (use a date like 2026-03-03 or 3/3/2026)`);
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/.exec(text);
  if (match) {
    const reading = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return reading.ok ? reading : bad;
  }
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?)?$/i.exec(text);
  if (match) {
    const reading = isoDate(fullYear(match[3]!), Number(match[1]), Number(match[2]));
    return reading.ok ? reading : bad;
  }
  const words = normalizeKey(text).split(' ');
  // "March 3 2026" / "Mar 3rd 2026" / "Tuesday, March 3, 2026"
  const monthFirst = words.filter((word) => !/^(mon|tue|wed|thu|fri|sat|sun)/.test(word) || MONTHS[word] !== undefined);
  if (monthFirst.length === 3) {
    const [a, b, c] = monthFirst as [string, string, string];
    const day = (word: string) => Number(word.replace(/(st|nd|rd|th)$/, ''));
    if (MONTHS[a] && /^\d{1,2}(st|nd|rd|th)?$/.test(b) && /^\d{4}$/.test(c)) {
      const reading = isoDate(Number(c), MONTHS[a]!, day(b));
      return reading.ok ? reading : bad;
    }
    if (/^\d{1,2}(st|nd|rd|th)?$/.test(a) && MONTHS[b] && /^\d{4}$/.test(c)) {
      const reading = isoDate(Number(c), MONTHS[b]!, day(a));
      return reading.ok ? reading : bad;
    }
  }
  return bad;
}

/** US ZIP codes: 5 digits or ZIP+4 (keeps the 5); a number cell that lost its leading zero is padded back. */
export function readZip(cell: Cell): Reading<string | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 501 && cell <= 99999) return ok(String(cell).padStart(5, '0'));
    if (Number.isInteger(cell) && cell > 99999 && cell <= 999999999) return ok(String(cell).padStart(9, '0').slice(0, 5));
    return fail(`"${cell}" is not a ZIP code`);
  }
  const text = readText(cell);
  const match = /^(\d{5})(?:[-\s]?\d{4})?$/.exec(text);
  if (match) return ok(match[1]!);
  return fail(`"${text}" is not a ZIP code (use 5 digits, like 55104)`);
}

/** US phone numbers in E.164 (+16515551234); an extension or a non-US number is reported. */
export function readPhone(cell: Cell): Reading<string | null> {
  if (isBlank(cell)) return ok(null);
  const text = readText(cell);
  if (/[a-wyz]/i.test(text.replace(/\b(ext|x)\.?\s*\d+$/i, ''))) return fail(`"${text}" is not a phone number`);
  if (/(ext|x)\.?\s*\d+$/i.test(text)) return fail(`"${text}" has an extension; put it in Notes`);
  let digits = text.replace(/\D/g, '');
  if (text.trim().startsWith('+') && !digits.startsWith('1')) return fail(`"${text}" is not a US phone number`);
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length !== 10 || /^[01]/.test(digits)) return fail(`"${text}" is not a 10-digit US phone number`);
  return ok(`+1${digits}`);
}

/** Email addresses, trimmed and lower-cased; "Name <a@b.org>" and "mailto:" forms are unwrapped. */
export function readEmail(cell: Cell): Reading<string | null> {
  if (isBlank(cell)) return ok(null);
  const text = readText(cell);
  const unwrapped = (/<([^<>]+)>\s*$/.exec(text)?.[1] ?? text).replace(/^mailto:/i, '').trim().toLowerCase();
  if (/^[^\s@,;<>()]+@[^\s@,;<>()]+\.[a-z]{2,}$/.test(unwrapped) && !unwrapped.includes('..')) return ok(unwrapped);
  return fail(`"${text}" is not an email address`);
}

/** A list typed in one cell: "a, b; c", one per line, or "a and b" is left alone (it may be one item). */
export function readList(cell: Cell): string[] {
  if (isBlank(cell)) return [];
  const items = String(cell instanceof Date ? readText(cell) : cell)
    .split(/[,;\n\r|•]+/)
    .map((item) => collapseSpaces(item))
    .filter((item) => item !== '');
  return [...new Set(items)];
}

/** A whole number, like "Max mentees"; "2 people" or "3.0" are read, "two" is reported. */
export function readCount(cell: Cell): Reading<number | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? ok(cell) : fail(`"${cell}" is not a whole number`);
  const text = readText(cell);
  const match = /^(\d+)(?:\.0+)?(?:\s+[a-z ]+)?$/i.exec(text);
  if (match) return ok(Number(match[1]));
  return fail(`"${text}" is not a whole number`);
}

/** A number such as a score or a setting; accepts "12.5", "1,200", "80%". */
export function readNumber(cell: Cell): Reading<number | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail(`"${cell}" is not a number`);
  const text = readText(cell).replace(/,(?=\d{3}\b)/g, '');
  const match = /^(-?\d+(?:\.\d+)?)\s*(%)?$/.exec(text);
  if (match) return ok(match[2] ? Number(match[1]) / 100 : Number(match[1]));
  return fail(`"${readText(cell)}" is not a number`);
}

/** Goal areas from free wording; each unknown or ambiguous piece is reported, the rest are kept. */
export function readGoalAreas(cell: Cell): { areas: GoalArea[]; problems: string[] } {
  const areas: GoalArea[] = [];
  const problems: string[] = [];
  for (const item of readList(cell)) {
    const reading = readGoalArea(item);
    if (reading.kind === 'area') {
      if (!areas.includes(reading.area)) areas.push(reading.area);
    } else if (reading.kind === 'ambiguous') {
      problems.push(`"${item}" could be ${reading.candidates.map(goalAreaLabel).join(' or ')}`);
    } else {
      problems.push(`"${item}" is not a goal area we know`);
    }
  }
  return { areas, problems };
}

/** One of a fixed set of values, by normalized spelling or synonym ("On hold", "on-hold", "paused"). */
export function readChoice<T extends string>(cell: Cell, synonyms: Record<T, readonly string[]>, what: string): Reading<T | null> {
  if (isBlank(cell)) return ok(null);
  const key = normalizeKey(readText(cell));
  for (const [value, words] of Object.entries(synonyms) as [T, readonly string[]][]) {
    if (normalizeKey(value) === key || words.some((word) => normalizeKey(word) === key)) return ok(value);
  }
  const choices = Object.keys(synonyms).join(', ');
  return fail(`"${readText(cell)}" is not a ${what} (expected one of: ${choices})`);
}

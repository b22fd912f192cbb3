// This file reads the values people type into sheets: yes/no, dates, ZIPs, phones, emails, lists, numbers, goal areas.
// Every reader returns either a value or a reason it cannot read it; readers never throw and never guess.
import { GoalArea, readGoalArea, goalAreaLabel } from './goal-areas';
import { collapseSpaces, normalizeKey } from './text';

/** A cell as adapters hand it over. Date cells arrive as Date objects whose UTC fields hold the sheet's local date. */
export type Cell = string | number | boolean | Date | null | undefined;

export type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
const fail = <T>(reason: string): Reading<T> => ({ ok: false, reason });

/** Text collapseSpaces would make empty: nothing but whitespace (zero-width spaces too). */
const ONLY_SPACES = /^[\s\u200b]*$/;

/** True when a cell holds nothing a person typed (empty, only spaces). */
export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && ONLY_SPACES.test(cell));
}

/** A cell as text, trimmed with inner spaces collapsed; dates become ISO dates. */
export function readText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return collapseSpaces(String(cell));
}

/** What people type in a cell to say "nothing here": read as blank, never as a value. */
const NO_VALUE = new Set(['-', '--', '---', '—', '–', '?', 'n/a', 'n.a.', 'na', 'n a', 'none', 'nil', 'not applicable']);

/** True when a cell says "no value" in words or marks ("N/A", "none", "-"), so readers treat it as blank. */
export function saysNoValue(cell: Cell): boolean {
  return typeof cell === 'string' && NO_VALUE.has(readText(cell).toLowerCase());
}

const YES = new Set([
  'yes', 'y', 'true', 't', 'x', '1', 'yep', 'yeah', 'ok', 'checked', 'done', 'attended', 'present', 'si', 'sí',
  'trained', 'completed', 'complete', 'eligible', 'verified', 'confirmed',
]);
const NO = new Set(['no', 'n', 'false', 'f', '0', 'nope', 'unchecked', 'absent', 'not attended', 'none', 'not trained', 'not eligible', 'not completed']);
const CHECK_MARK = /[\u2713\u2714\u2611\u2705]/;
const CROSS_MARK = /[\u2717\u2718\u2610\u274c]/;

/**
 * Yes/no in its common spellings: "Yes/Y/TRUE/x/1", "Trained ✓", "yes 2/1/2026" and "No/N/FALSE/0"; checkboxes
 * arrive as booleans. Blank, "N/A" and "-" are "not answered".
 */
export function readYesNo(cell: Cell): Reading<boolean | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') return cell === 1 ? ok(true) : cell === 0 ? ok(false) : fail(`"${cell}" is not yes or no`);
  const text = readText(cell);
  const key = normalizeKey(text);
  if (NO.has(key) || key.startsWith('no ') || key.startsWith('not ') || (CROSS_MARK.test(text) && !CHECK_MARK.test(text))) return ok(false);
  if (YES.has(key) || key.startsWith('yes ') || (CHECK_MARK.test(text) && !CROSS_MARK.test(text))) return ok(true);
  if (saysNoValue(cell)) return ok(null);
  return fail(`"${text}" is not yes or no`);
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
 * A date cell reaches us as a Date (SpreadsheetApp's getValues, exceljs) or, through the Sheets API with
 * UNFORMATTED_VALUE, as a serial number. Only serials from 1990-01-01 (32874) to 2100-12-31 (73415) are read as dates:
 * a smaller number in a date column is something the coordinator typed ("2026", "12"), not a date they see.
 */
const SERIAL_RANGE = [32874, 73415] as const;

/** Words written before a date in a yes/date column: "yes 2/1/2026", "completed 6/10/2026", "trained on 3/3/26". */
const DATE_PREFIX = /^(?:yes|y|done|completed?|trained|attended|finished|on|since)\b[\s:,.-]*(?:on\b\s*)?/i;
const MARKS = /[\u2713\u2714\u2611\u2705]/g;

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
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2200) return fail(`"${cell}" is a year, not a date (type the whole date, like 3/3/${cell})`);
    if (!Number.isFinite(cell) || cell < SERIAL_RANGE[0] || cell > SERIAL_RANGE[1]) return fail(`"${cell}" is a number, not a date (type a date like 3/3/2026)`);
    const date = new Date(Math.round((Math.floor(cell) - SERIAL_EPOCH_OFFSET) * 86400000));
    const reading = isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    return reading.ok ? reading : fail(`"${cell}" is not a date`);
  }
  if (typeof cell === 'boolean') return fail(`"${cell}" is a checkbox, not a date (type the date, like 3/3/2026)`);
  if (saysNoValue(cell)) return ok(null);
  const typed = readText(cell);
  const text = collapseSpaces(typed.replace(MARKS, ' ')).replace(DATE_PREFIX, '').trim();
  const bad = fail<string | null>(`"${typed}" is not a date (use a date like 2026-03-03 or 3/3/2026)`);
  if (text === '' || /^(?:yes|y|true|x|trained|completed?|done)$/i.test(text)) {
    return fail(`"${typed}" says yes but gives no date (type the date, like 3/3/2026)`);
  }
  if (/^\d{1,2}[/.-]\d{1,2}$/.test(text)) return fail(`"${typed}" has no year (type the whole date, like ${text}/2026)`);
  if (/^\d{4}$/.test(text)) return fail(`"${typed}" is a year, not a date (type the whole date, like 3/3/${text})`);
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
  if (isBlank(cell) || saysNoValue(cell)) return ok(null);
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

/**
 * US phone numbers in E.164 (+16515551234); a non-US number is reported, and so is an extension, since a caller with
 * nowhere to keep it would drop it (the workbook reader uses readPhoneAndExtension and keeps it beside the number).
 */
export function readPhone(cell: Cell): Reading<string | null> {
  const reading = readPhoneAndExtension(cell);
  if (!reading.ok) return reading;
  if (reading.value?.extension) return fail(`"${readText(cell)}" has an extension; put it in Notes`);
  return ok(reading.value?.phone ?? null);
}

const EXTENSION = /[\s,;]*(?:ext(?:ension)?|x|#)\.?\s*(\d{1,6})$/i;

/** A phone number and its extension, if any ("651-555-1234 ext. 12" → +16515551234 and "12"); nothing is dropped. */
export function readPhoneAndExtension(cell: Cell): Reading<{ phone: string; extension: string | null } | null> {
  if (isBlank(cell) || saysNoValue(cell)) return ok(null);
  const typed = readText(cell);
  const extension = EXTENSION.exec(typed)?.[1] ?? null;
  const text = typed.replace(EXTENSION, '');
  if (/[a-z]/i.test(text)) return fail(`"${typed}" is not a phone number`);
  let digits = text.replace(/\D/g, '');
  if (text.trim().startsWith('+') && !digits.startsWith('1')) return fail(`"${text}" is not a US phone number`);
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length !== 10 || /^[01]/.test(digits)) return fail(`"${typed}" is not a 10-digit US phone number`);
  return ok({ phone: `+1${digits}`, extension });
}

/** Email addresses, trimmed and lower-cased; "Name <a@b.org>" and "mailto:" forms are unwrapped. */
export function readEmail(cell: Cell): Reading<string | null> {
  if (isBlank(cell) || saysNoValue(cell)) return ok(null);
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

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/**
 * A whole number, like "Max mentees": "2", "2 people", "3.0", "two". With `upTo` (a most-allowed count such as a
 * mentor's capacity) "up to 3", "max 3", "2-3" and "2 or 3" read as the most said, 3; without it they are reported.
 */
export function readCount(cell: Cell, options: { upTo?: boolean } = {}): Reading<number | null> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? ok(cell) : fail(`"${cell}" is not a whole number`);
  if (typeof cell === 'string' && NO_VALUE.has(readText(cell).toLowerCase()) && readText(cell).toLowerCase() !== 'none') return ok(null);
  const text = readText(cell);
  const number = String.raw`(\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
  const value = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word]!);
  const single = new RegExp(String.raw`^${number}(?:\.0+)?(?:\s+[a-z ]+)?$`, 'i').exec(text);
  if (single) return ok(value(single[1]!.toLowerCase()));
  const most = new RegExp(String.raw`^(?:up to|at most|max(?:imum)?|no more than)\s*:?\s*${number}(?:\s+[a-z ]+)?$|^${number}\s*(?:-|–|to|or)\s*${number}(?:\s+[a-z ]+)?$|^${number}\s+max(?:imum)?$`, 'i').exec(text);
  if (most && options.upTo) {
    const words = most.slice(1).filter((w): w is string => w !== undefined).map((w) => value(w.toLowerCase()));
    return ok(Math.max(...words));
  }
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
  for (const phrase of readGoalPhrases(cell)) {
    if (phrase.areas.length > 0) {
      for (const area of phrase.areas) if (!areas.includes(area)) areas.push(area);
    } else if (phrase.candidates.length > 0) {
      problems.push(`"${phrase.text}" could be ${phrase.candidates.map(goalAreaLabel).join(' or ')}`);
    } else {
      problems.push(`"${phrase.text}" is not a goal area we know`);
    }
  }
  return { areas, problems };
}

/** One phrase of a goals cell and the areas read from it; an unknown or ambiguous phrase has none. */
export interface GoalPhrase {
  text: string;
  areas: GoalArea[];
  /** For an ambiguous phrase: the areas it could be. */
  candidates: GoalArea[];
}

/**
 * Reads a goals cell phrase by phrase ("get a job, learn the bus" → employment; transportation). A phrase joined by
 * "and" ("make friends and cook") is read as two when each half names an area on its own; otherwise it stays whole.
 */
export function readGoalPhrases(cell: Cell): GoalPhrase[] {
  if (saysNoValue(cell)) return [];
  return readList(cell).map((text) => {
    const parts = text.split(/\s+(?:and|&|\+)\s+|\s*\/\s*/i).filter((part) => part.trim() !== '');
    const split = parts.length > 1 ? parts.map((part) => readGoalArea(part)) : [];
    if (split.length > 0 && split.every((r) => r.kind === 'area')) {
      return { text, areas: [...new Set(split.map((r) => (r as { area: GoalArea }).area))], candidates: [] };
    }
    const reading = readGoalArea(text);
    if (reading.kind === 'area') return { text, areas: [reading.area], candidates: [] };
    return { text, areas: [], candidates: reading.kind === 'ambiguous' ? reading.candidates : [] };
  });
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

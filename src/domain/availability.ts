// This file reads when people are free ("Tue afternoons", "weekday evenings", "Mon-Wed mornings", "anytime")
// into day-and-part-of-day slots, and describes shared slots in plain words.
import { AvailabilitySlot, Day, DayPart } from './model';
import { Reading } from './values';
import { normalizeKey } from './text';

export const DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const DAY_PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening'];

const DAY_WORDS: Record<string, Day> = {
  mon: 'mon', monday: 'mon', mondays: 'mon', m: 'mon',
  tue: 'tue', tues: 'tue', tuesday: 'tue', tuesdays: 'tue', tu: 'tue',
  wed: 'wed', weds: 'wed', wednesday: 'wed', wednesdays: 'wed', w: 'wed',
  thu: 'thu', thur: 'thu', thurs: 'thu', thursday: 'thu', thursdays: 'thu', th: 'thu',
  fri: 'fri', friday: 'fri', fridays: 'fri', f: 'fri',
  sat: 'sat', saturday: 'sat', saturdays: 'sat', sa: 'sat',
  sun: 'sun', sunday: 'sun', sundays: 'sun', su: 'sun',
};
const GROUP_WORDS: Record<string, readonly Day[]> = {
  weekday: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekend: ['sat', 'sun'],
  weekends: ['sat', 'sun'],
  daily: DAYS,
  everyday: DAYS,
};
const PART_WORDS: Record<string, DayPart> = {
  morning: 'morning', mornings: 'morning', am: 'morning', morn: 'morning',
  afternoon: 'afternoon', afternoons: 'afternoon', pm: 'afternoon', midday: 'afternoon', lunch: 'afternoon',
  evening: 'evening', evenings: 'evening', night: 'evening', nights: 'evening', eve: 'evening', after: 'evening',
};
const ANY = new Set(['any', 'anytime', 'any time', 'flexible', 'all', 'always', 'whenever', 'open', 'all week']);

/** Reads one cell of availability. Text with neither a day nor a part of day is reported. */
export function readAvailability(text: string): Reading<AvailabilitySlot[]> {
  const slots = new Set<AvailabilitySlot>();
  for (const piece of text.split(/[,;\n/]/)) {
    // "Tuesday & Thursday evenings": a clause with days but no time of day takes the time named after it.
    const clauses = piece.split(/&|\+|\band\b/i).map(readClause);
    if (clauses.some((clause) => clause === 'any')) {
      for (const day of DAYS) for (const part of DAY_PARTS) slots.add(`${day}-${part}`);
      continue;
    }
    let laterParts = new Set<DayPart>();
    for (let i = clauses.length - 1; i >= 0; i--) {
      const clause = clauses[i] as Clause;
      if (clause.parts.size === 0 && clause.days.size > 0) clause.parts = laterParts;
      else if (clause.parts.size > 0) laterParts = clause.parts;
    }
    for (const clause of clauses as Clause[]) {
      if (clause.days.size === 0 && clause.parts.size === 0) continue;
      for (const day of clause.days.size ? clause.days : DAYS) for (const part of clause.parts.size ? clause.parts : DAY_PARTS) slots.add(`${day}-${part}`);
    }
  }
  if (slots.size === 0) return { ok: false, reason: `"${text}" does not name days or times of day` };
  return { ok: true, value: sortSlots([...slots]) };
}

interface Clause {
  days: Set<Day>;
  parts: Set<DayPart>;
}

function readClause(raw: string): Clause | 'any' {
  const key = normalizeKey(raw);
  if (ANY.has(key)) return 'any';
  const days = new Set<Day>();
  const parts = new Set<DayPart>();
  // Day ranges: "Mon-Fri", "Monday to Wednesday", "tue thru thu".
  const range = /\b([a-z]+)\s*(?:-|–|to|through|thru)\s*([a-z]+)\b/i.exec(raw.toLowerCase());
  if (range && DAY_WORDS[range[1]!] && DAY_WORDS[range[2]!]) {
    for (const day of dayRange(DAY_WORDS[range[1]!]!, DAY_WORDS[range[2]!]!)) days.add(day);
  }
  for (const word of key.split(' ')) {
    if (DAY_WORDS[word] && word.length > 1) days.add(DAY_WORDS[word]!);
    else if (GROUP_WORDS[word]) for (const day of GROUP_WORDS[word]!) days.add(day);
    else if (PART_WORDS[word]) parts.add(PART_WORDS[word]!);
  }
  return { days, parts };
}

function dayRange(from: Day, to: Day): Day[] {
  const start = DAYS.indexOf(from);
  const end = DAYS.indexOf(to);
  const result: Day[] = [];
  for (let i = start; ; i = (i + 1) % 7) {
    result.push(DAYS[i]!);
    if (i === end) break;
  }
  return result;
}

export function sortSlots(slots: AvailabilitySlot[]): AvailabilitySlot[] {
  const order = (slot: AvailabilitySlot) => {
    const [day, part] = slot.split('-') as [Day, DayPart];
    return DAYS.indexOf(day) * 3 + DAY_PARTS.indexOf(part);
  };
  return slots.sort((a, b) => order(a) - order(b));
}

const DAY_NAMES: Record<Day, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

/** "Tuesday afternoons, Thursday evenings" — the shared slots in plain words (at most `limit` named). */
export function describeSlots(slots: readonly AvailabilitySlot[], limit = 3): string {
  const named = sortSlots([...slots]).slice(0, limit).map((slot) => {
    const [day, part] = slot.split('-') as [Day, DayPart];
    return `${DAY_NAMES[day]} ${part}s`;
  });
  const more = slots.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

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
  const pieces = text.split(/[,;\n/&+]|\band\b/i).map((piece) => normalizeKey(piece)).filter(Boolean);
  for (const piece of pieces) {
    if (ANY.has(piece)) {
      for (const day of DAYS) for (const part of DAY_PARTS) slots.add(`${day}-${part}`);
      continue;
    }
    const days = new Set<Day>();
    const parts = new Set<DayPart>();
    const words = piece.replace(/\b(to|through|thru)\b/g, '-').split(' ');
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      // Ranges: "mon - fri" (normalizeKey turned "Mon-Fri" into "mon fri"; ranges are kept by the raw check below).
      if (DAY_WORDS[word] && words[i + 1] === '-' && DAY_WORDS[words[i + 2] ?? '']) {
        for (const day of dayRange(DAY_WORDS[word]!, DAY_WORDS[words[i + 2]!]!)) days.add(day);
        i += 2;
      } else if (DAY_WORDS[word] && word.length > 1) days.add(DAY_WORDS[word]!);
      else if (GROUP_WORDS[word]) for (const day of GROUP_WORDS[word]!) days.add(day);
      else if (PART_WORDS[word]) parts.add(PART_WORDS[word]!);
    }
    const rangeMatch = /\b([a-z]+)\s*[-–]\s*([a-z]+)\b/i.exec(text.toLowerCase());
    if (rangeMatch && DAY_WORDS[rangeMatch[1]!] && DAY_WORDS[rangeMatch[2]!] && piece.includes(rangeMatch[1]!) && piece.includes(rangeMatch[2]!)) {
      for (const day of dayRange(DAY_WORDS[rangeMatch[1]!]!, DAY_WORDS[rangeMatch[2]!]!)) days.add(day);
    }
    if (days.size === 0 && parts.size === 0) return { ok: false, reason: `"${text}" does not name days or times of day` };
    for (const day of days.size ? days : DAYS) for (const part of parts.size ? parts : DAY_PARTS) slots.add(`${day}-${part}`);
  }
  return { ok: true, value: sortSlots([...slots]) };
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

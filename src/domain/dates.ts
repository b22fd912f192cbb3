// This file does calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so results never depend on a time zone.
import { IsoDate } from './model';

const DAY_MS = 86400000;

function toMs(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

export function isValidIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(toMs(text)) && new Date(toMs(text)).toISOString().startsWith(text);
}

/** Today's date as the clock sees it in UTC; callers in Apps Script pass the spreadsheet's local date instead. */
export function isoDateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

/** "3 Mar 2027" — short, unambiguous, and read well by screen readers. */
export function formatDay(date: IsoDate): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${months[month - 1]} ${year}`;
}

/** "Tuesday, March 3, 2027" — the date spelled out, for letters and emails to people. */
export function formatLongDay(date: IsoDate): string {
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${days[new Date(toMs(date)).getUTCDay()]}, ${months[month - 1]} ${day}, ${year}`;
}

// This file reads a time of day as coordinators type it ("2:30 pm", "14:30", "2pm", "noon") and writes it back plainly.

/** Minutes after midnight, 0–1439. */
export type ClockTime = number;

/** Reads "2:30 pm", "2:30PM", "2 pm", "14:30", "noon", "midnight"; null for anything else (a bare "2" is not guessed). */
export function readClockTime(text: string): ClockTime | null {
  const value = text.trim().toLowerCase().replace(/\./g, '');
  if (value === 'noon') return 12 * 60;
  if (value === 'midnight') return 0;
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a|p)?$/.exec(value);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const half = match[3]?.[0];
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (match[2] === undefined || hour > 23) {
    return null; // a bare "2" could be morning or afternoon: not guessed
  }
  return hour * 60 + minute;
}

/** "2:30 pm", "9:00 am", "12:00 pm" — the way the letters and emails say a time. */
export function formatClockTime(time: ClockTime): string {
  const hour = Math.floor(time / 60);
  const minute = time % 60;
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'am' : 'pm'}`;
}

/** "143000" — the HHMMSS part of a calendar date-time. */
export function compactClockTime(time: ClockTime): string {
  return `${String(Math.floor(time / 60)).padStart(2, '0')}${String(time % 60).padStart(2, '0')}00`;
}

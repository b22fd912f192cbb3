// This file converts between instants and wall-clock dates in a named time zone, as Sheets and Utilities do.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The wall-clock reading of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) % 24,
    minute: Number(parts.minute), second: Number(parts.second), millisecond: instant.getUTCMilliseconds(),
  };
}

function offsetMs(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond) - instant;
}

/** The instant at which the wall clock in the zone shows the given local time. */
export function instantOf(year: number, month: number, day: number, timeZone: string, hour = 0, minute = 0, second = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = guess - offsetMs(guess, timeZone);
  instant = guess - offsetMs(instant, timeZone);
  return new Date(instant);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Utilities.formatDate's SimpleDateFormat patterns: yyyy yy MMMM MMM MM M dd d EEEE EEE HH H mm ss SSS a Z XXX 'text'. */
export function formatInZone(instant: Date, timeZone: string, pattern: string): string {
  const w = wallClock(instant, timeZone);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  const offset = Math.round(offsetMs(instant.getTime(), timeZone) / 60000);
  const sign = offset < 0 ? '-' : '+';
  const hhmm = `${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
  const tokens: Record<string, () => string> = {
    yyyy: () => pad(w.year, 4), yy: () => pad(w.year % 100), MMMM: () => MONTHS[w.month - 1]!, MMM: () => MONTHS[w.month - 1]!.slice(0, 3),
    MM: () => pad(w.month), M: () => String(w.month), dd: () => pad(w.day), d: () => String(w.day), EEEE: () => DAYS[weekday]!,
    EEE: () => DAYS[weekday]!.slice(0, 3), HH: () => pad(w.hour), H: () => String(w.hour), hh: () => pad(w.hour % 12 || 12),
    h: () => String(w.hour % 12 || 12), mm: () => pad(w.minute), ss: () => pad(w.second), SSS: () => pad(w.millisecond, 3),
    a: () => (w.hour < 12 ? 'AM' : 'PM'), Z: () => `${sign}${hhmm}`, XXX: () => (offset === 0 ? 'Z' : `${sign}${hhmm.slice(0, 2)}:${hhmm.slice(2)}`),
  };
  return pattern.replace(/'([^']*)'|yyyy|yy|MMMM|MMM|MM|M|dd|d|EEEE|EEE|HH|H|hh|h|mm|ss|SSS|a|XXX|Z/g, (token, quoted: string | undefined) =>
    quoted !== undefined ? quoted : tokens[token]!(),
  );
}

// This file is the port for time: the instant, and today's date where the workbook lives.
import type { IsoDate } from '../domain/model';

export interface ClockPort {
  now(): Date;
  /** Today's calendar date in the workbook's time zone. */
  today(): IsoDate;
  /** The workbook's time zone (an IANA name such as America/Chicago), where the host knows it; calendar links use it. */
  timeZone?(): string;
}

// This file is the clock and the signed-in user as Apps Script sees them (the spreadsheet's time zone, Session).
import type { IsoDate } from '../../domain/model';
import type { ClockPort } from '../../ports/clock.port';
import type { IdentityPort } from '../../ports/identity.port';

export class SpreadsheetClock implements ClockPort {
  constructor(readonly timeZone: () => string = () => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()) {}

  now(): Date {
    return new Date();
  }

  today(): IsoDate {
    return Utilities.formatDate(new Date(), this.timeZone(), 'yyyy-MM-dd');
  }
}

export class SessionIdentity implements IdentityPort {
  who(): string {
    // Consumer accounts outside the domain may hide the address; the audit then says "unknown".
    return Session.getActiveUser().getEmail() || 'unknown';
  }
}

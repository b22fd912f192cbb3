// This file defines domain errors: a stable code for programs and a sentence a coordinator understands.
import type { ErrorCode } from './error-codes';

export type { ErrorCode };

/** Where in the workbook a problem was found. Rows are 1-based sheet rows (the header is row 1). */
export interface CellLocation {
  tab: string;
  row?: number;
  column?: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly location?: CellLocation,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toJSON(): { code: ErrorCode; message: string; location?: CellLocation } {
    return this.location ? { code: this.code, message: this.message, location: this.location } : { code: this.code, message: this.message };
  }
}

/** A problem with one value or row that is reported and skipped, never fatal to the rest. */
export interface Issue {
  code: ErrorCode;
  message: string;
  location: CellLocation;
}

/** "Mentors row 12, column 'ZIP'" — the place a coordinator looks. */
export function describeLocation(location: CellLocation): string {
  const parts = [location.tab];
  if (location.row !== undefined) parts.push(`row ${location.row}`);
  if (location.column !== undefined) parts.push(`column '${location.column}'`);
  return parts.join(', ');
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

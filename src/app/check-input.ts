// This file checks the plain values a host passes to a use case (IDs, dates) before anything is read or written.
import { DomainError } from '../domain/errors';

/** Checks a value is a non-empty ID-like string. */
export function requireId(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,40}$/.test(value.trim())) {
    throw new DomainError('INPUT.BAD_ID', `Choose a ${what} first.`);
  }
  return value.trim();
}

export function requireDate(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new DomainError('INPUT.BAD_DATE', `Give the ${what} as a date.`);
  return value;
}

// This file is the logging port: events carry counts, codes and request IDs only, so personal data cannot reach logs.

/** Only numbers, booleans and short codes: there is deliberately no way to pass an object or a free-form record. */
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  info(event: string, fields: LogFields): void;
  warn(event: string, fields: LogFields): void;
  error(event: string, fields: LogFields): void;
}

/** Counts the outbound calls made for one request, by provider; logged and used by tests and the bench. */
export interface CallStats {
  google: number;
  census: number;
  routes: number;
}

export function newCallStats(): CallStats {
  return { google: 0, census: 0, routes: 0 };
}

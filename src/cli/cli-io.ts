// This file holds what every command shares: output streams, argument errors, and opening a workbook.
import { parseArgs, ParseArgsConfig } from 'node:util';
import { XlsxError, XlsxWorkbook } from '../adapters/local/xlsx-workbook';
import { isValidIsoDate } from '../domain/dates';
import { describeLocation, isDomainError, Issue } from '../domain/errors';
import { readWorkbook, WorkbookModel } from '../domain/workbook-reader';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Today's date (YYYY-MM-DD) unless a command is given --as-of. */
  today(): string;
}

/** Exit codes: 0 done, 1 the workbook or request cannot be answered, 2 bad arguments or an unreadable file. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}

export interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments; anything unknown or missing becomes one clear sentence (exit 2). */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string, positionals = 1) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message.replace(/\. To specify.*$/s, '')}. Usage: ${usage}`);
  }
  if (parsed.positionals.length !== positionals) {
    throw new CliError(positionals === 1 ? `Give exactly one .xlsx file. Usage: ${usage}` : `Usage: ${usage}`);
  }
  return parsed;
}

/** Reads --as-of, or today. */
export function asOfDate(value: unknown, io: CliIo): string {
  if (value === undefined) return io.today();
  if (typeof value !== 'string' || !isValidIsoDate(value)) throw new CliError(`--as-of must be a date like 2026-03-03, not "${String(value)}".`);
  return value;
}

export async function openWorkbook(path: string): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.open(path);
  } catch (error) {
    if (error instanceof XlsxError) throw new CliError(error.message, 2);
    throw error;
  }
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** Opens and reads a workbook a command needs whole; exit 1 with one sentence when required tabs or columns are missing. */
export async function readUsableWorkbook(path: string): Promise<WorkbookModel> {
  const model = readWorkbook(await openWorkbook(path));
  if (!model.usable) {
    throw new CliError('The workbook cannot be used until its Mentors and Consumers tabs are complete; run `peer-mentoring check` to see what is missing.', 1);
  }
  return model;
}

/** Runs a domain computation; a domain error (an unknown ID, an unusable workbook) becomes exit 1 with its sentence. */
export function answerOrExit<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (isDomainError(error)) throw new CliError(error.message, 1);
    throw error;
  }
}

/** Lists the rows a report left out, each with the place a coordinator looks. */
export function printIssues(out: (text: string) => void, issues: readonly Issue[], heading: string): void {
  if (!issues.length) return;
  out(`\n${issues.length} row${issues.length === 1 ? '' : 's'} ${heading}:\n`);
  for (const issue of issues) out(`  ${describeLocation(issue.location)}: ${issue.message}\n`);
}

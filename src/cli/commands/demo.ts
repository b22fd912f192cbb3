// This file is `peer-mentoring demo`: writes the demo workbook to an .xlsx file.
import fs from 'node:fs';
import { XlsxWorkbook } from '../../adapters/local/xlsx-workbook';
import { buildDemoWorkbook, DemoOptions } from '../../demo/demo-workbook';
import { asOfDate, CliError, Command, parseCommandArgs } from '../cli-io';

const USAGE = 'peer-mentoring demo FILE.xlsx [--as-of YYYY-MM-DD] [--force]';

/** Builds the demo as an in-memory .xlsx workbook (used by the CLI, the workbench and tests). */
export function demoXlsx(asOf: string, size: Omit<DemoOptions, 'asOf'> = {}): XlsxWorkbook {
  const workbook = XlsxWorkbook.empty();
  for (const { tab, rows } of buildDemoWorkbook({ ...size, asOf })) {
    workbook.createTab(tab, rows[0]!.map(String));
    // Dates go in as date cells, as a coordinator's own sheet would have them.
    workbook.append(tab, rows.slice(1).map((row) => row.map((cell) => (typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell))));
  }
  return workbook;
}

export const demoCommand: Command = {
  summary: 'Write a demo workbook (about 40 mentors and 120 consumers in the Twin Cities)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { 'as-of': { type: 'string' }, force: { type: 'boolean' } }, USAGE);
    const path = positionals[0]!;
    if (!path.toLowerCase().endsWith('.xlsx')) throw new CliError(`The demo file name must end in .xlsx, like demo.xlsx (got "${path}").`);
    if (fs.existsSync(path) && !values.force) throw new CliError(`${path} already exists; add --force to replace it.`);
    const workbook = demoXlsx(asOfDate(values['as-of'], io));
    try {
      await workbook.save(path);
    } catch (error) {
      throw new CliError(`Could not write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    }
    io.out(`Wrote the demo workbook to ${path}.\n`);
    return 0;
  },
};

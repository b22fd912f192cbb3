// This file is `peer-mentoring check`: how the add-on would read a workbook — mapping, gaps and unreadable values.
import fs from 'node:fs';
import { describeLocation } from '../../domain/errors';
import { SavedMapping } from '../../domain/header-mapping';
import { checkWorkbook } from '../../app/check-workbook';
import type { WorkbookCheck } from '../../app/check-workbook';
import { asOfDate, CliError, Command, openWorkbook, parseCommandArgs, printJson } from '../cli-io';
import type { Readiness } from '../../domain/readiness';

const USAGE = 'peer-mentoring check FILE.xlsx [--mapping FILE.json] [--as-of YYYY-MM-DD] [--json]';

function readMappingFile(path: string): SavedMapping {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`The mapping file ${path} cannot be read.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(`The mapping file ${path} is not valid JSON.`);
  }
  const tabs = (value as { tabs?: unknown })?.tabs;
  if (typeof tabs !== 'object' || tabs === null || Array.isArray(tabs)) {
    throw new CliError(`The mapping file ${path} must look like {"version": 1, "tabs": {"mentors": {"tab": "Mentors", "fields": {"zip": "Zip Code"}}}}.`);
  }
  for (const [key, entry] of Object.entries(tabs)) {
    const fields = (entry as { fields?: unknown })?.fields;
    if (typeof (entry as { tab?: unknown })?.tab !== 'string' || typeof fields !== 'object' || fields === null || Object.values(fields).some((h) => typeof h !== 'string')) {
      throw new CliError(`The mapping file ${path} has a bad entry for "${key}": it needs "tab" (text) and "fields" (field → header text).`);
    }
  }
  return { version: Number((value as { version?: unknown }).version) || 1, tabs: tabs as SavedMapping['tabs'] };
}

function printText(report: WorkbookCheck, out: (text: string) => void): void {
  for (const tab of report.tabs) {
    if (tab.tab === null) {
      out(`${tab.role}: ${tab.required ? 'MISSING (required)' : 'not in the workbook (setup will create it)'}\n`);
      continue;
    }
    out(`${tab.role}: tab "${tab.tab}", ${tab.rows} rows${tab.headerRow > 1 ? ` (headers on row ${tab.headerRow})` : ''}\n`);
    for (const [field, m] of Object.entries(tab.fields)) {
      const more = m.more ? ` + ${m.more.map((h) => `"${h}"`).join(', ')}` : '';
      out(`  ${field.padEnd(22)} ← ${m.column} "${m.header}"${more} (${m.label})\n`);
    }
    if (tab.nameChoice) out(`  ASK: the name is in "${tab.nameChoice.full}" or in "${tab.nameChoice.first}" + "${tab.nameChoice.last}"; "${tab.nameChoice.first}" + "${tab.nameChoice.last}" are used until you choose\n`);
    for (const missing of tab.missing) out(`  MISSING: ${missing}\n`);
    for (const a of tab.ambiguous) out(`  AMBIGUOUS: ${a.field} could be ${a.headers.map((h) => `"${h}"`).join(' or ')}\n`);
    if (tab.otherPerson.length) out(`  about another person (never read as this person's details): ${tab.otherPerson.map((h) => `"${h}"`).join(', ')}\n`);
    const unused = tab.unmapped.filter((h) => !tab.otherPerson.includes(h));
    if (unused.length) out(`  not used: ${unused.map((h) => `"${h}"`).join(', ')}\n`);
  }
  if (report.issues.length) {
    out(`\n${report.issues.length} problem${report.issues.length === 1 ? '' : 's'}:\n`);
    for (const issue of report.issues) out(`  ${describeLocation(issue.location)}: ${issue.message}\n`);
  }
  out(report.usable ? '\nThe workbook is usable.\n' : '\nThe workbook cannot be used until the missing tabs or columns above are added or mapped.\n');
  printReadiness(report.readiness, out);
}

function printReadiness(readiness: Readiness, out: (text: string) => void): void {
  out(`\n${readiness.ready ? 'Ready to match' : 'Not ready to match'}: ${readiness.mentorsSuggestable} of ${readiness.mentors} mentors can be suggested; ${readiness.consumersWaitingEligible} of ${readiness.consumers} consumers are waiting and eligible.\n`);
  for (const blocker of readiness.blockers) {
    out(`  ${blocker.blocks ? 'BLOCKS' : 'CHECK'}: ${blocker.message}\n    Fix: ${blocker.fix}\n`);
    if (blocker.action?.kind === 'go-to-cells') for (const cell of blocker.cells) out(`    - ${describeLocation(cell)}\n`);
  }
}

export const checkCommand: Command = {
  summary: 'Show how each tab and column is read, and every value that cannot be read',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { mapping: { type: 'string' }, json: { type: 'boolean' }, 'as-of': { type: 'string' } }, USAGE);
    const saved = values.mapping ? readMappingFile(values.mapping) : undefined;
    const asOf = asOfDate(values['as-of'], io);
    const workbook = await openWorkbook(positionals[0]!);
    const report = checkWorkbook(workbook, saved, asOf);
    if (values.json) printJson(io, report);
    else printText(report, io.out);
    return report.usable ? 0 : 1;
  },
};

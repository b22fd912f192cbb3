// This file is `peer-mentoring suggest`: the best mentors for one consumer, with reasons, and who was left out and why.
import { lookupZipCentroid } from '../../adapters/local/zip-centroids';
import { suggestMentors, SuggestResult } from '../../app/suggest-mentors';
import { readWorkbook } from '../../domain/workbook-reader';
import { answerOrExit, asOfDate, CliError, Command, openWorkbook, parseCommandArgs, printJson } from '../cli-io';

const USAGE = 'peer-mentoring suggest FILE.xlsx --consumer ID [--top N] [--as-of YYYY-MM-DD] [--json]';

/** Reads --top: a whole number from 1 to 1000. */
export function readTop(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new CliError(`--top must be a whole number from 1 to 1000, not "${value}".`);
  return n;
}

function printText(result: SuggestResult, asOf: string, out: (text: string) => void): void {
  if (result.blocked) {
    out(`${result.blocked.reason}\n`);
    return;
  }
  out(`Mentors for ${result.consumerId} as of ${asOf}, best first:\n`);
  if (result.suggestions.length === 0) out('  No mentor passes every rule.\n');
  result.suggestions.forEach((s, i) => {
    out(`\n${String(i + 1).padStart(3)}. ${s.mentorId}  score ${s.score.toFixed(1)}\n`);
    for (const reason of s.reasons) out(`      · ${reason}\n`);
  });
  if (result.excluded.length) {
    out(`\nLeft out (${result.excluded.length}):\n`);
    for (const e of result.excluded) out(`  ${e.mentorId}: ${e.reason}\n`);
  }
}

export const suggestCommand: Command = {
  summary: 'Rank mentors for one consumer, with reasons, and show who was left out and why',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { consumer: { type: 'string' }, top: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } },
      USAGE,
    );
    const consumerId = values.consumer;
    if (!consumerId) throw new CliError(`Give the consumer's ID with --consumer, like --consumer C-0004. Usage: ${USAGE}`);
    const top = readTop(values.top, 10);
    const asOf = asOfDate(values['as-of'], io);
    // Read as the sidebar reads it: of the Consumers and Goals tabs, only this consumer's rows.
    const model = readWorkbook(await openWorkbook(positionals[0]!), undefined, { consumerId });
    const result = answerOrExit(() => suggestMentors(model, { consumerId, asOf, top, lookupZip: lookupZipCentroid }));
    if (values.json) printJson(io, result);
    else printText(result, asOf, io.out);
    return 0;
  },
};

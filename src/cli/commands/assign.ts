// This file is `peer-mentoring assign`: the best overall set of matches for everyone waiting, for the coordinator to review.
import { lookupZipCentroid } from '../../adapters/local/zip-centroids';
import { planMatches, PlanResult } from '../../app/plan-matches';
import { readWorkbook } from '../../domain/workbook-reader';
import { answerOrExit, asOfDate, Command, openWorkbook, parseCommandArgs, printJson } from '../cli-io';

const USAGE = 'peer-mentoring assign FILE.xlsx [--as-of YYYY-MM-DD] [--json]';

function printText(result: PlanResult, asOf: string, out: (text: string) => void): void {
  const n = result.proposals.length;
  out(`Proposed matches as of ${asOf}: ${n} (total score ${result.totalScore.toFixed(1)}). Nothing is written to the workbook.\n`);
  for (const p of result.proposals) {
    out(`\n  ${p.consumerId} → ${p.mentorId}  score ${p.score.toFixed(1)}\n`);
    for (const reason of p.reasons) out(`      · ${reason}\n`);
  }
  if (result.unmatched.length) {
    out(`\nNot matched (${result.unmatched.length}):\n`);
    for (const u of result.unmatched) out(`  ${u.consumerId}: ${u.reason}\n`);
  }
}

export const assignCommand: Command = {
  summary: 'Propose the best overall set of matches for everyone waiting (an optimal assignment)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { 'as-of': { type: 'string' }, json: { type: 'boolean' } }, USAGE);
    const asOf = asOfDate(values['as-of'], io);
    const model = readWorkbook(await openWorkbook(positionals[0]!));
    const result = answerOrExit(() => planMatches(model, { asOf, lookupZip: lookupZipCentroid }));
    if (values.json) printJson(io, result);
    else printText(result, asOf, io.out);
    return 0;
  },
};

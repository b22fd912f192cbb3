// This file is `peer-mentoring reviews`: the three-way reviews and mentor check-ins due or overdue as of a date.
import { listReviewsDue, ReviewReport } from '../../app/list-reviews-due';
import { formatDay } from '../../domain/dates';
import { asOfDate, Command, parseCommandArgs, printIssues, printJson, readUsableWorkbook } from '../cli-io';

const USAGE = 'peer-mentoring reviews FILE.xlsx [--as-of YYYY-MM-DD] [--json]';

function printText(report: ReviewReport, out: (text: string) => void): void {
  const what = (kind: string) => (kind === 'review' ? 'three-way review' : 'mentor check-in');
  out(`Reviews and check-ins as of ${formatDay(report.asOf)}:\n`);
  if (report.due.length === 0) out('  Nothing is due or overdue.\n');
  for (const d of report.due) {
    const when = d.daysOverdue === 0 ? 'due today' : `${d.daysOverdue} day${d.daysOverdue === 1 ? '' : 's'} overdue (due ${formatDay(d.dueOn)})`;
    out(`  ${d.matchId.padEnd(8)} ${what(d.kind).padEnd(17)} ${when}\n`);
  }
  if (report.upcoming.length) {
    out('\nComing up:\n');
    for (const d of report.upcoming) out(`  ${d.matchId.padEnd(8)} ${what(d.kind).padEnd(17)} due ${formatDay(d.dueOn)}\n`);
  }
  printIssues(out, report.issues, 'left out or corrected');
}

export const reviewsCommand: Command = {
  summary: 'List three-way reviews and mentor check-ins that are due, overdue or coming up',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { 'as-of': { type: 'string' }, json: { type: 'boolean' } }, USAGE);
    const asOf = asOfDate(values['as-of'], io);
    const model = await readUsableWorkbook(positionals[0]!);
    const report = listReviewsDue(model, asOf);
    if (values.json) printJson(io, report);
    else printText(report, io.out);
    return 0;
  },
};

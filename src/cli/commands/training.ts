// This file is `peer-mentoring training`: each mentor's training status, who needs training, upcoming sessions, flagged matches.
import { reportTraining, TrainingReport } from '../../app/report-training';
import { formatDay } from '../../domain/dates';
import { asOfDate, Command, parseCommandArgs, printIssues, printJson, readUsableWorkbook } from '../cli-io';

const USAGE = 'peer-mentoring training FILE.xlsx [--as-of YYYY-MM-DD] [--json]';
const LABELS = { 'not-trained': 'not trained', current: 'current', 'due-soon': 'due soon', lapsed: 'lapsed' } as const;

function printText(report: TrainingReport, out: (text: string) => void): void {
  out(`Training status as of ${formatDay(report.asOf)}:\n`);
  for (const status of ['current', 'due-soon', 'lapsed', 'not-trained'] as const) {
    out(`  ${LABELS[status].padEnd(12)} ${report.mentors.filter((m) => m.status === status).length}\n`);
  }
  out('\nMentors:\n');
  for (const m of report.mentors) {
    const detail = m.currentUntil ? `${m.status === 'lapsed' ? 'lapsed after' : 'current until'} ${formatDay(m.currentUntil)} (last session ${formatDay(m.lastSession!)})` : 'no initial training yet';
    out(`  ${m.mentorId.padEnd(8)} ${LABELS[m.status].padEnd(12)} ${detail}\n`);
  }
  if (report.flaggedMatches.length) {
    out(`\nActive matches whose mentor needs training (flagged, not closed):\n`);
    for (const f of report.flaggedMatches) out(`  ${f.matchId}  mentor ${f.mentorId} is ${LABELS[f.trainingStatus]}\n`);
  }
  out(`\nUpcoming sessions:\n`);
  if (report.upcoming.length === 0) out('  None on the Trainings tab in the coming weeks.\n');
  for (const s of report.upcoming) {
    out(`  ${formatDay(s.date)} ${s.start ? `${s.start}–${s.end} ` : ''}${s.type === 'initial' ? 'Initial training' : 'Ongoing session'}${s.topic ? `: ${s.topic}` : ''}\n`);
    out(`    needed by: ${s.neededBy.length ? s.neededBy.join(', ') : 'nobody in particular'}\n`);
  }
  printIssues(out, report.issues, 'left out');
}

export const trainingCommand: Command = {
  summary: "Show each mentor's training status, who needs training, and upcoming sessions",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { 'as-of': { type: 'string' }, json: { type: 'boolean' } }, USAGE);
    const asOf = asOfDate(values['as-of'], io);
    const model = await readUsableWorkbook(positionals[0]!);
    const report = reportTraining(model, asOf);
    if (values.json) printJson(io, report);
    else printText(report, io.out);
    return 0;
  },
};

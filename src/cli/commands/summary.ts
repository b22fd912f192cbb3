// This file is `peer-mentoring summary`: the PPR worksheet for a federal fiscal year and the managers' de-identified summary.
import { reportSummaries, SummaryReport } from '../../app/report-summaries';
import { formatDay } from '../../domain/dates';
import { fiscalYearOf } from '../../domain/ppr';
import { asOfDate, CliError, Command, parseCommandArgs, printIssues, printJson, readUsableWorkbook } from '../cli-io';

const USAGE = 'peer-mentoring summary FILE.xlsx [--fiscal-year YYYY] [--as-of YYYY-MM-DD] [--json]';

function readFiscalYear(value: string | undefined, asOf: string): number {
  if (value === undefined) return fiscalYearOf(asOf);
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > fiscalYearOf(asOf) + 1) {
    throw new CliError(`--fiscal-year must be a year from 2000 to ${fiscalYearOf(asOf) + 1}, like 2026 (1 Oct 2025 – 30 Sep 2026), not "${value}".`);
  }
  return year;
}

function printText(report: SummaryReport, out: (text: string) => void): void {
  const p = report.ppr;
  out(`PPR worksheet — federal fiscal year ${p.fiscalYear} (${formatDay(p.start)} – ${formatDay(p.end)})`);
  out(p.countedThrough < p.end ? `, counted through ${formatDay(p.countedThrough)}\n\n` : '\n\n');
  out(`  ${'Significant life area'.padEnd(74)} ${'set'.padStart(5)} ${'met'.padStart(5)} ${'in progress'.padStart(12)}\n`);
  for (const r of [...p.goalsByArea, { area: 'Total', ...p.totals }]) {
    out(`  ${r.area.padEnd(74)} ${String(r.set).padStart(5)} ${String(r.met).padStart(5)} ${String(r.inProgress).padStart(12)}\n`);
  }
  out(`\n  Consumers served: ${p.consumersServed}\n  Receiving peer support: ${p.consumersReceivingPeerSupport}\n  Served with no goal recorded: ${p.consumersWithoutGoals}\n`);
  out(`  Peer-support contacts: ${p.peerSupportContacts} (${p.peerSupportMinutes} minutes)\n`);
  if (p.goalsNeedingLifeAreaChoice.length) {
    out(`  ${p.goalsNeedingLifeAreaChoice.length} education or daily-living goals are counted under their area's default life area; record a choice with crosswalk.goal.<Goal ID> in Settings.\n`);
  }

  const m = report.manager;
  out(`\nManager summary as of ${formatDay(m.asOf)} (de-identified; ${m.suppression.note})\n\n`);
  out(`  Active matches: ${m.activeMatches}\n  Consumers waiting: ${m.consumersWaiting}\n`);
  out(`  Median days waiting: ${m.medianDaysWaiting ?? 'not shown (too few)'}\n  Median days to match: ${m.medianDaysToMatch ?? 'not shown (too few)'}\n`);
  out(`  Matches by outcome: ${m.matchesByOutcome.map((r) => `${r.outcome} ${r.count}`).join(' · ')} (total ${m.matchesTotal})\n`);
  out(`  Goals by area: ${m.goalsByArea.map((r) => `${r.area} ${r.count}`).join(' · ')} (total ${m.goalsTotal})\n`);
  out(`  Goals by status: ${m.goalsByStatus.map((r) => `${r.status} ${r.count}`).join(' · ')}\n`);
  const t = m.training;
  out(`  Training: ${t.mentors} mentors, ${t.compliant} current or due soon — current ${t.current}, due soon ${t.dueSoon}, lapsed ${t.lapsed}, not trained ${t.notTrained}; compliance ${t.complianceRate === null ? 'not shown' : `${t.complianceRate}%`}\n`);
  out(`  Reviews due in the last 12 months: ${m.reviews.due} — on time ${m.reviews.onTime}, late ${m.reviews.late}; on-time rate ${m.reviews.onTimeRate === null ? 'not shown' : `${m.reviews.onTimeRate}%`}\n`);
  out(`\n  ${'month'.padEnd(8)} ${'requests'.padStart(9)} ${'matched'.padStart(8)} ${'goals met'.padStart(10)} ${'reviews'.padStart(8)}\n`);
  for (const row of [...m.trends.months, { month: 'total', ...m.trends.totals }]) {
    out(`  ${row.month.padEnd(8)} ${String(row.requests).padStart(9)} ${String(row.matchesStarted).padStart(8)} ${String(row.goalsMet).padStart(10)} ${String(row.reviewsHeld).padStart(8)}\n`);
  }
  printIssues(out, report.issues, 'left out of the counts');
}

export const summaryCommand: Command = {
  summary: "Show the PPR worksheet for a federal fiscal year and the managers' de-identified summary",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { 'fiscal-year': { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } }, USAGE);
    const asOf = asOfDate(values['as-of'], io);
    const fiscalYear = readFiscalYear(values['fiscal-year'], asOf);
    const model = await readUsableWorkbook(positionals[0]!);
    const report = reportSummaries(model, asOf, fiscalYear);
    if (values.json) printJson(io, report);
    else printText(report, io.out);
    return 0;
  },
};

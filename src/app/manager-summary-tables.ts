// This file lays out the managers' de-identified summary as plain tables (values only) for the separate manager
// spreadsheet: one tab per topic, each with a chart where a picture helps. Counts arrive already suppressed from
// the domain; nothing here adds a name, ID, ZIP or pair.
import type { ManagerSummary } from '../domain/manager-summary';
import type { Shown } from '../domain/suppression';
import type { SummaryTable } from '../ports/summary-publisher.port';

const NOT_SHOWN = 'not shown';

const orBlank = (value: number | null, unit = ''): string | number => (value === null ? NOT_SHOWN : unit ? `${value}${unit}` : value);

/** The tables the manager file holds, in tab order. Every cell is a number or short text: never a formula. */
export function managerSummaryTables(summary: ManagerSummary): SummaryTable[] {
  const count = (shown: Shown): string | number => shown;
  return [
    {
      title: 'Overview',
      rows: [
        ['Measure', 'Value'],
        ['As of', summary.asOf],
        ['Period for trends, time to match and reviews', `${summary.period.from} to ${summary.period.to}`],
        ['Active matches', count(summary.activeMatches)],
        ['Consumers waiting for a mentor', count(summary.consumersWaiting)],
        ['Median days waiting (those waiting now)', orBlank(summary.medianDaysWaiting)],
        ['Median days from request to match', orBlank(summary.medianDaysToMatch)],
        ['Matches (all time)', count(summary.matchesTotal)],
        ['Consumers (all time)', count(summary.consumersTotal)],
        ['Goals (all time)', count(summary.goalsTotal)],
        ['Mentors with training current', orBlank(summary.training.complianceRate, '%')],
        ['Reviews held on time', orBlank(summary.reviews.onTimeRate, '%')],
        ['Small counts', summary.suppression.note],
      ],
    },
    {
      title: 'Goals by area',
      rows: [['Goal area', 'Goals'], ...summary.goalsByArea.map((g) => [g.area, count(g.count)]), ['Total', count(summary.goalsTotal)]],
      chart: { type: 'bar', title: 'Goals by area', dataRows: summary.goalsByArea.length },
    },
    {
      title: 'Goals by status',
      rows: [['Status', 'Goals'], ...summary.goalsByStatus.map((g) => [g.status, count(g.count)]), ['Total', count(summary.goalsTotal)]],
      chart: { type: 'bar', title: 'Goals by status', dataRows: summary.goalsByStatus.length },
    },
    {
      title: 'Matches',
      rows: [['Outcome', 'Matches'], ...summary.matchesByOutcome.map((m) => [m.outcome, count(m.count)]), ['Total', count(summary.matchesTotal)]],
      chart: { type: 'bar', title: 'Matches by outcome', dataRows: summary.matchesByOutcome.length },
    },
    {
      title: 'Consumers',
      rows: [['Status', 'Consumers'], ...summary.consumersByStatus.map((c) => [c.status, count(c.count)]), ['Total', count(summary.consumersTotal)]],
      chart: { type: 'bar', title: 'Consumers by status', dataRows: summary.consumersByStatus.length },
    },
    {
      title: 'Training',
      rows: [
        ['Training status (active mentors)', 'Mentors'],
        ['Current', count(summary.training.current)],
        ['Due soon', count(summary.training.dueSoon)],
        ['Lapsed', count(summary.training.lapsed)],
        ['Not trained', count(summary.training.notTrained)],
        ['Compliant (current or due soon)', count(summary.training.compliant)],
        ['Not compliant', count(summary.training.notCompliant)],
        ['Total', count(summary.training.mentors)],
      ],
      chart: { type: 'column', title: 'Mentor training', dataRows: 4 },
    },
    {
      title: 'Reviews',
      rows: [
        ['Three-way reviews due in the period', 'Reviews'],
        ['Held on time', count(summary.reviews.onTime)],
        ['Late or missed', count(summary.reviews.late)],
        ['Total due', count(summary.reviews.due)],
      ],
      chart: { type: 'column', title: 'Reviews on time', dataRows: 2 },
    },
    {
      title: 'Trends',
      rows: [
        ['Month', 'Requests', 'Matches started', 'Goals met', 'Reviews held'],
        ...summary.trends.months.map((m) => [m.month, count(m.requests), count(m.matchesStarted), count(m.goalsMet), count(m.reviewsHeld)]),
        ['Total', count(summary.trends.totals.requests), count(summary.trends.totals.matchesStarted), count(summary.trends.totals.goalsMet), count(summary.trends.totals.reviewsHeld)],
      ],
      chart: { type: 'line', title: 'By month, last 12 months', dataRows: summary.trends.months.length },
    },
  ];
}

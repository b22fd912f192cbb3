// This file builds the managers' summary: de-identified aggregates only, with small counts suppressed.
// Nothing here carries a name, contact, address, ZIP, disability, note, record ID or pair — only counts, medians and rates.
import { daysBetween } from './dates';
import { GOAL_AREA_LABELS, GOAL_AREAS } from './goal-areas';
import { GOAL_STATUS_LABELS, GOAL_STATUSES } from './goals';
import { MATCH_STATUS_LABELS } from './lifecycle';
import { Consumer, ConsumerStatus, Goal, IsoDate, Match, MatchStatus, Mentor, Review } from './model';
import { reviewTimeliness } from './reviews';
import { Settings } from './settings';
import { CountTable, Shown, smallMark, suppressCounts, COMPLEMENT_MARK } from './suppression';
import { MentorTraining } from './training';

const MATCH_STATUSES: MatchStatus[] = ['proposed', 'intro-scheduled', 'active', 'completed', 'closed', 'declined'];
const CONSUMER_STATUSES: (ConsumerStatus | 'not-recorded')[] = ['waiting', 'matched', 'inactive', 'completed', 'not-recorded'];
const SERIES = ['requests', 'matchesStarted', 'goalsMet', 'reviewsHeld'] as const;
type Series = (typeof SERIES)[number];

export interface ManagerSummaryInput {
  consumers: readonly Consumer[];
  mentors: readonly Mentor[];
  goals: readonly Goal[];
  matches: readonly Match[];
  reviews: readonly Review[];
  training: ReadonlyMap<string, MentorTraining>;
  asOf: IsoDate;
  settings: Pick<Settings, 'suppressionThreshold' | 'reviewIntervalDays'>;
}

export interface ManagerSummary {
  asOf: IsoDate;
  /** The twelve months the trends, time to match and reviews on time cover. */
  period: { from: IsoDate; to: IsoDate };
  suppression: { threshold: number; note: string };
  activeMatches: Shown;
  consumersWaiting: Shown;
  /** Median days the consumers now waiting have waited; null when fewer than the threshold are waiting. */
  medianDaysWaiting: number | null;
  /** Median days from request to match start, for matches started in the period; null when there are too few. */
  medianDaysToMatch: number | null;
  matchesByOutcome: { outcome: string; count: Shown }[];
  matchesTotal: Shown;
  consumersByStatus: { status: string; count: Shown }[];
  consumersTotal: Shown;
  goalsByArea: { area: string; count: Shown }[];
  goalsByStatus: { status: string; count: Shown }[];
  goalsTotal: Shown;
  training: { mentors: Shown; compliant: Shown; notCompliant: Shown; current: Shown; dueSoon: Shown; lapsed: Shown; notTrained: Shown; complianceRate: number | null };
  reviews: { due: Shown; onTime: Shown; late: Shown; onTimeRate: number | null };
  trends: { months: ({ month: string } & Record<Series, Shown>)[]; totals: Record<Series, Shown> };
}

/** The last twelve calendar months through the as-of month, oldest first ("2025-12"). */
export function lastTwelveMonths(asOf: IsoDate): string[] {
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    months.push(`${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Every count the summary publishes, and the sums a reader can check — the input to suppression. */
export function managerCountTable(input: ManagerSummaryInput): CountTable {
  const cells: Record<string, number> = {};
  const lines: CountTable['lines'] = [];
  const count = (key: string, n = 1) => {
    cells[key] = (cells[key] ?? 0) + n;
  };
  const line = (keys: string[], total: string) => {
    for (const key of [...keys, total]) count(key, 0);
    lines.push({ cells: keys, total });
  };

  line(MATCH_STATUSES.map((s) => `matches.${s}`), 'matches.total');
  for (const match of input.matches) {
    count(`matches.${match.status}`);
    count('matches.total');
  }
  line(CONSUMER_STATUSES.map((s) => `consumers.${s}`), 'consumers.total');
  for (const consumer of input.consumers) {
    count(`consumers.${consumer.status ?? 'not-recorded'}`);
    count('consumers.total');
  }
  line(GOAL_AREAS.map((a) => `goals.area.${a}`), 'goals.total');
  line(GOAL_STATUSES.map((s) => `goals.status.${s}`), 'goals.total');
  for (const goal of input.goals) {
    count(`goals.area.${goal.area}`);
    count(`goals.status.${goal.status}`);
    count('goals.total');
  }
  // Compliant (current or due soon) and not compliant are published too, so they are lines of their own.
  line(['training.current', 'training.dueSoon'], 'training.compliant');
  line(['training.lapsed', 'training.notTrained'], 'training.notCompliant');
  line(['training.compliant', 'training.notCompliant'], 'training.mentors');
  for (const mentor of input.mentors) {
    if (mentor.status !== 'active' && mentor.status !== null) continue;
    const status = input.training.get(mentor.id)?.status ?? 'not-trained';
    count(`training.${status === 'due-soon' ? 'dueSoon' : status === 'not-trained' ? 'notTrained' : status}`);
    count(status === 'current' || status === 'due-soon' ? 'training.compliant' : 'training.notCompliant');
    count('training.mentors');
  }
  const months = lastTwelveMonths(input.asOf);
  const from = `${months[0]}-01`;
  const timeliness = reviewTimeliness(input.matches, input.reviews, from, input.asOf, input.settings);
  line(['reviews.onTime', 'reviews.late'], 'reviews.due');
  count('reviews.onTime', timeliness.onTime);
  count('reviews.late', timeliness.late);
  count('reviews.due', timeliness.due);

  for (const series of SERIES) line(months.map((m) => `trend.${series}.${m}`), `trend.${series}.total`);
  const inPeriod = (date: IsoDate | null): date is IsoDate => date !== null && date >= from && date <= input.asOf;
  const addTrend = (series: Series, date: IsoDate | null) => {
    if (!inPeriod(date)) return;
    count(`trend.${series}.${date.slice(0, 7)}`);
    count(`trend.${series}.total`);
  };
  for (const consumer of input.consumers) addTrend('requests', consumer.requestedOn);
  for (const match of input.matches) if (match.status !== 'declined') addTrend('matchesStarted', match.startedOn);
  for (const goal of input.goals) if (goal.status === 'met') addTrend('goalsMet', goal.metOn);
  const reviewDays = new Set(input.reviews.filter((r) => r.kind === 'review').map((r) => `${r.matchId}|${r.date}`));
  for (const key of reviewDays) addTrend('reviewsHeld', key.slice(key.indexOf('|') + 1));

  // Identities between tables, which a reader can use as well: the year's trends against the counts by status. What
  // separates them (matches started before the period, requests made before it, goals met before it) is never
  // published, but a reader knows it is 0 in a program's first year, so suppression treats a 0 there as known.
  const started = (match: Match) => match.status !== 'declined' && inPeriod(match.startedOn);
  const STARTED_STATUSES: MatchStatus[] = ['active', 'completed', 'closed'];
  line([...STARTED_STATUSES.map((s) => `matches.${s}`), 'link.startedWithOtherStatus'], 'link.matchesStarted');
  line(['trend.matchesStarted.total', 'link.startedBefore'], 'link.matchesStarted');
  for (const match of input.matches) {
    const ongoing = STARTED_STATUSES.includes(match.status);
    if (started(match) && !ongoing) count('link.startedWithOtherStatus');
    if (!started(match) && ongoing) count('link.startedBefore');
    if (started(match) || ongoing) count('link.matchesStarted');
  }
  line(['trend.requests.total', 'link.requestedBefore'], 'consumers.total');
  for (const consumer of input.consumers) if (!inPeriod(consumer.requestedOn)) count('link.requestedBefore');
  line(['trend.goalsMet.total', 'link.metBefore'], 'goals.status.met');
  for (const goal of input.goals) if (goal.status === 'met' && !inPeriod(goal.metOn)) count('link.metBefore');
  const unpublished = Object.keys(cells).filter((key) => key.startsWith('link.'));
  return { cells, lines, unpublished };
}

/**
 * The managers' summary as of a date. Every count goes through suppressCounts; medians are published only when at
 * least `suppressionThreshold` people are behind them, and rates only when every count they are made of is shown.
 */
export function buildManagerSummary(input: ManagerSummaryInput): ManagerSummary {
  const threshold = input.settings.suppressionThreshold;
  const table = managerCountTable(input);
  const shown = suppressCounts(table, threshold);
  const get = (key: string): Shown => shown[key] ?? 0;
  // A median is published only when the count behind it is itself shown and at least the threshold, so its presence
  // says nothing about a hidden count.
  const enough = (n: number, countKey: string) => {
    const shownCount = get(countKey);
    return n >= Math.max(1, threshold) && typeof shownCount === 'number' && shownCount >= threshold;
  };
  const months = lastTwelveMonths(input.asOf);
  const from = `${months[0]}-01`;
  const rate = (part: string[], whole: string): number | null => {
    const values = [...part, whole].map(get);
    if (values.some((v) => typeof v !== 'number') || (values[values.length - 1] as number) === 0) return null;
    const sum = part.reduce((n, key) => n + (get(key) as number), 0);
    return Math.round((100 * sum) / (get(whole) as number));
  };

  const waiting = input.consumers.filter((c) => c.status === 'waiting' && c.requestedOn && c.requestedOn <= input.asOf).map((c) => daysBetween(c.requestedOn!, input.asOf));
  const requested = new Map(input.consumers.map((c) => [c.id, c.requestedOn]));
  const toMatch = input.matches
    .filter((m) => m.status !== 'declined' && m.startedOn && m.startedOn >= from && m.startedOn <= input.asOf)
    .map((m) => ({ start: m.startedOn!, request: requested.get(m.consumerId) ?? null }))
    .filter((m): m is { start: IsoDate; request: IsoDate } => m.request !== null && m.request <= m.start)
    .map((m) => daysBetween(m.request, m.start));

  return {
    asOf: input.asOf,
    period: { from, to: input.asOf },
    suppression: {
      threshold,
      note: threshold > 1
        ? `"${smallMark(threshold)}" is a count from 1 to ${threshold - 1}; "${COMPLEMENT_MARK}" is hidden so that small counts cannot be worked out from the totals.`
        : 'No counts are hidden.',
    },
    activeMatches: get('matches.active'),
    consumersWaiting: get('consumers.waiting'),
    medianDaysWaiting: enough(waiting.length, 'consumers.waiting') ? median(waiting) : null,
    medianDaysToMatch: enough(toMatch.length, 'trend.matchesStarted.total') ? median(toMatch) : null,
    matchesByOutcome: MATCH_STATUSES.map((s) => ({ outcome: MATCH_STATUS_LABELS[s], count: get(`matches.${s}`) })),
    matchesTotal: get('matches.total'),
    consumersByStatus: CONSUMER_STATUSES.map((s) => ({ status: s === 'not-recorded' ? 'not recorded' : s, count: get(`consumers.${s}`) })),
    consumersTotal: get('consumers.total'),
    goalsByArea: GOAL_AREAS.map((a) => ({ area: GOAL_AREA_LABELS[a], count: get(`goals.area.${a}`) })),
    goalsByStatus: GOAL_STATUSES.map((s) => ({ status: GOAL_STATUS_LABELS[s], count: get(`goals.status.${s}`) })),
    goalsTotal: get('goals.total'),
    training: {
      mentors: get('training.mentors'), compliant: get('training.compliant'), notCompliant: get('training.notCompliant'), current: get('training.current'), dueSoon: get('training.dueSoon'), lapsed: get('training.lapsed'), notTrained: get('training.notTrained'),
      complianceRate: rate(['training.compliant'], 'training.mentors'),
    },
    reviews: { due: get('reviews.due'), onTime: get('reviews.onTime'), late: get('reviews.late'), onTimeRate: rate(['reviews.onTime'], 'reviews.due') },
    trends: {
      months: months.map((month) => ({ month, ...(Object.fromEntries(SERIES.map((s) => [s, get(`trend.${s}.${month}`)])) as Record<Series, Shown>) })),
      totals: Object.fromEntries(SERIES.map((s) => [s, get(`trend.${s}.total`)])) as Record<Series, Shown>,
    },
  };
}

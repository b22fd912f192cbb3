// This file computes the PPR worksheet for a federal fiscal year (1 October – 30 September): goals by significant life area, consumers served.
import { Crosswalk, lifeAreaOf } from './crosswalk';
import { Issue } from './errors';
import { OPEN_GOAL_STATUSES } from './goals';
import { OPEN_MATCH_STATUSES } from './lifecycle';
import { Consumer, Goal, IsoDate, Match, Review } from './model';

/**
 * The PPR service row our "peer support" count reports: ACL's PPR lists peer support among its services as
 * "Peer Counseling" (the peer mentoring this add-on tracks).
 */
export const PPR_PEER_SUPPORT_SERVICE = 'Peer Counseling';

/** The federal fiscal year a date falls in: FY2026 runs from 2025-10-01 to 2026-09-30. */
export function fiscalYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '10-01' ? year + 1 : year;
}

export function fiscalYearRange(fiscalYear: number): { start: IsoDate; end: IsoDate } {
  return { start: `${String(fiscalYear - 1).padStart(4, '0')}-10-01`, end: `${String(fiscalYear).padStart(4, '0')}-09-30` };
}

export interface PprInput {
  consumers: readonly Consumer[];
  /** Goals already checked by validateGoals. */
  goals: readonly Goal[];
  /** Matches already checked by validateMatches. */
  matches: readonly Match[];
  /** Reviews already checked by validateReviews. */
  reviews: readonly Review[];
  fiscalYear: number;
  asOf: IsoDate;
  crosswalk: Crosswalk;
}

export interface PprLifeAreaRow {
  area: string;
  set: number;
  met: number;
  inProgress: number;
}

export interface PprWorksheet {
  fiscalYear: number;
  start: IsoDate;
  end: IsoDate;
  /** The year is counted through this date (the as-of date while the year is still running). */
  countedThrough: IsoDate;
  goalsByArea: PprLifeAreaRow[];
  totals: { set: number; met: number; inProgress: number };
  consumersServed: number;
  consumersReceivingPeerSupport: number;
  /** The PPR service row the peer support count belongs on. */
  peerSupportServiceRow: string;
  /** Consumers served with no goal recorded: their goals cannot be counted. */
  consumersWithoutGoals: number;
  /** Reviews and check-ins held in the year (one per match per day) and the minutes they took. */
  peerSupportContacts: number;
  peerSupportMinutes: number;
  /** Goals in an area with a life-area choice (education, daily living) that have none recorded; counted under the area's default. */
  goalsNeedingLifeAreaChoice: string[];
}

/**
 * Rules (see README "Program workflow"):
 * - set: goals whose Set on date falls in the year;
 * - met: goals marked met whose Met on date falls in the year (whenever they were set);
 * - in progress: goals set by the end of the year (or the as-of date) that were still open then — not started or in
 *   progress now, or met only after that date. Not met and withdrawn goals carry no date and are taken as closed;
 * - consumers served: anyone with a match in any stage during the year, or a goal set in it;
 * - receiving peer support: anyone whose match was active during part of the year.
 * A finished match (declined, completed, closed) with no Ended on date counts only in the fiscal year it started, and
 * is listed: without the date it cannot be known to reach into later years.
 * Goals without a Set on date cannot be placed in a year: they are reported and left out.
 */
export function buildPprWorksheet(input: PprInput): { worksheet: PprWorksheet; issues: Issue[] } {
  const { start, end } = fiscalYearRange(input.fiscalYear);
  const through = input.asOf < end ? input.asOf : end;
  const within = (date: IsoDate | null) => date !== null && date >= start && date <= through;
  const issues: Issue[] = [];
  const rows = new Map(input.crosswalk.lifeAreas.map((area) => [area, { area, set: 0, met: 0, inProgress: 0 }]));
  const needsChoice: string[] = [];
  const consumersWithGoals = new Set<string>();
  const served = new Set<string>();

  for (const goal of input.goals) {
    if (!goal.setOn) {
      issues.push({ code: 'PPR.NO_SET_DATE', message: 'This goal has no Set on date, so it cannot be placed in a fiscal year; it is left out of the Program Performance Report (PPR)', location: { tab: goal.source.tab, row: goal.source.row, column: 'Set on' } });
      continue;
    }
    if (goal.setOn > through) continue;
    consumersWithGoals.add(goal.consumerId);
    const { lifeArea, how } = lifeAreaOf(goal, input.crosswalk);
    const row = rows.get(lifeArea)!;
    const set = within(goal.setOn);
    const met = goal.status === 'met' && within(goal.metOn);
    const open = OPEN_GOAL_STATUSES.includes(goal.status) || (goal.status === 'met' && goal.metOn !== null && goal.metOn > through);
    if (set) {
      row.set++;
      served.add(goal.consumerId);
    }
    if (met) row.met++;
    if (open) row.inProgress++;
    if ((set || met || open) && how === 'default') needsChoice.push(goal.id);
  }

  const peerSupport = new Set<string>();
  for (const match of input.matches) {
    const from = match.proposedOn ?? match.introOn ?? match.startedOn;
    const finished = !OPEN_MATCH_STATUSES.includes(match.status);
    const until = match.endedOn ?? (finished && from ? fiscalYearRange(fiscalYearOf(from)).end : through);
    if (finished && !match.endedOn && from && from <= through) {
      const counted = fiscalYearOf(from) === input.fiscalYear;
      issues.push({
        code: 'PPR.FINISHED_NO_END_DATE',
        message: `This match is ${match.status} but has no Ended on date, so it counts only in fiscal year ${fiscalYearOf(from)} (the year it started)${counted ? '' : ' and is left out of this one'}; add the date it ended`,
        location: { tab: match.source.tab, row: match.source.row, column: 'Ended on' },
      });
    }
    if (from && from <= through && until >= start) served.add(match.consumerId);
    if (match.startedOn && match.status !== 'declined' && match.startedOn <= through && until >= start) peerSupport.add(match.consumerId);
  }
  for (const id of peerSupport) served.add(id);
  const known = new Set(input.consumers.map((c) => c.id));
  const servedKnown = [...served].filter((id) => known.has(id));

  const contacts = new Map<string, number>();
  for (const review of input.reviews) {
    if (!within(review.date)) continue;
    const key = `${review.matchId}|${review.date}`;
    // One meeting is often several rows (one per goal) repeating its minutes: count it once.
    contacts.set(key, Math.max(contacts.get(key) ?? 0, review.minutes ?? 0));
  }

  const goalsByArea = [...rows.values()];
  const worksheet: PprWorksheet = {
    fiscalYear: input.fiscalYear, start, end, countedThrough: through,
    goalsByArea,
    totals: {
      set: goalsByArea.reduce((n, r) => n + r.set, 0),
      met: goalsByArea.reduce((n, r) => n + r.met, 0),
      inProgress: goalsByArea.reduce((n, r) => n + r.inProgress, 0),
    },
    consumersServed: servedKnown.length,
    consumersReceivingPeerSupport: [...peerSupport].filter((id) => known.has(id)).length,
    peerSupportServiceRow: PPR_PEER_SUPPORT_SERVICE,
    consumersWithoutGoals: servedKnown.filter((id) => !consumersWithGoals.has(id)).length,
    peerSupportContacts: contacts.size,
    peerSupportMinutes: [...contacts.values()].reduce((a, b) => a + b, 0),
    goalsNeedingLifeAreaChoice: needsChoice.sort(),
  };
  return { worksheet, issues };
}

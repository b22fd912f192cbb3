// This file rebuilds the PPR worksheet tab for a federal fiscal year from the summaries' counts (values only), with
// the rows left out of the counts listed below them.
import { DomainError, Issue } from '../domain/errors';
import { fiscalYearOf } from '../domain/ppr';
import type { Cell } from '../domain/values';
import type { CellUpdate } from '../ports/workbook.port';
import type { ActionSession } from './action-session';
import { AppPorts, writeSession } from './app-ports';
import { reportPpr } from './report-summaries';

export interface PprRefreshed {
  tab: string;
  fiscalYear: number;
  goalsSet: number;
  goalsMet: number;
  consumersServed: number;
  /** Rows left out of the counts (the tab lists them). */
  leftOut: number;
}
/** Most left-out rows listed on the PPR tab; the command line's `check` lists them all. */
const MOST_LISTED = 500;

export function refreshPpr(ports: AppPorts, request: { fiscalYear: number }): PprRefreshed {
  const today = ports.clock.today();
  const fiscalYear = Number(request?.fiscalYear) || fiscalYearOf(today);
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > fiscalYearOf(today) + 1) {
    throw new DomainError('INPUT.BAD_YEAR', `Choose a fiscal year from 2000 to ${fiscalYearOf(today) + 1}.`);
  }
  return writeSession(ports, (session) => {
    const model = session.model();
    const { ppr: w, issues: leftOut } = reportPpr(model, today, fiscalYear);
    const rows: Cell[][] = [
      [`Program Performance Report (PPR) worksheet: federal fiscal year ${w.fiscalYear} (${w.start} to ${w.end})`],
      ['Counted through', w.countedThrough],
      [],
      ['Significant life area', 'Goals set', 'Goals met', 'Goals in progress'],
      ...w.goalsByArea.map((r) => [r.area, r.set, r.met, r.inProgress]),
      ['Total', w.totals.set, w.totals.met, w.totals.inProgress],
      [],
      ['Consumers served', w.consumersServed],
      ['Consumers receiving peer support', w.consumersReceivingPeerSupport],
      ['Consumers served with no goal recorded', w.consumersWithoutGoals],
      ['Peer-support contacts (reviews and check-ins)', w.peerSupportContacts],
      ['Peer-support minutes', w.peerSupportMinutes],
      ['Goals needing a life-area choice', w.goalsNeedingLifeAreaChoice.length],
      [],
      ...leftOutRows(leftOut),
      ['Rebuilt by Peer Mentoring; edits here are replaced on the next refresh.'],
    ];
    const { tab } = pprTab(session);
    const old = session.read(tab);
    const height = Math.max(rows.length, old.length);
    const width = Math.max(4, ...old.map((r) => r.length));
    const updates: CellUpdate[] = [];
    let changed = false;
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        const value = rows[r]?.[c] ?? null;
        changed ||= !sameCell(value, old[r]?.[c] ?? null);
        updates.push({ row: r, column: c, value });
      }
    }
    // The worksheet is rebuilt whole (the tab says so in its last line): when anything in it changes, one write over
    // its block puts the new worksheet in, with anything left from a longer old one blanked.
    if (changed) session.workbook.update(tab, updates);
    session.audit({ action: 'summary.ppr', record: `FY${fiscalYear}`, details: `${w.totals.set} goals set; ${w.consumersServed} consumers served` });
    return { tab, fiscalYear, goalsSet: w.totals.set, goalsMet: w.totals.met, consumersServed: w.consumersServed, leftOut: leftOut.length };
  });
}

/** The rows left out of the counts, with tab, row, column and why, so the coordinator can fix them before filing. */
function leftOutRows(issues: readonly Issue[]): Cell[][] {
  if (!issues.length) return [];
  const listed = issues.slice(0, MOST_LISTED).map((i) => [i.location.tab, i.location.row, i.location.column ?? '', i.message]);
  const more = issues.length > MOST_LISTED ? [[`… and ${issues.length - MOST_LISTED} more`]] : [];
  return [[`Rows left out of these counts (${issues.length})`], ['Tab', 'Row', 'Column', 'Why'], ...listed, ...more, []];
}

/** Two cells hold the same value (dates by their day). */
function sameCell(a: Cell, b: Cell): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

function pprTab(session: ActionSession): { tab: string } {
  const tab = session.tabOf('ppr');
  if (!tab) throw new DomainError('SETUP.TAB_MISSING', 'The tab for the yearly report (PPR) was not found — run Setup');
  return { tab };
}

// This file rebuilds the PPR worksheet tab for a federal fiscal year from the domain's counts (values only).
import { DomainError, Issue } from '../domain/errors';
import { buildPprWorksheet, fiscalYearOf } from '../domain/ppr';
import type { Cell } from '../domain/values';
import type { SummaryResult } from '../shared/rpc-contract';
import type { CellUpdate } from '../ports/workbook.port';
import { AppPorts, settingsOf, writeSession } from './app-ports';
import { managerSummaryTables } from './manager-summary-tables';
import { checkProgramRecords, readerIssues } from './program-records';
import { putSetting } from './settings-and-applications';
import { summaryReport } from './summary-report';

const MANAGER_FILE_TITLE = 'Peer Mentoring: manager summary';
/** Most left-out rows listed on the PPR tab; the command line's `check` lists them all. */
const MOST_LISTED = 500;

export function refreshPpr(ports: AppPorts, request: { fiscalYear: number }): SummaryResult {
  const today = ports.clock.today();
  const fiscalYear = Number(request?.fiscalYear) || fiscalYearOf(today);
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > fiscalYearOf(today) + 1) {
    throw new DomainError('INPUT.BAD_YEAR', `Choose a fiscal year from 2000 to ${fiscalYearOf(today) + 1}.`);
  }
  return writeSession(ports, (session) => {
    const model = session.model();
    // The workflow's one check of the records, so each problem is blamed on the row that has it (a review of a match
    // with bad dates is left out because of the match, not reported as a review of an unknown match).
    const records = checkProgramRecords(model);
    const { worksheet: w, issues: pprIssues } = buildPprWorksheet({
      consumers: model.consumers, goals: records.goals, matches: records.matches, reviews: records.reviews, fiscalYear, asOf: today, crosswalk: records.crosswalk,
    });
    const leftOut = [
      ...readerIssues(model, ['goals', 'matches', 'reviews', 'settings']),
      ...records.issues.settings, ...records.issues.goals, ...records.issues.matches, ...records.issues.reviews, ...pprIssues,
    ];
    const rows: Cell[][] = [
      [`PPR worksheet: federal fiscal year ${w.fiscalYear} (${w.start} to ${w.end})`],
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
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        const value = rows[r]?.[c] ?? null;
        const before = old[r]?.[c] ?? null;
        if (value !== before) updates.push({ row: r, column: c, value });
      }
    }
    // One write over the tab's block: the new worksheet, with anything left from a longer old one blanked.
    if (updates.length) session.workbook.update(tab, updates);
    session.audit({ action: 'summary.ppr', record: `FY${fiscalYear}`, details: `${w.totals.set} goals set; ${w.consumersServed} consumers served` });
    const note = leftOut.length ? ` ${leftOut.length} row${leftOut.length === 1 ? ' was' : 's were'} left out of the counts; the ${tab} tab lists why.` : '';
    return { message: `The ${tab} tab now shows fiscal year ${fiscalYear}: ${w.totals.set} goals set, ${w.totals.met} met, ${w.consumersServed} consumers served.${note}` };
  });
}

/** The rows left out of the counts, with tab, row, column and why, so the coordinator can fix them before filing. */
function leftOutRows(issues: readonly Issue[]): Cell[][] {
  if (!issues.length) return [];
  const listed = issues.slice(0, MOST_LISTED).map((i) => [i.location.tab, i.location.row, i.location.column ?? '', i.message]);
  const more = issues.length > MOST_LISTED ? [[`… and ${issues.length - MOST_LISTED} more`]] : [];
  return [[`Rows left out of these counts (${issues.length})`], ['Tab', 'Row', 'Column', 'Why'], ...listed, ...more, []];
}

function pprTab(session: import('./workbook-session').WorkbookSession): { tab: string } {
  const tab = session.tabOf('ppr');
  if (!tab) throw new DomainError('SETUP.TAB_MISSING', 'The PPR tab was not found — run Setup');
  return { tab };
}

/**
 * Publishes the managers' de-identified summary into its own spreadsheet (values and charts, never formulas or links
 * into this workbook). The first publish creates the file and remembers its ID in Settings (managerFileId); later
 * ones update the same file. Runs under the document lock, so two people publishing at once make one file.
 */
export function publishManagerSummary(ports: AppPorts): SummaryResult {
  const publisher = ports.publisher;
  if (!publisher) throw new DomainError('FEATURE.UNAVAILABLE', 'Publishing the manager summary is not available here.');
  const today = ports.clock.today();
  return writeSession(ports, (session) => {
    const model = session.model();
    const { manager } = summaryReport(model, today);
    const tables = managerSummaryTables(manager);
    const saved = settingsOf(session).managerFileId.trim();
    const out = publisher.publish(saved, MANAGER_FILE_TITLE, tables);
    if (out.fileId !== saved) putSetting(session, 'managerFileId', out.fileId);
    session.audit({ action: 'summary.publish', record: out.fileId, details: `${out.created ? 'created' : 'updated'}; ${tables.length} tabs` });
    const replaced = saved && out.created ? ' The saved manager file could not be opened, so a new one was made.' : '';
    return {
      message: `${out.created ? 'Created' : 'Updated'} the manager summary (${tables.length} tabs, as of ${today}).${replaced} Share it with managers from Google Drive.`,
      url: out.url,
    };
  });
}

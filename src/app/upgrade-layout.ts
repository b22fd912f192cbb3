// This file brings a workbook set up by an earlier release to the current layout, once, under the document lock.
// Layout 3 keeps each side's decision after the intro meeting on the match's own row: the Matches tab gets "Mentor
// decision" and "Consumer decision" columns after its last column (nothing moves), filled from the decisions the
// Audit tab recorded before; from then on the Audit tab is history only and is never read to open a match. Layout 4
// adds "Intro time" and "Intro place" after them, empty, so the intro meeting's time and place are kept with its date.
import type { TabMapping } from '../domain/header-mapping';
import { matchToCells } from '../domain/mappers/match.mapper';
import { TabKey, tabSpec } from '../domain/schema';
import type { Cell } from '../domain/values';
import type { WorkbookPort } from '../ports/workbook.port';
import { ActionSession } from './action-session';
import type { AppPorts } from './app-ports';
import { LAYOUT_VERSION, SavedLayout, saveLayout } from './layout';

/** Columns the add-on writes that a tab must have, whatever the coordinator's own sheet had: added at its end. */
const WRITTEN_COLUMNS: Partial<Record<TabKey, string[]>> = { matches: ['mentorDecision', 'consumerDecision', 'introTime', 'introPlace'] };

const headerText = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());

/**
 * Adds the written columns a tab's saved fields lack, after its last header (or maps a header already named so), and
 * records them in `entry`. Returns the headers added.
 */
export function addWrittenColumns(workbook: WorkbookPort, key: TabKey, entry: { tab: string; fields: Record<string, string>; headerRow?: number }, headerCells: readonly Cell[]): string[] {
  const headers = headerCells.map(headerText);
  let width = headers.length;
  while (width > 0 && headers[width - 1] === '') width--;
  const added: string[] = [];
  for (const field of WRITTEN_COLUMNS[key] ?? []) {
    if (entry.fields[field]) continue;
    const header = tabSpec(key).fields.find((f) => f.key === field)!.header;
    if (!headers.includes(header)) {
      workbook.update(entry.tab, [{ row: (entry.headerRow ?? 1) - 1, column: width++, value: header }]);
      added.push(header);
    }
    entry.fields[field] = header;
  }
  return added;
}

export function needsUpgrade(layout: SavedLayout): boolean {
  return Object.entries(WRITTEN_COLUMNS).some(([key, fields]) => {
    const entry = layout.mapping.tabs[key as TabKey];
    return entry !== undefined && fields.some((f) => !entry.fields[f]);
  });
}

/** Each match's last recorded decision per side, from the Audit rows written before layout 3 ("mentor: yes"). */
function decisionsInAudit(session: ActionSession): Map<string, Record<string, 'yes' | 'no'>> {
  const found = new Map<string, Record<string, 'yes' | 'no'>>();
  const report = session.report('audit');
  const columns: TabMapping['columns'] = report.mapping?.columns ?? {};
  const { action, record, details } = columns;
  if (!report.tab || action === undefined || record === undefined || details === undefined) return found;
  for (const row of session.read(report.tab).slice(1)) {
    if (row[action] !== 'match.decision') continue;
    const [side, decision] = String(row[details] ?? '').split(':').map((s) => s.trim());
    if ((side === 'mentor' || side === 'consumer') && (decision === 'yes' || decision === 'no')) {
      const id = String(row[record] ?? '');
      found.set(id, { ...found.get(id), [`${side}Decision`]: decision });
    }
  }
  return found;
}

/** Brings the workbook to the current layout; call while holding the document lock. Returns the saved layout. */
export function upgradeLayout(ports: AppPorts, layout: SavedLayout): SavedLayout {
  if (!needsUpgrade(layout)) return layout;
  const mapping = JSON.parse(JSON.stringify(layout.mapping)) as SavedLayout['mapping'];
  // Decisions move from the Audit tab only into columns added now: after layout 3 the row holds them, and a reopened
  // match's cleared decisions must not come back from older Audit rows.
  const decisionsAdded = !mapping.tabs.matches?.fields.mentorDecision;
  const names = ports.workbook.tabNames();
  let added = 0;
  for (const key of Object.keys(WRITTEN_COLUMNS) as TabKey[]) {
    const entry = mapping.tabs[key];
    if (!entry || !names.includes(entry.tab)) continue;
    added += addWrittenColumns(ports.workbook, key, entry, ports.workbook.read(entry.tab)[(entry.headerRow ?? 1) - 1] ?? []).length;
  }
  const session = new ActionSession(ports.workbook, mapping);
  const decisions = decisionsAdded ? decisionsInAudit(session) : new Map<string, Record<string, 'yes' | 'no'>>();
  let moved = 0;
  for (const match of session.tabOf('matches') ? session.model().matches : []) {
    const cells = decisions.get(match.id);
    if (!cells) continue;
    session.update('matches', match.id, matchToCells(cells));
    moved++;
  }
  session.audit({ action: 'setup.upgrade', record: `layout ${LAYOUT_VERSION}`, details: `${added} columns added; ${moved} matches' decisions moved from Audit` });
  session.commit(ports.clock.now(), ports.identity.who());
  return saveLayout(ports.store, { mapping, setupAt: layout.setupAt, setupBy: layout.setupBy });
}

// This file is what an action wrote, kept so it can be undone: for each row it changed, each cell with what it held
// before and what the action put there, and how to find the row again (by its record ID, or by its contents for tabs
// without IDs). The journal of the last few actions is kept in the document's own properties.
import type { TabMapping } from '../domain/header-mapping';
import type { AuditEntry } from './action-session';
import type { TabKey } from '../domain/schema';
import { Cell, readText } from '../domain/values';
import type { DocumentStorePort } from '../ports/document-store.port';
import type { CellUpdate } from '../ports/workbook.port';

/** A cell as kept in the journal (JSON): a date cell keeps being a date when it is put back. */
export type KeptCell = string | number | boolean | null | { date: string };

export interface ChangedCell {
  column: number;
  /** The column's header, to name the cell when it changed meanwhile. */
  header: string;
  before: KeptCell;
  after: KeptCell;
}

export interface ChangedRow {
  key: TabKey;
  tab: string;
  /** The row's record ID and the column holding it; null on tabs without IDs (Attendance). */
  id: string | null;
  idColumn: number | null;
  /** The grid row when written; null for a row the action added. */
  row: number | null;
  cells: ChangedCell[];
  /** The whole row as the action left it: how a row without an ID is found again after rows moved. */
  whole: KeptCell[];
}

/** What the sidebar is offered after a change: the token to undo it, and what it undoes, in words. */
export interface UndoOffer {
  token: string;
  label: string;
}

export interface UndoEntry extends UndoOffer {
  /** The Audit action and record of what is undone, for the undo's own Audit row. */
  action: string;
  record: string;
  rows: ChangedRow[];
}

export const UNDO_KEY = 'peerMentoring.undo';
/** The Audit action of an undo (an undo is not itself undone). */
export const UNDO_ACTION = 'undo';

/** What each audited action undoes, in the coordinator's words. */
const UNDO_WORDS: Record<string, (record: string, count: number) => string> = {
  'match.propose': (r, n) => (n > 1 ? `the ${n} proposed matches` : `proposing match ${r}`),
  'match.schedule-intro': (r) => `scheduling the intro of match ${r}`,
  'match.decision': (r) => `the decision recorded on match ${r}`,
  'match.activate': (r) => `activating match ${r}`,
  'match.complete': (r) => `completing match ${r}`,
  'match.close': (r) => `closing match ${r} early`,
  'match.reopen': (r) => `reopening match ${r}`,
  'review.review': (r) => `the review logged for match ${r}`,
  'review.check-in': (r) => `the check-in logged for match ${r}`,
  'training.attendance': (r) => `the attendance saved for session ${r}`,
  'training.plan': (r) => `adding training session ${r}`,
  'goals.copy': (r) => `copying ${r}`,
  'application.accept': (r) => `accepting application ${r}`,
  'application.reject': (r) => `rejecting application ${r}`,
  'application.merge': (r) => `merging application ${r}`,
  'settings.save': () => 'saving the settings',
};

/** "Undo closing match M-0003 early": the action's last Audit entry says what it was (a batch counts its entries). */
export function describeUndo(audited: readonly AuditEntry[]): string {
  const main = audited[audited.length - 1]!;
  const words = UNDO_WORDS[main.action];
  const count = audited.filter((a) => a.action === main.action).length;
  return `Undo ${words ? words(main.record, count) : 'the last change'}`;
}
/** How many recent actions can be undone; older ones drop off (the sidebar offers only its last one). */
const KEPT = 20;
/** Under Google's 500 KB per property store (https://developers.google.com/apps-script/guides/services/quotas). */
const KEPT_CHARS = 200_000;

export function keepCell(cell: Cell): KeptCell {
  if (cell === undefined || cell === null) return null;
  if (cell instanceof Date) return { date: cell.toISOString() };
  return cell;
}

export function restoreCell(kept: KeptCell): Cell {
  return kept !== null && typeof kept === 'object' ? new Date(kept.date) : kept;
}

/** The field that names a row on tabs whose records have no "ID" column; Attendance rows are found by their contents. */
const IDENTITY: Partial<Record<TabKey, string>> = { applications: 'responseId', settings: 'key' };

/** Whether a cell still holds what was kept, as a coordinator would read it (a number 3 and the text "3" are the same). */
export function holds(cell: Cell, kept: KeptCell): boolean {
  return readText(cell ?? null) === readText(restoreCell(kept));
}

/** The rows one tab's queued writes change, with each cell's value before (from the action's read) and after. */
export function journalOf(key: TabKey, tab: string, mapping: TabMapping, grid: readonly Cell[][], updates: readonly CellUpdate[], appends: readonly Cell[][]): ChangedRow[] {
  const idColumn = mapping.columns[IDENTITY[key] ?? 'id'] ?? null;
  const header = (column: number) => mapping.headers[column] || `column ${column + 1}`;
  const byRow = new Map<number, CellUpdate[]>();
  for (const u of updates) byRow.set(u.row, [...(byRow.get(u.row) ?? []), u]);
  const rows: ChangedRow[] = [];
  for (const [row, cells] of byRow) {
    const current = grid[row] ?? [];
    const changed = cells.filter((u) => JSON.stringify(keepCell(current[u.column])) !== JSON.stringify(keepCell(u.value)));
    if (!changed.length) continue;
    const whole = Array.from({ length: Math.max(current.length, ...changed.map((u) => u.column + 1)) }, (_, c) => keepCell(current[c]));
    for (const u of changed) whole[u.column] = keepCell(u.value);
    const id = idColumn === null ? null : readText(current[idColumn] ?? null) || null;
    rows.push({ key, tab, id, idColumn: id === null ? null : idColumn, row, whole, cells: changed.map((u) => ({ column: u.column, header: header(u.column), before: keepCell(current[u.column]), after: keepCell(u.value) })) });
  }
  for (const appended of appends) {
    const cells = appended.flatMap((value, column) => (value === null || value === undefined || value === '' ? [] : [{ column, header: header(column), before: null, after: keepCell(value) }]));
    const id = idColumn === null ? null : readText(appended[idColumn] ?? null) || null;
    rows.push({ key, tab, id, idColumn: id === null ? null : idColumn, row: null, cells, whole: appended.map(keepCell) });
  }
  return rows;
}

/**
 * IDs of rows an undo emptied. They are never handed out again, so one ID never names two records in the Audit
 * history; the allocator only needs the highest per prefix, so that is all that is kept ({"M": "M-0031"}).
 */
const UNDONE_IDS_KEY = 'peerMentoring.undoneIds';
const ID_PARTS = /^(.+)-(\d+)$/;

export function readUndoneIds(store: DocumentStorePort): string[] {
  try {
    const parsed = JSON.parse(store.get(UNDONE_IDS_KEY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? Object.values(parsed).filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function keepUndoneIds(store: DocumentStorePort, ids: readonly string[]): void {
  // Most undos empty no added row: nothing to keep, so the property is not read.
  if (ids.length === 0) return;
  const highest = new Map<string, string>();
  for (const id of [...readUndoneIds(store), ...ids]) {
    const parts = ID_PARTS.exec(id.trim());
    if (!parts) continue;
    const kept = highest.get(parts[1]!);
    if (!kept || Number(ID_PARTS.exec(kept)![2]) < Number(parts[2])) highest.set(parts[1]!, id.trim());
  }
  store.set(UNDONE_IDS_KEY, JSON.stringify(Object.fromEntries(highest)));
}

export function readEntries(store: DocumentStorePort): UndoEntry[] {
  try {
    const parsed = JSON.parse(store.get(UNDO_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as UndoEntry[]) : [];
  } catch {
    return [];
  }
}

/** Keeps an action's journal, newest first, dropping the oldest past the limits; returns its offer. */
export function keepUndo(store: DocumentStorePort, entry: Omit<UndoEntry, 'token'>, token: string): UndoOffer {
  const entries = [{ ...entry, token }, ...readEntries(store).filter((e) => e.token !== token)].slice(0, KEPT);
  while (entries.length > 1 && JSON.stringify(entries).length > KEPT_CHARS) entries.pop();
  store.set(UNDO_KEY, JSON.stringify(entries));
  return { token, label: entry.label };
}

/** Takes an action's journal out of the store (an undo is used once); null when it is no longer kept. */
export function takeUndo(store: DocumentStorePort, token: string): UndoEntry | null {
  const entries = readEntries(store);
  const found = entries.find((e) => e.token === token) ?? null;
  if (found) store.set(UNDO_KEY, JSON.stringify(entries.filter((e) => e !== found)));
  return found;
}

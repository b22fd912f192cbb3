// This file undoes one earlier change, whatever it was: every cell the change wrote is put back as it was, but only
// when each still holds what the change wrote; otherwise nothing is written and the sentence names the cell that was
// changed meanwhile. The undo is recorded on the Audit tab like any change.
import { DomainError } from '../domain/errors';
import type { Cell } from '../domain/values';
import { readText } from '../domain/values';
import type { ActionSession } from './action-session';
import { AppPorts, writeSession } from './app-ports';
import { ChangedRow, holds, keepUndoneIds, readEntries, restoreCell, takeUndo, UNDO_ACTION, UndoEntry } from './undo-journal';

export interface Undone {
  /** What was undone, in words ("closing match M-0003 early"). */
  message: string;
}

function changedMeanwhile(where: string): DomainError {
  return new DomainError('WORKBOOK.CHANGED_MEANWHILE', `Nothing was undone: ${where} was changed after that action. Check it, and change it by hand if needed.`);
}

const rowHolds = (cells: readonly Cell[], whole: ChangedRow['whole']) => whole.every((kept, column) => holds(cells[column], kept));

/** The grid row a journal row is on now: by its record ID, or (tabs without IDs) by its contents. */
function findRow(session: ActionSession, changed: ChangedRow, taken: Set<string>): number {
  const { tab, mapping } = session.table(changed.key);
  const grid = session.read(tab);
  const free = (r: number) => !taken.has(`${tab}#${r}`) && r > mapping.headerRow;
  let found = -1;
  if (changed.id !== null && changed.idColumn !== null) {
    found = grid.findIndex((row, r) => free(r) && readText(row[changed.idColumn!] ?? null) === changed.id);
    if (found < 0) throw changedMeanwhile(`the row of ${changed.id} on the ${tab} tab (it is no longer there)`);
  } else if (changed.row !== null && grid[changed.row] && free(changed.row) && rowHolds(grid[changed.row]!, changed.whole)) {
    found = changed.row;
  } else {
    found = grid.findIndex((row, r) => free(r) && rowHolds(row, changed.whole));
    if (found < 0) {
      const cell = changed.row === null ? undefined : changed.cells.find((c) => !holds(grid[changed.row!]?.[c.column], c.after));
      throw changedMeanwhile(cell ? `${cell.header} in row ${changed.row! + 1} of the ${tab} tab` : `the row it wrote on the ${tab} tab`);
    }
  }
  taken.add(`${tab}#${found}`);
  return found;
}

/** Puts back what the change wrote, in one write per tab, under the lock; the journal is used once. */
function restore(session: ActionSession, entry: UndoEntry): void {
  const taken = new Set<string>();
  for (const changed of entry.rows) {
    const row = findRow(session, changed, taken);
    const { tab } = session.table(changed.key);
    const now = session.read(tab)[row] ?? [];
    const moved = changed.cells.find((c) => !holds(now[c.column], c.after));
    if (moved) throw changedMeanwhile(`${moved.header} in row ${row + 1} of the ${tab} tab${changed.id ? ` (${changed.id})` : ''}`);
    session.updateCells(changed.key, changed.cells.map((c) => ({ row, column: c.column, value: restoreCell(c.before) })));
  }
  session.audit({ action: UNDO_ACTION, record: entry.record, details: `undid ${entry.action}` });
}

export function undoChange(ports: AppPorts, token: string): Undone {
  if (typeof token !== 'string' || !token.trim() || token.length > 300) throw new DomainError('INPUT.BAD_ID', 'Choose a change to undo.');
  const entry = writeSession(ports, (session) => {
    const found = readEntries(ports.store).find((e) => e.token === token);
    if (!found) throw new DomainError('UNDO.GONE', 'That change can no longer be undone: it was undone already, or many changes were made since.');
    restore(session, found);
    return found;
  });
  // Only once the cells are back is the journal dropped, so a refused undo can be tried again.
  takeUndo(ports.store, token);
  keepUndoneIds(ports.store, entry.rows.flatMap((row) => (row.row === null && row.id !== null ? [row.id] : [])));
  return { message: `Undone: ${entry.label.replace(/^Undo /, '')}.` };
}

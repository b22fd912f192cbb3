// This file is Go to cell: the sidebar names a cell by tab, row and column header (as readiness lists an unreadable
// value), and the cursor moves there so the coordinator can fix it.
import { DomainError } from '../domain/errors';
import { columnLetter } from '../domain/workbook-reader';
import { AppPorts } from './app-ports';
import { loadLayout } from './layout';
import { headerText } from './propose-setup';

export interface CellRequest {
  tab: string;
  row: number;
  /** The column's header, as the sidebar shows it; without one, the cursor goes to the row's first cell. */
  column?: string | null;
}

export interface CellReached {
  tab: string;
  row: number;
  /** The column letter the cursor is on. */
  column: string;
  /** One sentence for the live region. */
  message: string;
}

/** Title rows above the headers are a few at most: where a header is looked for when the saved setup has none. */
const HEADER_SEARCH_ROWS = 20;

function validCell(request: CellRequest): CellRequest {
  const ok = request && typeof request.tab === 'string' && request.tab !== '' && Number.isInteger(request.row) && request.row >= 1
    && (request.column === undefined || request.column === null || typeof request.column === 'string');
  if (!ok) throw new DomainError('INPUT.BAD_CELL', 'The cell to go to was not understood; reopen the list and try again.');
  return request;
}

/** Moves the cursor to the cell; the column is found by its header on the tab's saved header row (or above the row). */
export function goToCell(ports: AppPorts, request: CellRequest): CellReached {
  const { tab, row, column } = validCell(request);
  if (!ports.workbook.tabNames().includes(tab)) throw new DomainError('SETUP.NO_SUCH_TAB', `There is no tab named "${tab}" any more; check the workbook and try again.`);
  if (!ports.selection?.activate) throw new DomainError('FEATURE.UNAVAILABLE', 'Moving the cursor is only possible in Google Sheets; open the tab and find the row there.');
  let index = -1;
  if (column) {
    const grid = ports.workbook.read(tab);
    const saved = Object.values(loadLayout(ports.store)?.mapping.tabs ?? {}).find((t) => t?.tab === tab);
    const rows = saved ? [(saved.headerRow ?? 1) - 1] : [...Array(Math.min(row - 1, HEADER_SEARCH_ROWS)).keys()];
    for (const r of rows) {
      index = (grid[r] ?? []).findIndex((cell) => headerText(cell) === column);
      if (index >= 0) break;
    }
  }
  const at = Math.max(index, 0);
  ports.selection.activate(tab, row, at + 1);
  const letter = columnLetter(at);
  const message = column && index < 0
    ? `The column '${column}' is no longer on ${tab}; the cursor is on row ${row}.`
    : `The cursor is on ${tab}, cell ${letter}${row}.`;
  return { tab, row, column: letter, message };
}

// This file is one action's view of the workbook: each tab is read at most once, records are found by ID in that
// read (never by a row number remembered from earlier), and all changes are written at the end in one batch per tab,
// with an Audit row for each change.
import { DomainError } from '../domain/errors';
import type { SavedMapping, TabMapping } from '../domain/header-mapping';
import { idAllocator } from '../domain/ids';
import { TabKey, tabSpec } from '../domain/schema';
import type { Cell } from '../domain/values';
import { readWorkbook, WorkbookModel } from '../domain/workbook-reader';
import type { CellUpdate, WorkbookPort } from '../ports/workbook.port';
import { recordCells } from './record-cells';

export interface AuditEntry {
  action: string;
  /** A record ID (or a count such as "12 rows"); never a name or any other personal detail. */
  record: string;
  details?: string;
}

interface PendingTab {
  updates: Map<string, CellUpdate>;
  appends: Cell[][];
}

const AUDIT_HEADER = tabSpec('audit').fields.map((f) => f.header);

export class WorkbookSession {
  private readonly grids = new Map<string, Cell[][]>();
  private readonly pending = new Map<TabKey, PendingTab>();
  private readonly audits: AuditEntry[] = [];
  private cachedModel: WorkbookModel | null = null;
  private readonly allocators = new Map<TabKey, () => string>();

  constructor(
    readonly workbook: WorkbookPort,
    readonly mapping: SavedMapping | undefined,
  ) {}

  /** The tab's cells, read once per action. */
  read(tab: string): Cell[][] {
    let grid = this.grids.get(tab);
    if (!grid) {
      grid = this.workbook.read(tab);
      this.grids.set(tab, grid);
    }
    return grid;
  }

  tabNames(): string[] {
    return this.workbook.tabNames();
  }

  /**
   * The workbook's records. A column the saved setup names that is no longer in the sheet stops the action before
   * anything is written: "column 'ZIP' on Mentors was not found — run Setup".
   */
  model(): WorkbookModel {
    if (this.cachedModel) return this.cachedModel;
    const model = readWorkbook({ tabNames: () => this.tabNames(), read: (tab) => this.read(tab) }, this.mapping);
    for (const report of model.tabs) {
      const stale = report.mapping?.stale[0];
      if (stale) {
        throw new DomainError('SETUP.COLUMN_MISSING', `column '${stale.header}' on ${report.tab} was not found — run Setup`, { tab: report.tab!, row: 1, column: stale.header });
      }
      if (report.required && (report.tab === null || (report.mapping?.missing.length ?? 0) > 0)) {
        const what = report.tab === null ? `the ${tabSpec(report.key).name} tab` : `${report.mapping!.missing[0]} on ${report.tab}`;
        throw new DomainError('SETUP.REQUIRED_MISSING', `${what} was not found — run Setup`);
      }
    }
    this.cachedModel = model;
    return model;
  }

  /** The tab playing a role and its column mapping; throws when the tab is missing (Setup creates it). */
  table(key: TabKey): { tab: string; mapping: TabMapping } {
    const report = this.model().tabs.find((t) => t.key === key)!;
    if (!report.tab || !report.mapping) {
      throw new DomainError('SETUP.TAB_MISSING', `The ${tabSpec(key).name} tab was not found — run Setup`, { tab: tabSpec(key).name });
    }
    return { tab: report.tab, mapping: report.mapping };
  }

  /** The next free record ID for a tab ("X-0042"), unique within this action too. */
  nextId(key: TabKey): string {
    let next = this.allocators.get(key);
    if (!next) {
      const { tab, mapping } = this.table(key);
      const column = mapping.columns.id;
      const existing = column === undefined ? [] : this.read(tab).slice(1).map((row) => String(row[column] ?? ''));
      next = idAllocator(tabSpec(key).idPrefix ?? 'R', existing);
      this.allocators.set(key, next);
    }
    return next();
  }

  private pendingFor(key: TabKey): PendingTab {
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { updates: new Map(), appends: [] };
      this.pending.set(key, entry);
    }
    return entry;
  }

  /**
   * Finds a record's sheet row (0-based grid row) by its ID in this action's read. A record that is no longer
   * there — deleted, or its ID changed — is reported as gone.
   */
  rowOf(key: TabKey, id: string, what = tabSpec(key).name.replace(/s$/, '').toLowerCase()): number {
    const { tab, mapping } = this.table(key);
    const column = mapping.columns.id;
    const grid = this.read(tab);
    if (column !== undefined) {
      for (let r = 1; r < grid.length; r++) if (String(grid[r]?.[column] ?? '').trim() === id) return r;
    }
    throw new DomainError('RECORD.GONE', `The ${what} ${id} is no longer on the ${tab} tab (it may have been deleted or its ID changed). Refresh and try again.`, { tab });
  }

  /** Queues cell changes for the record with this ID (fields not mapped on the sheet are skipped). */
  update(key: TabKey, id: string, cells: Record<string, Cell>): void {
    this.updateRow(key, this.rowOf(key, id), cells);
  }

  /** Queues cell changes for a grid row found in this action's read (for tabs without IDs, like Attendance). */
  updateRow(key: TabKey, row: number, cells: Record<string, Cell>): void {
    const { mapping } = this.table(key);
    const entry = this.pendingFor(key);
    for (const [field, value] of Object.entries(cells)) {
      const column = mapping.columns[field];
      if (column === undefined) continue;
      entry.updates.set(`${row},${column}`, { row, column, value });
    }
  }

  /** Queues a new record row; values go into the mapped columns, the rest stay blank. */
  append(key: TabKey, record: object): void {
    const { tab, mapping } = this.table(key);
    const width = Math.max(this.read(tab)[0]?.length ?? 0, ...Object.values(mapping.columns).map((c) => c + 1));
    const row = new Array<Cell>(width).fill(null);
    for (const [field, value] of Object.entries(recordCells(key, record))) {
      const column = mapping.columns[field];
      if (column !== undefined) row[column] = value;
    }
    this.pendingFor(key).appends.push(row);
  }

  audit(entry: AuditEntry): void {
    this.audits.push(entry);
  }

  /** True when something is waiting to be written. */
  get dirty(): boolean {
    return [...this.pending.values()].some((p) => p.updates.size || p.appends.length);
  }

  /**
   * Writes everything queued: per tab one batch of cell updates and one append, then the Audit rows (one append).
   * Call while holding the document lock.
   */
  commit(when: Date, who: string): void {
    for (const [key, entry] of this.pending) {
      const { tab } = this.table(key);
      if (entry.updates.size) this.workbook.update(tab, [...entry.updates.values()]);
      if (entry.appends.length) this.workbook.append(tab, entry.appends);
    }
    this.pending.clear();
    if (this.audits.length) {
      const auditTab = this.auditTab();
      const stamp = when.toISOString();
      this.workbook.append(auditTab, this.audits.map((a) => [stamp, who, a.action, a.record, a.details ?? '']));
      this.audits.length = 0;
    }
  }

  private auditTab(): string {
    const report = this.model().tabs.find((t) => t.key === 'audit');
    if (report?.tab) return report.tab;
    // The Audit tab is append-only history; when someone removed it, start a new one rather than lose the trail.
    const name = tabSpec('audit').name;
    if (!this.tabNames().includes(name)) this.workbook.createTab(name, AUDIT_HEADER);
    return name;
  }
}

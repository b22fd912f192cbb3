// This file is one action's view of the workbook: each tab is read at most once, records are found by ID in that
// read (never by a row number remembered from earlier), and all changes are written at the end, only the cells that
// change, with an Audit row for each change.
import { DomainError, Issue } from '../domain/errors';
import { findTabs, SavedMapping, TabMapping } from '../domain/header-mapping';
import { idAllocator } from '../domain/ids';
import { TabKey, tabSpec, WORKBOOK_SCHEMA } from '../domain/schema';
import type { Cell } from '../domain/values';
import { FOCUSED_TABS, HEADER_SEARCH_ROWS, ReadFocus, readWorkbook, TabReport, WorkbookModel } from '../domain/workbook-reader';
import type { CellUpdate, WorkbookPort } from '../ports/workbook.port';
import { journalOf, type ChangedRow } from './undo-journal';

export interface AuditEntry {
  action: string;
  /** A record ID (or a count such as "12 rows"); never a name or any other personal detail. */
  record: string;
  details?: string;
}

interface LoadedTab {
  /** The reader's model of this one tab (the other record lists are empty). */
  model: WorkbookModel;
  report: TabReport;
  issues: Issue[];
}

interface PendingTab {
  updates: Map<string, CellUpdate>;
  appends: Cell[][];
}

const AUDIT_HEADER = tabSpec('audit').fields.map((f) => f.header);

export class ActionSession {
  private readonly grids = new Map<string, Cell[][]>();
  /** Tabs' first rows, read for their header when the rest of the tab is not needed. */
  private readonly tops = new Map<string, Cell[][]>();
  private readonly pending = new Map<TabKey, PendingTab>();
  private readonly audits: AuditEntry[] = [];
  private readonly models = new Map<string, WorkbookModel>();
  private readonly allocators = new Map<TabKey, () => string>();
  /** Tabs read into records, by role (and, for a focused read, by role and consumer). */
  private readonly loaded = new Map<string, LoadedTab>();
  private readonly headerReports = new Map<TabKey, TabReport>();
  private names: string[] | null = null;

  constructor(
    readonly workbook: WorkbookPort,
    readonly mapping: SavedMapping | undefined,
    /** IDs no longer on any tab that must not be handed out again (rows an undo emptied). */
    private readonly retiredIds: readonly string[] = [],
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

  /** The workbook's tab names, asked once per action (tabs this action creates are added as it creates them). */
  tabNames(): string[] {
    this.names ??= this.workbook.tabNames();
    return this.names;
  }

  /**
   * The workbook's records, read lazily: each tab is read (once) the first time the action touches its records, so an
   * action reads only the tabs it needs. `tabs` and `issues` read every tab. A column the saved setup names that is
   * no longer in a tab stops the action, before anything is written, as soon as that tab is read: "column 'ZIP' on
   * Mentors was not found — run Setup". With `focus`, the records one consumer's question needs (see ReadFocus); the
   * other tabs' reads are shared with the whole model.
   */
  model(focus?: ReadFocus): WorkbookModel {
    const id = focus ? focus.consumerId.trim().toLowerCase() : '';
    const cached = this.models.get(id);
    if (cached) return cached;
    const model = {} as WorkbookModel;
    const records: [keyof WorkbookModel, TabKey][] = [
      ['mentors', 'mentors'], ['consumers', 'consumers'], ['goals', 'goals'], ['matches', 'matches'], ['reviews', 'reviews'],
      ['trainings', 'trainings'], ['attendance', 'attendance'], ['settings', 'settings'], ['typedGoals', 'consumers'],
    ];
    const load = (key: TabKey) => this.load(key, focus);
    for (const [field, key] of records) {
      Object.defineProperty(model, field, { enumerable: true, get: () => load(key).model[field] });
    }
    Object.defineProperty(model, 'tabs', { enumerable: true, get: () => WORKBOOK_SCHEMA.map((spec) => load(spec.key).report) });
    Object.defineProperty(model, 'issues', { enumerable: true, get: () => WORKBOOK_SCHEMA.flatMap((spec) => load(spec.key).issues) });
    // What the reader found on some tabs, reading only those (see readerIssues).
    Object.defineProperty(model, 'issuesOn', {
      enumerable: false,
      value: (keys: readonly TabKey[]) => keys.filter((key) => this.tabOf(key) !== null).flatMap((key) => load(key).issues),
    });
    Object.defineProperty(model, 'usable', {
      enumerable: true,
      get: () => WORKBOOK_SCHEMA.filter((spec) => spec.required).every((spec) => {
        const t = load(spec.key).report;
        return t.tab !== null && t.mapping !== null && t.mapping.missing.length === 0 && t.mapping.stale.length === 0;
      }),
    });
    this.models.set(id, model);
    return model;
  }

  /** The workbook tab playing a role (from the tab names and the saved setup), without reading it. */
  tabOf(key: TabKey): string | null {
    return findTabs(this.tabNames(), this.mapping).find((a) => a.key === key)?.tab ?? null;
  }

  /** How a role's tab is read: its name and column mapping (reads the tab). */
  report(key: TabKey): TabReport {
    return this.load(key).report;
  }

  /**
   * Reads one role's tab into records. The reader is given every tab name (so tabs are assigned to roles exactly as
   * for the whole workbook) but only this tab's cells; what it says about the other, unread tabs is dropped.
   */
  private load(key: TabKey, focus?: ReadFocus): LoadedTab {
    const focused = focus && FOCUSED_TABS.includes(key) ? focus : undefined;
    const entry = focused ? `${key}\u0000${focused.consumerId.trim().toLowerCase()}` : key;
    const done = this.loaded.get(entry);
    if (done) return done;
    const tab = this.tabOf(key);
    const spec = tabSpec(key);
    const model = readWorkbook({ tabNames: () => this.tabNames(), read: (name) => (name === tab ? this.read(name) : []) }, this.mapping, focused);
    const report = model.tabs.find((t) => t.key === key)!;
    const where = tab ?? spec.name;
    const loaded: LoadedTab = { model, report, issues: model.issues.filter((issue) => issue.location.tab === where) };
    this.checkReport(key, report);
    this.loaded.set(entry, loaded);
    return loaded;
  }

  /** Stops the action when a column the saved setup names is gone, or a required tab or column is missing. */
  private checkReport(key: TabKey, report: TabReport): void {
    const stale = report.mapping?.stale[0];
    if (stale) {
      throw new DomainError('SETUP.COLUMN_MISSING', `column '${stale.header}' on ${report.tab} was not found — run Setup`, { tab: report.tab!, row: 1, column: stale.header });
    }
    if (report.required && (report.tab === null || (report.mapping?.missing.length ?? 0) > 0)) {
      const what = report.tab === null ? `the ${tabSpec(key).name} tab` : `${report.mapping!.missing[0]} on ${report.tab}`;
      throw new DomainError('SETUP.REQUIRED_MISSING', `${what} was not found — run Setup`);
    }
  }

  /**
   * The tab playing a role and its column mapping; throws when the tab is missing (Setup creates it). When the
   * action has not read the tab's records, only its first rows are read (the header is found among them), so adding a
   * row to a tab that only grows — Reviews, Audit — never reads it whole.
   */
  table(key: TabKey): { tab: string; mapping: TabMapping } {
    const report = this.loaded.get(key)?.report ?? this.headerReport(key);
    if (!report.tab || !report.mapping) {
      throw new DomainError('SETUP.TAB_MISSING', `The ${tabSpec(key).name} tab was not found — run Setup`, { tab: tabSpec(key).name });
    }
    return { tab: report.tab, mapping: report.mapping };
  }

  /** The tab's first rows (where the header is looked for), read once, without reading the rest when the host can. */
  private topRows(tab: string): Cell[][] {
    const grid = this.grids.get(tab);
    if (grid || !this.workbook.readRows) return (grid ?? this.read(tab)).slice(0, HEADER_SEARCH_ROWS);
    let top = this.tops.get(tab);
    if (!top) {
      top = this.workbook.readRows(tab, 0, HEADER_SEARCH_ROWS);
      this.tops.set(tab, top);
    }
    return top;
  }

  /** A role's tab report from its first rows only (its mapping is all a write needs); checked as `load` checks it. */
  private headerReport(key: TabKey): TabReport {
    const tab = this.tabOf(key);
    if (!tab || !this.workbook.readRows || this.grids.has(tab)) return this.report(key);
    let report = this.headerReports.get(key);
    if (!report) {
      const top = this.topRows(tab);
      const model = readWorkbook({ tabNames: () => this.tabNames(), read: (name) => (name === tab ? top : []) }, this.mapping);
      report = model.tabs.find((t) => t.key === key)!;
      this.checkReport(key, report);
      this.headerReports.set(key, report);
    }
    return report;
  }

  /** The next free record ID for a tab ("X-0042"), unique within this action too. */
  nextId(key: TabKey): string {
    let next = this.allocators.get(key);
    if (!next) {
      const { tab, mapping } = this.table(key);
      const column = mapping.columns.id;
      // Only the ID column is read when the tab's records are not otherwise needed.
      const ids = column === undefined ? [] : this.grids.has(tab) || !this.workbook.readColumn ? this.read(tab).slice(1).map((row) => row[column]) : this.workbook.readColumn(tab, column);
      const existing = [...ids.map((cell) => String(cell ?? '')), ...this.retiredIds];
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

  /** Queues a new row from its cells by field (the tab's mapper makes them); mapped columns only, the rest blank. */
  append(key: TabKey, cells: Record<string, Cell>): void {
    const { tab, mapping } = this.table(key);
    const width = Math.max(this.topRows(tab)[0]?.length ?? 0, ...Object.values(mapping.columns).map((c) => c + 1));
    const row = new Array<Cell>(width).fill(null);
    for (const [field, value] of Object.entries(cells)) {
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

  /** Queues cells by grid position on a role's tab, exactly as given (undo restores what an action wrote this way). */
  updateCells(key: TabKey, cells: readonly CellUpdate[]): void {
    const entry = this.pendingFor(key);
    for (const cell of cells) entry.updates.set(`${cell.row},${cell.column}`, cell);
  }

  /** The Audit entries queued so far (what this action is about to record). */
  get audited(): readonly AuditEntry[] {
    return this.audits;
  }

  /**
   * Writes everything queued: per tab its changed cells (one update call) and one append, then the Audit rows (one
   * append). Call while holding the document lock. Returns the rows it changed, each cell with what it held before
   * and what was written, so the action can be undone (the Audit rows are history and are never undone).
   */
  commit(when: Date, who: string): ChangedRow[] {
    // Every tab is checked before any is written, so an edit made meanwhile leaves the whole action unwritten.
    for (const [key, entry] of this.pending) if (entry.updates.size) this.workbook.checkUnchanged?.(this.table(key).tab, [...entry.updates.values()]);
    const journal: ChangedRow[] = [];
    for (const [key, entry] of this.pending) {
      const { tab, mapping } = this.table(key);
      // The grid gives updated cells their before-values; a tab only appended to (Reviews, Audit) is not read for it.
      journal.push(...journalOf(key, tab, mapping, entry.updates.size ? this.read(tab) : [], [...entry.updates.values()], entry.appends));
    }
    for (const [key, entry] of this.pending) {
      const { tab } = this.table(key);
      if (entry.updates.size) this.workbook.update(tab, [...entry.updates.values()]);
      if (entry.appends.length) this.workbook.append(tab, entry.appends);
    }
    this.pending.clear();
    if (this.audits.length) {
      const auditTab = this.auditTab(when);
      const stamp = when.toISOString();
      this.workbook.append(auditTab, this.audits.map((a) => [stamp, who, a.action, a.record, a.details ?? '']));
      this.audits.length = 0;
    }
    return journal;
  }

  /**
   * The Audit tab's name; it is appended to, never read whole, for an audit row. When its first row is from an
   * earlier year than this row, it rolls over first: renamed "Audit <that year>" and a fresh Audit tab started with
   * the same header, so the tab a sheet must load stays a year long and no history is lost (readAuditRows reads the
   * yearly tabs too).
   */
  private auditTab(when: Date): string {
    const tab = this.tabOf('audit');
    if (tab) {
      this.rollAuditOver(tab, when);
      return tab;
    }
    // The Audit tab is append-only history; when someone removed it, start a new one rather than lose the trail.
    const name = tabSpec('audit').name;
    if (!this.tabNames().includes(name)) {
      this.workbook.createTab(name, AUDIT_HEADER);
      this.names = [...this.tabNames(), name];
    }
    return name;
  }

  private rollAuditOver(tab: string, when: Date): void {
    if (!this.workbook.readRows || !this.workbook.renameTab) return;
    const { mapping } = this.table('audit');
    const column = mapping.columns.when;
    if (column === undefined || mapping.headerRow !== 0) return;
    // The first row after the header is among the rows already read for the header.
    const first = this.topRows(tab)[1];
    const year = auditYear(first?.[column]);
    if (year === null || year >= when.getUTCFullYear()) return;
    const names = this.tabNames();
    let yearly = `${tab} ${year}`;
    for (let n = 2; names.includes(yearly); n++) yearly = `${tab} ${year} (${n})`;
    const header = this.topRows(tab)[0]!.map((cell) => String(cell ?? ''));
    this.workbook.renameTab(tab, yearly);
    this.workbook.createTab(tab, header);
    this.names = [...names.filter((name) => name !== tab), yearly, tab];
    this.grids.delete(tab);
    this.tops.delete(tab);
  }
}

/** The year an Audit row was written in: its When cell, a date or the ISO text the add-on writes; null if unreadable. */
function auditYear(cell: Cell | undefined): number | null {
  if (cell instanceof Date) return cell.getUTCFullYear();
  const match = /^(\d{4})-\d{2}-\d{2}/.exec(String(cell ?? '').trim());
  return match ? Number(match[1]) : null;
}

/** Audit tabs rolled over from `tab`, oldest first: "Audit 2025", "Audit 2026", "Audit 2026 (2)". */
export function yearlyAuditTabs(names: readonly string[], tab: string): string[] {
  const yearly = names
    .map((name) => ({ name, match: new RegExp(`^${tab.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d{4})(?: \\((\\d+)\\))?$`).exec(name) }))
    .filter((entry) => entry.match);
  return yearly.sort((a, b) => Number(a.match![1]) - Number(b.match![1]) || Number(a.match![2] ?? 1) - Number(b.match![2] ?? 1)).map((entry) => entry.name);
}

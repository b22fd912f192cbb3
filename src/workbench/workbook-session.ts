// This file is one open workbook in the workbench: the built add-on running in the Apps Script emulation over the
// .xlsx file, the calls the sidebar and menu make into it, and saving every change back to the file — and the manager
// summary the add-on publishes to a second .xlsx beside it.
import fs from 'node:fs';
import path from 'node:path';
import { FetchHandler, GasRuntime, LOCAL_OAUTH_TOKEN, saveXlsx } from './gas';
import type { OriginalFile } from './gas/xlsx-file';
import { listTabs, TabSummary, TabView, viewTab } from './grid-view';
import { hasSettingsTab, prefillSetting, readSetting, RunOnlySetting, runOnlyCells } from './local-settings';
import { managerFilePath, ManagerSummaryFile } from './manager-file';
import type { MenuOutcome } from './page/contract';
import { claimWorkbook, fileStamp, openWorkbookFile, sideFileOf } from './workbook-file';
import { WorkbenchError } from './workbench-error';

export interface SessionOptions {
  file: string;
  /** The built add-on (addon.js, sidebar.html). */
  addonDir: string;
  /** Answers UrlFetchApp calls (the local functions); offline when omitted. Sheets API calls never reach it. */
  fetch?: FetchHandler;
  /** ScriptApp.getIdentityToken (tokens the local functions accept); a placeholder when omitted. */
  identityToken?: () => string;
  /** The functions address to use for this run when Settings has none; never saved to the file. */
  functionUrl?: string;
  /** Freezes "now" inside the add-on, for repeatable tests. */
  now?: Date;
  user?: string;
}

export type CallOutcome = { ok: true; value: unknown } | { ok: false; message: string };

const GRID_ROW_LIMIT = 2000;

export class WorkbookSession {
  /** Goes up by one after each change the add-on makes; the grid uses it to know it must refresh. */
  version = 0;
  /** Why the last save of each file failed (the workbook, the manager summary); cleared when it next saves. */
  private readonly saveErrors = new Map<string, string>();
  private fingerprint: string;
  private saving: Promise<void> = Promise.resolve();
  /** The workbook file as this workbench last loaded or saved it; another stamp means another program changed it. */
  private stamp: string;
  /** Where changes go once the workbook changed on disk meanwhile (never over the coordinator's edit). */
  private sideFile: string | null = null;
  private release: () => void = () => undefined;
  /** The file as loaded: saves write the add-on's changes into it and keep the rest (formats, notes, merges…). */
  private original: OriginalFile | undefined;

  private constructor(
    readonly file: string,
    readonly runtime: GasRuntime,
    readonly manager: ManagerSummaryFile,
    private runOnly: RunOnlySetting | null,
    /** The functions address still to pre-fill once setup has made a Settings tab (the workbook had none). */
    private pendingFunctionUrl: string | undefined,
  ) {
    this.fingerprint = this.state();
    this.stamp = fileStamp(file);
  }

  /** Lets another workbench open the file again. */
  close(): void {
    this.release();
  }

  /** One sentence for the page when a file could not be saved, else null. */
  get saveError(): string | null {
    return this.saveErrors.values().next().value ?? null;
  }

  /** Where the published manager summary is saved (written on the first publish). */
  get managerFile(): string {
    return this.manager.file;
  }

  /** True when Settings holds the functions address for this run only (the coordinator had none). */
  get usesRunOnlyFunctionUrl(): boolean {
    return this.runOnly !== null && readSetting(this.runtime.spreadsheet, 'functionUrl') === this.runOnly.value;
  }

  static async open(options: SessionOptions): Promise<WorkbookSession> {
    if (!fs.existsSync(path.join(options.addonDir, 'addon.js'))) {
      throw new WorkbenchError(`The add-on is not built (${path.join(options.addonDir, 'addon.js')} is missing); run "npm run build" and start again.`);
    }
    const file = path.resolve(options.file);
    const release = claimWorkbook(file);
    const { spreadsheet, documentProperties, original } = await openWorkbookFile(file).catch((error: unknown) => {
      release();
      throw error;
    });
    spreadsheet.name = path.basename(file, path.extname(file));
    const runOnly = options.functionUrl ? prefillSetting(spreadsheet, 'functionUrl', options.functionUrl) : null;
    const pending = options.functionUrl && !hasSettingsTab(spreadsheet) ? options.functionUrl : undefined;
    const manager = new ManagerSummaryFile(managerFilePath(file), LOCAL_OAUTH_TOKEN);
    await manager.restore(readSetting(spreadsheet, 'managerFileId'));
    const runtime = new GasRuntime({
      spreadsheet,
      documentProperties,
      addonDir: options.addonDir,
      fetch: manager.api.handler(options.fetch),
      identityToken: options.identityToken,
      now: options.now,
      user: options.user,
      // The run-only local function address stands in for a deployed one the manifest allows.
      localFetchPrefixes: options.functionUrl ? [options.functionUrl] : [],
    }).loadAddon();
    const session = new WorkbookSession(file, runtime, manager, runOnly, pending);
    session.release = release;
    session.original = original;
    session.runMenu('onOpen');
    return session;
  }

  /** A google.script.run call from the sidebar; a thrown error reaches the sidebar's failure handler as its message. */
  async call(name: string, args: unknown[]): Promise<CallOutcome> {
    let outcome: CallOutcome;
    try {
      outcome = { ok: true, value: this.runtime.callFromSidebar(name, ...args) };
    } catch (error) {
      outcome = { ok: false, message: (error as Error)?.message ?? String(error) };
    }
    await this.saveIfChanged();
    return outcome;
  }

  /** Runs a top-level function as a menu item does, and reports what it showed. */
  async menu(functionName: string): Promise<MenuOutcome> {
    const outcome = this.runMenu(functionName);
    await this.saveIfChanged();
    return outcome;
  }

  /** The add-on's menus, as onOpen built them. */
  menus() {
    return this.runtime.ui.menus;
  }

  /** The HTML of a sidebar or dialog the add-on showed; the first sidebar comes from the add-on's own showSidebar. */
  shownHtml(kind: 'sidebars' | 'dialogs', id: number | null): string | null {
    const shown = this.runtime.ui[kind];
    if (kind === 'sidebars' && id === null) {
      this.runMenu('showSidebar');
      return shown[shown.length - 1]?.html ?? this.builtSidebar();
    }
    return id !== null && shown[id] ? shown[id]!.html : null;
  }

  /** Moves the cursor, as a click on a cell in Sheets does (the Match view reads the consumer under it). */
  select(tab: string, row: number, column: number): boolean {
    const sheet = this.runtime.spreadsheet.sheet(tab);
    if (!sheet || row < 1 || column < 1) return false;
    this.runtime.spreadsheet.select(tab, row, column);
    return true;
  }

  /** The cursor, which the add-on may move (Go to cell), so the page can show it. */
  active(): { tab: string; row: number; column: number } {
    const { sheet, row, column } = this.runtime.spreadsheet.activeCell();
    return { tab: sheet.name, row, column };
  }

  tabs(): TabSummary[] {
    return listTabs(this.runtime.spreadsheet);
  }

  tab(name: string): TabView | null {
    const sheet = this.runtime.spreadsheet.sheet(name);
    return sheet && !sheet.hidden ? viewTab(this.runtime.spreadsheet, sheet, GRID_ROW_LIMIT) : null;
  }

  /** Resolves when every change so far is on disk. */
  flush(): Promise<void> {
    return this.saving;
  }

  private builtSidebar(): string | null {
    const file = path.join(this.runtime.addonDir, 'sidebar.html');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  }

  private runMenu(functionName: string): MenuOutcome {
    const ui = this.runtime.ui;
    const before = { alerts: ui.alerts.length, sidebars: ui.sidebars.length, dialogs: ui.dialogs.length, toasts: this.runtime.spreadsheet.toasts.length };
    let failure: string | undefined;
    try {
      this.runtime.run(functionName);
    } catch (error) {
      failure = (error as Error)?.message ?? String(error);
    }
    const dialog = ui.dialogs.length > before.dialogs ? ui.dialogs.length - 1 : null;
    return {
      ok: failure === undefined,
      ...(failure === undefined ? {} : { message: failure }),
      alerts: ui.alerts.slice(before.alerts),
      toasts: this.runtime.spreadsheet.toasts.slice(before.toasts),
      sidebar: ui.sidebars.length > before.sidebars ? ui.sidebars.length - 1 : null,
      dialog: dialog === null ? null : { id: dialog, title: ui.dialogs[dialog]!.title },
    };
  }

  /** Everything a save would write, as text: compared after each call to know whether anything changed. */
  private state(): string {
    const book = this.runtime.spreadsheet;
    return JSON.stringify([
      book.sheets.map((s) => [s.name, s.hidden, s.frozenRows, s.cells, [...s.formulas], [...s.numberFormats], s.validations]),
      [...this.runtime.documentProperties.data],
    ]);
  }

  private saveIfChanged(): Promise<void> {
    if (this.pendingFunctionUrl && hasSettingsTab(this.runtime.spreadsheet)) {
      this.runOnly = prefillSetting(this.runtime.spreadsheet, 'functionUrl', this.pendingFunctionUrl);
      this.pendingFunctionUrl = undefined;
    }
    const now = this.state();
    if (now !== this.fingerprint) {
      this.fingerprint = now;
      this.version++;
      const properties = Object.fromEntries(this.runtime.documentProperties.data);
      // Saves run one after another; each writes the whole workbook to a temporary file and renames it into place.
      this.saving = this.saving.then(() =>
        this.saveFile(this.file, async () => {
          const spreadsheet = this.runtime.spreadsheet;
          const leaveOut = this.runOnly ? runOnlyCells(spreadsheet, this.runOnly) : [];
          // Changed on disk since loaded (edited in a spreadsheet program): keep that edit, save beside it instead.
          if (!this.sideFile && fileStamp(this.file) !== this.stamp) this.sideFile = sideFileOf(this.file);
          if (this.sideFile) {
            await saveXlsx(spreadsheet, this.sideFile, properties, { leaveOut, original: this.original });
            throw Object.assign(new Error('changed on disk'), { sideFile: this.sideFile });
          }
          await saveXlsx(spreadsheet, this.file, properties, { leaveOut, original: this.original });
          this.stamp = fileStamp(this.file);
        }),
      );
    }
    if (this.manager.takeChange()) {
      const fileId = readSetting(this.runtime.spreadsheet, 'managerFileId');
      this.saving = this.saving.then(() => this.saveFile(this.manager.file, () => this.manager.save(fileId)));
    }
    return this.saving;
  }

  private async saveFile(file: string, save: () => Promise<void>): Promise<void> {
    try {
      await save();
      this.saveErrors.delete(file);
    } catch (error) {
      const sideFile = (error as { sideFile?: string }).sideFile;
      if (sideFile) {
        this.saveErrors.set(file, `${file} was changed outside the workbench since it was opened, so the workbench did not save over it; its changes are saved in ${sideFile} instead: open both, keep the one you want, and start the workbench again.`);
        return;
      }
      this.saveErrors.set(file, `Could not save ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); your last change is only in memory — check the file is not open elsewhere and that the disk has room.`);
    }
  }
}

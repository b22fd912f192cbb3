// This file assembles the emulated Apps Script services into the global object the built add-on runs in, and loads
// dist/addon/addon.js into a vm context as Apps Script does. The vm tests and the local workbench both use it.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { CallCounter, serviceObject } from './counter';
import {
  createHtmlService, createScriptApp, createSession, createUi, createUrlFetchApp, createUtilities, FakeLockService, FakeProperties,
  FetchHandler, FetchRequest, offlineFetch, TriggerRecord, UiRecord,
} from './services';
import { FakeFormApp } from './forms';
import { FakeSpreadsheet, newDataValidation } from './spreadsheet';

export interface GasRuntimeOptions {
  /** The spreadsheet the add-on is bound to; a new empty one when omitted. */
  spreadsheet?: FakeSpreadsheet;
  /** Where the built add-on lives (addon.js, sidebar.html). */
  addonDir?: string;
  /** The signed-in user's email (Session.getActiveUser). */
  user?: string;
  /** Handles UrlFetchApp requests; by default every request fails as if offline. */
  fetch?: FetchHandler;
  identityToken?: () => string;
  /** Freezes "now" inside the add-on (new Date() and Date.now()), for repeatable runs. */
  now?: Date;
  documentProperties?: Record<string, string>;
  /** The answer a Ui.alert returns. */
  alertAnswer?: () => string;
}

/** What ScriptApp.getOAuthToken returns here; the Sheets API stand-in accepts it as the signed-in user's token. */
export const LOCAL_OAUTH_TOKEN = 'local-oauth-token';

export const DEFAULT_ADDON_DIR = path.resolve(__dirname, '..', '..', '..', 'dist', 'addon');

export class GasRuntime {
  readonly context: vm.Context;
  readonly spreadsheet: FakeSpreadsheet;
  readonly counter: CallCounter;
  readonly ui: UiRecord = { menus: [], sidebars: [], dialogs: [], alerts: [] };
  readonly documentProperties = new FakeProperties();
  readonly userProperties = new FakeProperties();
  readonly scriptProperties = new FakeProperties();
  readonly lock = new FakeLockService();
  readonly fetchLog: FetchRequest[] = [];
  readonly triggers: TriggerRecord[] = [];
  /** Forms the add-on created (Create forms) and their responses. */
  readonly formApp = new FakeFormApp();
  readonly logs: string[] = [];
  readonly addonDir: string;
  private readonly dateConstructor: DateConstructor;

  constructor(options: GasRuntimeOptions = {}) {
    this.addonDir = options.addonDir ?? DEFAULT_ADDON_DIR;
    this.context = vm.createContext({});
    if (options.now) freezeClock(this.context, options.now);
    this.spreadsheet = options.spreadsheet ?? new FakeSpreadsheet();
    // Dates the spreadsheet hands out must be the context's own, so `instanceof Date` holds inside the add-on.
    this.dateConstructor = vm.runInContext('Date', this.context) as DateConstructor;
    this.claimSpreadsheet();
    this.counter = this.spreadsheet.counter;
    for (const [k, v] of Object.entries(options.documentProperties ?? {})) this.documentProperties.data.set(k, v);
    Object.assign(this.context, this.globals(options));
  }

  /**
   * Several runtimes may share one spreadsheet (two people with the sidebar open): each hands out dates of its own
   * realm while it runs.
   */
  private claimSpreadsheet(): void {
    (this.spreadsheet as { dateConstructor: DateConstructor }).dateConstructor = this.dateConstructor;
  }

  /** The Apps Script globals: SpreadsheetApp and the other services. */
  private globals(options: GasRuntimeOptions): Record<string, unknown> {
    const ss = this.spreadsheet;
    const ui = createUi(this.ui, options.alertAnswer);
    const user = { email: options.user ?? 'coordinator@example.org' };
    const spreadsheetApp = serviceObject('SpreadsheetApp', {
      getActiveSpreadsheet: () => {
        this.claimSpreadsheet();
        return ss.api;
      },
      getActive: () => {
        this.claimSpreadsheet();
        return ss.api;
      },
      getActiveSheet: () => ss.api.getActiveSheet(),
      getActiveRange: () => ss.api.getActiveRange(),
      getUi: () => ui,
      newDataValidation: () => newDataValidation(this.counter),
      flush: () => undefined,
      DataValidationCriteria: { VALUE_IN_LIST: 'VALUE_IN_LIST' },
    }, this.counter);
    const log = (...args: unknown[]) => {
      this.logs.push(args.map(String).join(' '));
    };
    return {
      SpreadsheetApp: spreadsheetApp,
      PropertiesService: serviceObject('PropertiesService', {
        getDocumentProperties: () => this.documentProperties.api,
        getUserProperties: () => this.userProperties.api,
        getScriptProperties: () => this.scriptProperties.api,
      }),
      LockService: this.lock.api,
      HtmlService: createHtmlService(this.addonDir),
      Session: createSession(user, ss.timeZone),
      ScriptApp: createScriptApp({
        identityToken: options.identityToken ?? (() => 'local-identity-token'),
        oauthToken: () => LOCAL_OAUTH_TOKEN,
        triggers: this.triggers,
      }),
      FormApp: serviceObject('FormApp', this.formApp.api),
      Utilities: createUtilities(ss.timeZone),
      UrlFetchApp: createUrlFetchApp(options.fetch ?? offlineFetch, this.fetchLog),
      Logger: { log },
      console: { log, info: log, warn: log, error: log },
    };
  }

  /** Runs the built add-on (addon.js) in the context, top to bottom, as Apps Script does on each call. */
  loadAddon(): this {
    const file = path.join(this.addonDir, 'addon.js');
    vm.runInContext(fs.readFileSync(file, 'utf8'), this.context, { filename: 'addon.js' });
    return this;
  }

  /** Calls a top-level function the way a menu item or trigger does. */
  run(name: string, ...args: unknown[]): unknown {
    this.claimSpreadsheet();
    const fn = (this.context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`The add-on has no top-level function ${name}.`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  }

  /**
   * Calls a server function as google.script.run does: only names without a trailing "_" are reachable, arguments
   * and the result cross as JSON.
   */
  callFromSidebar(name: string, ...args: unknown[]): unknown {
    if (name.endsWith('_')) throw new Error(`${name} is private and cannot be called from the sidebar.`);
    const crossed = JSON.parse(JSON.stringify(args)) as unknown[];
    const result = this.run(name, ...crossed);
    return result === undefined ? null : JSON.parse(JSON.stringify(result));
  }
}

/** Replaces the context's Date with one whose "now" is fixed; dates built from values are unchanged. */
function freezeClock(context: vm.Context, now: Date): void {
  vm.runInContext(
    `(() => {
      const RealDate = Date;
      const NOW = ${now.getTime()};
      class FrozenDate extends RealDate {
        constructor(...args) { if (args.length === 0) super(NOW); else super(...args); }
        static now() { return NOW; }
      }
      globalThis.Date = FrozenDate;
    })();`,
    context,
  );
}

/** A runtime with the built add-on loaded: the usual start for a vm test or the workbench. */
export function loadAddon(options: GasRuntimeOptions = {}): GasRuntime {
  return new GasRuntime(options).loadAddon();
}

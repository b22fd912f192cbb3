// This file assembles the emulated Apps Script services into the global object the built add-on runs in, and loads
// dist/addon/addon.js into a vm context as Apps Script does. The vm tests and the local workbench both use it.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { CallCounter, serviceObject } from './counter';
import {
  createHtmlService, createScriptApp, createSession, createUi, createUrlFetchApp, createUtilities, FakeCache, FakeLockService, FakeProperties,
  FetchHandler, FetchRequest, offlineFetch, TriggerRecord, UiRecord,
} from './services';
import { FakeForm, FakeFormApp, FakeResponse } from './forms';
import {
  addonMenuTitle, checkCrossesToSidebar, defaultGasMode, EXECUTION_LIMIT_MS, GasMode, SIMPLE_TRIGGER_LIMIT_MS, SIMPLE_TRIGGERS,
} from './google-rules';
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
  /** Installed editor add-on (the default, or GAS_MODE), its test deployment, or a script bound to the workbook. */
  mode?: GasMode;
  /** The Apps Script project's name: what a bound script's menu shows ("Untitled project" unless named). */
  projectName?: string;
  /** Addresses fetched locally in place of deployed ones the manifest's urlFetchWhitelist allows (the workbench's own function). */
  localFetchPrefixes?: string[];
  /** Measures a call's run time, for the execution limits (tests pass a fake clock). */
  elapsedMs?: () => number;
}

/** The add-on's name as the Marketplace lists it, which is what its menu shows under Extensions. */
export const ADD_ON_NAME = 'Peer Mentoring';

interface Manifest {
  oauthScopes?: string[];
  urlFetchWhitelist?: string[];
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
  readonly cache = { script: new FakeCache(), user: new FakeCache(), document: new FakeCache() };
  readonly fetchLog: FetchRequest[] = [];
  readonly triggers: TriggerRecord[] = [];
  /** Forms the add-on created (Create forms) and their responses. */
  readonly formApp = new FakeFormApp();
  readonly logs: string[] = [];
  readonly addonDir: string;
  readonly mode: GasMode;
  readonly manifest: Manifest;
  private readonly dateConstructor: DateConstructor;
  private readonly elapsed: () => number;

  constructor(options: GasRuntimeOptions = {}) {
    this.addonDir = options.addonDir ?? DEFAULT_ADDON_DIR;
    this.mode = options.mode ?? defaultGasMode();
    const manifestFile = path.join(this.addonDir, 'appsscript.json');
    this.manifest = fs.existsSync(manifestFile) ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest) : {};
    this.elapsed = options.elapsedMs ?? stopwatch();
    this.context = vm.createContext({});
    if (options.now) freezeClock(this.context, options.now);
    this.spreadsheet = options.spreadsheet ?? new FakeSpreadsheet();
    // Dates the spreadsheet hands out must be the context's own, so `instanceof Date` holds inside the add-on.
    this.dateConstructor = vm.runInContext('Date', this.context) as DateConstructor;
    this.claimSpreadsheet();
    this.counter = this.spreadsheet.counter;
    for (const [k, v] of Object.entries(options.documentProperties ?? {})) this.documentProperties.data.set(k, v);
    this.formApp.onLink = (form) => this.addResponsesTab(form);
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
    const ui = createUi(this.ui, options.alertAnswer, addonMenuTitle(this.mode, ADD_ON_NAME, options.projectName ?? 'Untitled project'));
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
      CacheService: serviceObject('CacheService', {
        getScriptCache: () => this.cache.script.api,
        getUserCache: () => this.cache.user.api,
        getDocumentCache: () => (this.lock.inDocument ? this.cache.document.api : null),
      }),
      HtmlService: createHtmlService(this.addonDir),
      Session: createSession(user, ss.timeZone),
      ScriptApp: createScriptApp({
        mode: this.mode,
        documentId: ss.id,
        scopes: this.manifest.oauthScopes,
        identityToken: options.identityToken ?? (() => 'local-identity-token'),
        oauthToken: () => LOCAL_OAUTH_TOKEN,
        triggers: this.triggers,
      }),
      FormApp: serviceObject('FormApp', this.formApp.api),
      Utilities: createUtilities(ss.timeZone),
      UrlFetchApp: createUrlFetchApp(options.fetch ?? offlineFetch, this.fetchLog, this.manifest.urlFetchWhitelist && [...this.manifest.urlFetchWhitelist, ...(options.localFetchPrefixes ?? [])]),
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

  /**
   * Calls a top-level function the way a menu item or trigger does. A call that runs past Google's limit (6 minutes,
   * 30 seconds for a simple trigger such as onOpen) fails as it would there.
   */
  run(name: string, ...args: unknown[]): unknown {
    this.claimSpreadsheet();
    const fn = (this.context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`The add-on has no top-level function ${name}.`);
    const started = this.elapsed();
    const result = (fn as (...a: unknown[]) => unknown)(...args);
    const limit = SIMPLE_TRIGGERS.has(name) ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS;
    if (this.elapsed() - started > limit) throw new Error(`Exceeded maximum execution time (${name} ran past ${limit / 1000} seconds).`);
    return result;
  }

  /**
   * Calls a server function as google.script.run does: only names without a trailing "_" are reachable, arguments
   * and the result must be plain data (no Date or function, see google-rules.ts) and cross as JSON.
   */
  callFromSidebar(name: string, ...args: unknown[]): unknown {
    if (name.endsWith('_')) throw new Error(`${name} is private and cannot be called from the sidebar.`);
    checkCrossesToSidebar(args, 'the arguments');
    const crossed = JSON.parse(JSON.stringify(args)) as unknown[];
    const result = this.run(name, ...crossed);
    checkCrossesToSidebar(result, `what ${name} returned`);
    return result === undefined ? null : JSON.parse(JSON.stringify(result));
  }

  /**
   * Someone answers a form: Google Forms refuses an unpublished form; the answer lands in the form, then as a row on
   * its responses tab when the form sends responses to this spreadsheet, and the form-submit triggers run — on the
   * form (its event carries the response) and on this spreadsheet (its event carries the new row). Test deployments
   * run no installable triggers (google-rules.ts). Returns the handlers that ran.
   */
  submitForm(formId: string, response: FakeResponse): string[] {
    this.formApp.submit(formId, response);
    const form = this.formApp.forms.get(formId)!;
    const tab = form.destination === this.spreadsheet.id ? this.spreadsheet.sheets.find((s) => s.formId === formId) : undefined;
    let row = 0;
    if (tab) {
      row = tab.lastRow() + 1;
      const header = tab.values()[0] ?? [];
      const answers = new Map(response.itemResponses.map((r) => [r.item.title, Array.isArray(r.response) ? r.response.join(', ') : String(r.response ?? '')]));
      tab.set(row, 1, new Date(response.timestamp));
      header.slice(1).forEach((title, c) => tab.set(row, c + 2, `'${answers.get(String(title)) ?? ''}`));
    }
    if (this.mode === 'test-deployment') return [];
    const ran: string[] = [];
    for (const trigger of [...this.triggers].filter((t) => t.event === 'ON_FORM_SUBMIT')) {
      if (trigger.sourceId === formId) this.run(trigger.handler, this.formApp.eventFor(formId, response));
      else if (tab && trigger.sourceId === this.spreadsheet.id) this.run(trigger.handler, this.sheetSubmitEvent(tab.name, row, trigger.id));
      else continue;
      ran.push(trigger.handler);
    }
    return ran;
  }

  /** The event a spreadsheet's form-submit trigger gets (https://developers.google.com/apps-script/guides/triggers/events#form-submit). */
  private sheetSubmitEvent(tabName: string, row: number, triggerUid: string) {
    const sheet = this.spreadsheet.api.getSheetByName(tabName);
    const range = sheet.getRange(row, 1, 1, sheet.getLastColumn());
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as unknown[];
    const values = (range.getValues()[0] as unknown[]).map((v) => String(v));
    return { authMode: 'FULL', triggerUid, source: this.spreadsheet.api, range, values, namedValues: Object.fromEntries(header.map((h, i) => [String(h), [values[i]]])) };
  }

  /** Linking a form to this spreadsheet adds its responses tab (Timestamp, then one column per question). */
  private addResponsesTab(form: FakeForm): void {
    if (form.destination !== this.spreadsheet.id || this.spreadsheet.sheets.some((s) => s.formId === form.id)) return;
    let n = 1;
    while (this.spreadsheet.sheet(`Form Responses ${n}`)) n++;
    const tab = this.spreadsheet.addSheet(`Form Responses ${n}`, [['Timestamp', ...form.items.map((item) => item.title)]], 0);
    tab.formId = form.id;
  }
}

function stopwatch(): () => number {
  return () => performance.now();
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

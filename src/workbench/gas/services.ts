// This file emulates the Apps Script services besides SpreadsheetApp that the add-on uses: PropertiesService,
// LockService, HtmlService, Session, ScriptApp, Utilities, UrlFetchApp and the spreadsheet UI (menus, sidebar,
// alerts). Each is small and stateful; anything not emulated throws "not implemented: …".
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CallCounter, serviceObject } from './counter';
import { allowedByWhitelist, CACHE_KEY_CHARACTERS, CACHE_MAX_SECONDS, CACHE_VALUE_BYTES, checkNewTrigger, EVERY_MINUTES, GasMode, PROPERTY_STORE_BYTES, PROPERTY_VALUE_BYTES, utf8Bytes } from './google-rules';
import { formatInZone } from './time-zone';

export class FakeProperties {
  readonly data = new Map<string, string>();

  /** Google's limits: 9 KB per value and 500 KB per store (see google-rules.ts); a write past them throws, writing nothing. */
  private check(next: Map<string, string>): void {
    for (const [k, v] of next) if (utf8Bytes(k) + utf8Bytes(v) > PROPERTY_VALUE_BYTES) throw new Error(`Exception: Argument too large: value (the property ${k} is ${utf8Bytes(v)} bytes; the limit is 9 KB).`);
    const total = [...next].reduce((sum, [k, v]) => sum + utf8Bytes(k) + utf8Bytes(v), 0);
    if (total > PROPERTY_STORE_BYTES) throw new Error('Exception: You have exceeded the property storage quota. Please remove some properties and try again.');
  }

  private write(values: Record<string, string>, deleteAllOthers = false): void {
    const next = new Map(deleteAllOthers ? [] : this.data);
    for (const [k, v] of Object.entries(values)) next.set(k, String(v));
    this.check(next);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
  }

  readonly api = serviceObject('Properties', {
    getProperty: (key: string) => this.data.get(key) ?? null,
    setProperty: (key: string, value: string) => {
      this.write({ [key]: String(value) });
      return this.api;
    },
    getProperties: () => Object.fromEntries(this.data),
    setProperties: (values: Record<string, string>, deleteAllOthers = false) => {
      this.write(values, deleteAllOthers);
      return this.api;
    },
    deleteProperty: (key: string) => {
      this.data.delete(key);
      return this.api;
    },
    deleteAllProperties: () => {
      this.data.clear();
      return this.api;
    },
    getKeys: () => [...this.data.keys()],
  });
}

/** CacheService's cache, with Google's size limits (see google-rules.ts). */
export class FakeCache {
  readonly data = new Map<string, string>();

  private check(key: string, value: string, seconds: number): void {
    if (key.length > CACHE_KEY_CHARACTERS) throw new Error('Exception: Argument too large: key');
    if (utf8Bytes(value) > CACHE_VALUE_BYTES) throw new Error('Exception: Argument too large: value');
    if (seconds > CACHE_MAX_SECONDS) throw new Error('Exception: Invalid argument: expirationInSeconds');
  }

  readonly api = serviceObject('Cache', {
    get: (key: string) => this.data.get(key) ?? null,
    getAll: (keys: string[]) => Object.fromEntries(keys.filter((k) => this.data.has(k)).map((k) => [k, this.data.get(k)!])),
    put: (key: string, value: string, seconds = 600) => {
      this.check(key, String(value), seconds);
      this.data.set(key, String(value));
    },
    putAll: (values: Record<string, string>, seconds = 600) => {
      for (const [k, v] of Object.entries(values)) this.check(k, String(v), seconds);
      for (const [k, v] of Object.entries(values)) this.data.set(k, String(v));
    },
    remove: (key: string) => void this.data.delete(key),
    removeAll: (keys: string[]) => keys.forEach((k) => this.data.delete(k)),
  });
}

/**
 * The document lock. Code runs one call at a time here, so "another process" holding the lock is emulated by a
 * holder the test (or the workbench) takes with `holdElsewhere()`.
 */
export class FakeLockService {
  private holder: object | null = null;
  acquisitions = 0;

  holdElsewhere(): () => void {
    const other = {};
    this.holder = other;
    return () => {
      if (this.holder === other) this.holder = null;
    };
  }

  get held(): boolean {
    return this.holder !== null;
  }

  private lock() {
    const self = {};
    const take = () => {
      if (this.holder && this.holder !== self) return false;
      this.holder = self;
      this.acquisitions++;
      return true;
    };
    const lock = serviceObject('Lock', {
      tryLock: (_ms: number) => take(),
      waitLock: (_ms: number) => {
        if (!take()) throw new Error('Lock timeout: another process was holding the lock for too long.');
      },
      releaseLock: () => {
        if (this.holder === self) this.holder = null;
      },
      hasLock: () => this.holder === self,
    });
    return lock;
  }

  /** False while code runs outside a document (a standalone script): getDocumentLock then returns null. */
  inDocument = true;

  readonly api = serviceObject('LockService', {
    // https://developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock — null outside a document.
    getDocumentLock: () => (this.inDocument ? this.lock() : null),
    getScriptLock: () => this.lock(),
    getUserLock: () => this.lock(),
  });
}

export interface UiRecord {
  menus: { title: string; items: { label: string; functionName: string }[] }[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string }[];
  alerts: { title: string; prompt: string }[];
}

export function createUi(record: UiRecord, answer: () => string = () => 'OK', addonMenuTitle = 'Extensions') {
  const menu = (title: string) => {
    const entry = { title, items: [] as { label: string; functionName: string }[] };
    const api = serviceObject('Menu', {
      addItem: (label: string, functionName: string) => {
        entry.items.push({ label, functionName });
        return api;
      },
      addSeparator: () => api,
      addSubMenu: (sub: { _entry?: typeof entry }) => {
        if (sub._entry) entry.items.push(...sub._entry.items);
        return api;
      },
      addToUi: () => {
        record.menus.push(entry);
      },
      _entry: entry,
    });
    return api;
  };
  const html = (output: { getContent(): string; getTitle(): string }) => ({ title: output.getTitle(), html: output.getContent() });
  return serviceObject('Ui', {
    createAddonMenu: () => menu(addonMenuTitle),
    createMenu: (title: string) => menu(title),
    showSidebar: (output: { getContent(): string; getTitle(): string }) => {
      record.sidebars.push(html(output));
    },
    showModalDialog: (output: { getContent(): string; getTitle(): string }, title: string) => {
      record.dialogs.push({ ...html(output), title });
    },
    showModelessDialog: (output: { getContent(): string; getTitle(): string }, title: string) => {
      record.dialogs.push({ ...html(output), title });
    },
    alert: (titleOrPrompt: string, prompt?: string) => {
      record.alerts.push(prompt === undefined ? { title: '', prompt: String(titleOrPrompt) } : { title: String(titleOrPrompt), prompt: String(prompt) });
      return answer();
    },
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' },
    Button: { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' },
  });
}

/** HtmlService.createHtmlOutputFromFile reads the built files (dist/addon/NAME.html). */
export function createHtmlService(directory: string) {
  const output = (content: string) => {
    let title = '';
    let width = 300;
    const api = serviceObject('HtmlOutput', {
      getContent: () => content,
      setContent: (text: string) => {
        content = text;
        return api;
      },
      getTitle: () => title,
      setTitle: (text: string) => {
        title = String(text);
        return api;
      },
      setWidth: (w: number) => {
        width = w;
        return api;
      },
      getWidth: () => width,
      setHeight: () => api,
      setSandboxMode: () => api,
      setXFrameOptionsMode: () => api,
      addMetaTag: () => api,
    });
    return api;
  };
  return serviceObject('HtmlService', {
    createHtmlOutputFromFile: (name: string) => {
      const file = path.join(directory, name.endsWith('.html') ? name : `${name}.html`);
      if (!fs.existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
      return output(fs.readFileSync(file, 'utf8'));
    },
    createHtmlOutput: (html = '') => output(String(html)),
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
  });
}

export function createSession(user: { email: string }, timeZone: string) {
  const person = serviceObject('User', { getEmail: () => user.email });
  return serviceObject('Session', {
    getActiveUser: () => person,
    getEffectiveUser: () => person,
    getScriptTimeZone: () => timeZone,
    getTemporaryActiveUserKey: () => crypto.createHash('sha256').update(user.email).digest('hex').slice(0, 24),
    getActiveUserLocale: () => 'en',
  });
}

export interface TriggerRecord {
  id: string;
  handler: string;
  event: string;
  /** The file the trigger watches (a form or this spreadsheet); '' for a time-driven trigger. */
  sourceId?: string;
  everyMinutes?: number;
}

export interface ScriptAppOptions {
  mode: GasMode;
  /** The spreadsheet the code runs in: the one file an add-on may put triggers on. */
  documentId: string;
  /** The manifest's oauthScopes: getIdentityToken gives a token only when they include openid. */
  scopes: readonly string[] | undefined;
  identityToken: () => string;
  oauthToken: () => string;
  triggers: TriggerRecord[];
}

export function createScriptApp(options: ScriptAppOptions) {
  const trigger = (record: TriggerRecord) =>
    serviceObject('Trigger', {
      getUniqueId: () => record.id,
      getHandlerFunction: () => record.handler,
      getEventType: () => record.event,
      getTriggerSource: () => (record.event === 'CLOCK' ? 'CLOCK' : record.sourceId === options.documentId ? 'SPREADSHEETS' : 'FORMS'),
      getTriggerSourceId: () => record.sourceId ?? '',
    });
  let created = 0;
  return serviceObject('ScriptApp', {
    // https://developers.google.com/apps-script/reference/script/script-app#getidentitytoken — only with the openid scope.
    getIdentityToken: () => (options.scopes && !options.scopes.includes('openid') ? null : options.identityToken()),
    getOAuthToken: () => options.oauthToken(),
    getProjectTriggers: () => options.triggers.map(trigger),
    getUserTriggers: (file: { getId(): string }) => options.triggers.filter((t) => t.sourceId === file.getId()).map(trigger),
    deleteTrigger: (t: { getUniqueId(): string }) => {
      const index = options.triggers.findIndex((r) => r.id === t.getUniqueId());
      if (index >= 0) options.triggers.splice(index, 1);
    },
    newTrigger: (handler: string) => {
      let event = '';
      let sourceId = '';
      let everyMinutes: number | undefined;
      const source = (id: string) => {
        sourceId = id;
        return builder;
      };
      const builder = serviceObject('TriggerBuilder', {
        forSpreadsheet: (spreadsheet: string | { getId(): string }) => source(typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId()),
        forForm: (form: string | { getId(): string }) => source(typeof form === 'string' ? form : form.getId()),
        timeBased: () => {
          event = 'CLOCK';
          return builder;
        },
        everyMinutes: (minutes: number) => {
          if (!EVERY_MINUTES.includes(minutes)) throw new Error('Exception: The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
          everyMinutes = minutes;
          return builder;
        },
        everyHours: (hours: number) => {
          everyMinutes = hours * 60;
          return builder;
        },
        everyDays: (days: number) => {
          everyMinutes = days * 24 * 60;
          return builder;
        },
        atHour: () => builder,
        onFormSubmit: () => {
          event = 'ON_FORM_SUBMIT';
          return builder;
        },
        onOpen: () => {
          event = 'ON_OPEN';
          return builder;
        },
        onEdit: () => {
          event = 'ON_EDIT';
          return builder;
        },
        create: () => {
          checkNewTrigger(options.mode, { event, sourceId, everyMinutes }, options.documentId, options.triggers);
          created += 1;
          const record: TriggerRecord = { id: `trigger-${options.triggers.length + created}`, handler, event, sourceId, ...(everyMinutes ? { everyMinutes } : {}) };
          options.triggers.push(record);
          return trigger(record);
        },
      });
      return builder;
    },
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
    EventType: { ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', CLOCK: 'CLOCK' },
    TriggerSource: { SPREADSHEETS: 'SPREADSHEETS', FORMS: 'FORMS', CLOCK: 'CLOCK' },
  });
}

export function createUtilities(defaultTimeZone: string) {
  return serviceObject('Utilities', {
    formatDate: (date: Date, timeZone: string, pattern: string) => formatInZone(new Date(date.getTime()), timeZone || defaultTimeZone, pattern),
    getUuid: () => crypto.randomUUID(),
    sleep: () => undefined,
    base64Encode: (data: string | number[]) => Buffer.from(typeof data === 'string' ? data : Uint8Array.from(data)).toString('base64'),
    base64Decode: (text: string) => [...Buffer.from(text, 'base64')].map((b) => (b > 127 ? b - 256 : b)),
    base64EncodeWebSafe: (data: string) => Buffer.from(data).toString('base64url'),
    computeDigest: (_algorithm: unknown, text: string) => [...crypto.createHash('sha256').update(text).digest()].map((b) => (b > 127 ? b - 256 : b)),
    DigestAlgorithm: { SHA_256: 'SHA_256' },
    Charset: { UTF_8: 'UTF_8' },
  });
}

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  payload: string;
  muteHttpExceptions: boolean;
}

export interface FetchResponse {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** UrlFetchApp is synchronous in Apps Script; so is the handler it delegates to. */
export type FetchHandler = (request: FetchRequest) => FetchResponse;

export function createUrlFetchApp(handler: FetchHandler, log: FetchRequest[], whitelist?: readonly string[]) {
  const run = (url: string, params: Record<string, unknown> = {}) => {
    if (!allowedByWhitelist(url, whitelist)) throw new Error(`Exception: The URL ${new URL(url).origin} is not in the manifest's urlFetchWhitelist, so the script may not fetch it.`);
    const request: FetchRequest = {
      url,
      method: String(params.method ?? 'get').toUpperCase(),
      headers: { ...((params.headers as Record<string, string>) ?? {}), ...(params.contentType ? { 'Content-Type': String(params.contentType) } : {}) },
      payload: typeof params.payload === 'string' ? params.payload : params.payload === undefined ? '' : JSON.stringify(params.payload),
      muteHttpExceptions: params.muteHttpExceptions === true,
    };
    log.push(request);
    const response = handler(request);
    if (response.status >= 400 && !request.muteHttpExceptions) {
      throw new Error(`Request failed for ${new URL(url).origin} returned code ${response.status}. Truncated server response: ${response.body.slice(0, 80)}`);
    }
    return serviceObject('HTTPResponse', {
      getResponseCode: () => response.status,
      getContentText: () => response.body,
      getHeaders: () => ({ ...(response.headers ?? {}) }),
      getAllHeaders: () => ({ ...(response.headers ?? {}) }),
    });
  };
  return serviceObject('UrlFetchApp', {
    fetch: run,
    fetchAll: (requests: ({ url: string } & Record<string, unknown>)[]) => requests.map(({ url, ...params }) => run(url, params)),
  });
}

export function offlineFetch(): FetchResponse {
  return { status: 503, body: '{"error":"no network in the local runtime"}' };
}

export { CallCounter };

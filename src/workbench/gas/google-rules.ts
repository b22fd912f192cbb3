// This file holds Google's documented Apps Script rules that the emulation enforces, each with the page it comes from,
// and the three ways the add-on can run (an installed editor add-on, a test deployment, a script bound to the file).

/**
 * How the code runs. An editor add-on and its test deployments follow the add-on trigger rules; a script bound to
 * the workbook does not (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
 */
export type GasMode = 'editor-add-on' | 'test-deployment' | 'bound-script';

export const GAS_MODES: readonly GasMode[] = ['editor-add-on', 'test-deployment', 'bound-script'];

/** The mode a runtime takes when none is given: GAS_MODE in the environment (the test suite runs both), else add-on. */
export function defaultGasMode(): GasMode {
  const mode = process.env.GAS_MODE as GasMode | undefined;
  if (mode && !GAS_MODES.includes(mode)) throw new Error(`GAS_MODE must be one of ${GAS_MODES.join(', ')}, not ${mode}.`);
  return mode ?? 'editor-add-on';
}

export const isAddOn = (mode: GasMode): boolean => mode !== 'bound-script';

/**
 * Editor add-on triggers (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions):
 * an add-on may create triggers only for the file in which it is used; one trigger of each event type per user per
 * document; time-driven triggers at most once an hour. Test deployments do not support installable triggers
 * (https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons#test_details); Google documents
 * that they never run, and the emulation refuses to create them so that code relying on one fails loudly.
 * Every script: 20 triggers per user per script (https://developers.google.com/apps-script/guides/services/quotas).
 */
export interface NewTrigger {
  event: string;
  /** The file the trigger watches; '' for a time-driven trigger. */
  sourceId?: string;
  everyMinutes?: number;
}

export const MAX_TRIGGERS_PER_USER = 20;

export function checkNewTrigger(mode: GasMode, trigger: NewTrigger, documentId: string, existing: readonly NewTrigger[]): void {
  if (existing.length >= MAX_TRIGGERS_PER_USER) throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  if (mode === 'test-deployment') throw new Error('Installable triggers are not supported in test deployments of an editor add-on.');
  if (mode === 'bound-script') return;
  if (trigger.event !== 'CLOCK' && trigger.sourceId !== documentId) throw new Error('An add-on can only create triggers for the file in which the add-on is used.');
  if (trigger.event === 'CLOCK' && trigger.everyMinutes !== undefined && trigger.everyMinutes < 60) throw new Error('Add-ons can only create time-based triggers that run at most once per hour.');
  if (existing.some((t) => t.event === trigger.event)) throw new Error(`This add-on already has a ${trigger.event} trigger in this document for this user; an add-on may have only one trigger of each type.`);
}

/** The minutes everyMinutes accepts (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyminutesn). */
export const EVERY_MINUTES = [1, 5, 10, 15, 30];

/**
 * Properties: 9 KB per value, 500 KB per store (https://developers.google.com/apps-script/guides/services/quotas).
 * Sizes are counted in UTF-8 bytes of key and value.
 */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const PROPERTY_STORE_BYTES = 500 * 1024;

/** Cache: 100 KB per value, keys up to 250 characters, at most 6 hours (https://developers.google.com/apps-script/reference/cache/cache). */
export const CACHE_VALUE_BYTES = 100 * 1024;
export const CACHE_KEY_CHARACTERS = 250;
export const CACHE_MAX_SECONDS = 21600;

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Execution time: 6 minutes per call, 30 seconds for a simple trigger such as onOpen
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations,
 * https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
export const SIMPLE_TRIGGER_LIMIT_MS = 30_000;
export const SIMPLE_TRIGGERS = new Set(['onOpen', 'onInstall', 'onEdit', 'onSelectionChange']);

/**
 * google.script.run (https://developers.google.com/apps-script/guides/html/reference/run): parameters and return
 * values may be primitives, and objects and arrays made of them; a Date, a function or a DOM element makes the call
 * fail, and undefined inside an array becomes null.
 */
export function checkCrossesToSidebar(value: unknown, where = 'the value'): void {
  if (typeof value === 'function') throw new Error(`google.script.run cannot pass a function (${where}).`);
  if (Object.prototype.toString.call(value) === '[object Date]') throw new Error(`google.script.run cannot pass a Date (${where}); send an ISO string.`);
  if (Array.isArray(value)) value.forEach((item, i) => checkCrossesToSidebar(item, `${where}[${i}]`));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) checkCrossesToSidebar(item, `${where}.${key}`);
}

/**
 * urlFetchWhitelist (https://developers.google.com/apps-script/manifest/allowlist-url): when the manifest lists URL
 * prefixes, UrlFetchApp may only fetch URLs that start with one of them; "*" stands for subdomains in the host.
 */
export function allowedByWhitelist(url: string, prefixes: readonly string[] | undefined): boolean {
  if (!prefixes) return true;
  // A bare address ("https://host") is requested as its root path ("https://host/").
  const href = URL.canParse(url) ? new URL(url).href : url;
  return prefixes.some((prefix) => {
    const pattern = prefix.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+');
    return new RegExp(`^${pattern}`).test(href);
  });
}

/** An add-on's menu sits under Extensions with the add-on's name; a bound script's under the script project's name (https://developers.google.com/apps-script/reference/base/ui#createaddonmenu). */
export function addonMenuTitle(mode: GasMode, addOnName: string, projectName: string): string {
  return isAddOn(mode) ? addOnName : projectName;
}

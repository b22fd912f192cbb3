// Test helpers for driving the built add-on in a vm context over the emulated Apps Script services.
import { buildDemoWorkbook } from '../../src/demo/demo-workbook';
import { FakeSpreadsheet, GasRuntime, GasRuntimeOptions } from '../../src/workbench/gas';
import type { SetupChoices, SetupProposal } from '../../src/shared/rpc-contract';
import { ADDON_DIR } from './paths';

export const AS_OF = '2026-11-20';

/** A spreadsheet holding the demo program (optionally with more consumers), as a coordinator's own sheets would. */
export function demoSpreadsheet(options: { consumers?: number; mentors?: number; tabs?: string[]; id?: string } = {}): FakeSpreadsheet {
  const ss = new FakeSpreadsheet({ timeZone: 'America/Chicago', ...(options.id ? { id: options.id } : {}) });
  for (const { tab, rows } of buildDemoWorkbook({ asOf: AS_OF, consumers: options.consumers, mentors: options.mentors })) {
    if (options.tabs && !options.tabs.includes(tab)) continue;
    ss.addSheet(tab, rows);
  }
  return ss;
}

export function startAddon(spreadsheet: FakeSpreadsheet, options: GasRuntimeOptions = {}): GasRuntime {
  return new GasRuntime({ spreadsheet, addonDir: ADDON_DIR, now: new Date(`${AS_OF}T15:00:00Z`), ...options }).loadAddon();
}

/** Calls a sidebar server function and unwraps {ok, value}; throws the coded error otherwise. */
export function sidebarCall<T = any>(runtime: GasRuntime, name: string, ...args: unknown[]): T {
  const outcome = runtime.callFromSidebar(name, ...args) as { ok: boolean; value?: T; error?: { code: string; message: string } };
  if (!outcome.ok) throw Object.assign(new Error(outcome.error!.message), { code: outcome.error!.code });
  return outcome.value as T;
}

/** The choices a coordinator confirms when they accept every proposal as shown. */
export function acceptProposal(proposal: SetupProposal): SetupChoices {
  const choices: SetupChoices = { tabs: {} };
  for (const tab of proposal.tabs) {
    choices.tabs[tab.key] = { tab: tab.tab ?? '', fields: Object.fromEntries(tab.fields.filter((f) => f.header).map((f) => [f.field, f.header!])), headerRow: tab.headerRow, defaults: tab.defaults };
  }
  return choices;
}

export function setUp(runtime: GasRuntime): void {
  sidebarCall(runtime, 'applySetup', acceptProposal(sidebarCall(runtime, 'getSetupProposal')));
}

/** The add-on started over `ss` and set up, with the first waiting consumer and the mentor suggested first for them. */
export function firstSuggestion(ss: FakeSpreadsheet = demoSpreadsheet()) {
  const addon = startAddon(ss);
  setUp(addon);
  const consumer = sidebarCall(addon, 'searchConsumers', '')[0];
  const mentorId: string = sidebarCall(addon, 'getMatchSuggestions', consumer.id).suggestions[0].mentorId;
  return { ss, addon, consumer, consumerId: consumer.id as string, mentorId };
}

/** As firstSuggestion, with that pair proposed as a match (the match page as the sidebar received it). */
export function proposeFirstSuggestion(ss: FakeSpreadsheet = demoSpreadsheet()) {
  const first = firstSuggestion(ss);
  const match = sidebarCall(first.addon, 'proposeMatch', { consumerId: first.consumerId, mentorId: first.mentorId });
  return { ...first, match };
}

/** The coded error a sidebar call rejected with; fails the test when the call succeeded. */
export function callError(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected an error');
}

// Google's documented Apps Script rules in the emulation (src/workbench/gas/google-rules.ts), and the built add-on
// within them. This file runs in both add-on and bound-script mode, like the rest of test/addon.
import { PART_BYTES, SplitProperties } from '../../src/adapters/apps-script/split-properties';
import { ADD_ON_NAME, defaultGasMode, FakeProperties, FakeSpreadsheet, GasRuntime } from '../../src/workbench/gas';
import { ADDON_DIR } from '../helpers/paths';
import { demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

describe('the emulated PropertiesService and CacheService limits', () => {
  it('refuses a property value past 9 KB and a store past 500 KB, keeping what was there', () => {
    const properties = new FakeProperties();
    properties.api.setProperty('small', 'x');
    expect(() => properties.api.setProperty('layout', 'x'.repeat(9930))).toThrow('Argument too large: value');
    for (let i = 0; i < 56; i++) properties.api.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => properties.api.setProperty('k56', 'x'.repeat(9000))).toThrow('exceeded the property storage quota');
    expect(properties.data.get('small')).toBe('x');
    expect(properties.data.has('layout')).toBe(false);
  });

  it('refuses a cache value past 100 KB', () => {
    const runtime = new GasRuntime({ addonDir: ADDON_DIR });
    const cache = (runtime.context as any).CacheService.getScriptCache();
    cache.put('ok', 'x'.repeat(100 * 1024));
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });
});

describe('document properties within the 9 KB limit', () => {
  it.each([
    ['just under one part', PART_BYTES - 200],
    ['at the 9 KB edge', 9 * 1024],
    ['the 9,930-byte layout long form-style headers made', 9930],
    ['well past it, with characters of several bytes', 30_000],
  ])('keeps a value %s whole, in parts each within the limit', (_, size) => {
    const store = new FakeProperties();
    const properties = new SplitProperties(store.api);
    const value = JSON.stringify({ header: 'What is your ZIP code? — é'.repeat(Math.ceil(size / 28)) }).slice(0, size);
    properties.set('peerMentoring.layout', value);
    expect(properties.get('peerMentoring.layout')).toBe(value);
    for (const [k, v] of store.data) expect(Buffer.byteLength(k + v)).toBeLessThanOrEqual(9 * 1024);
  });

  it('removes the parts of a longer earlier value when a shorter one replaces it', () => {
    const store = new FakeProperties();
    const properties = new SplitProperties(store.api);
    properties.set('layout', 'y'.repeat(30_000));
    properties.set('layout', 'short');
    expect(properties.get('layout')).toBe('short');
    expect([...store.data.keys()]).toEqual(['layout']);
  });

  it('saves a Setup whose mapping is past 9 KB and reads it back in the next call', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    // Form-style headers: each question's full wording, as a Form Responses tab has them.
    const mentors = ss.sheet('Mentors')!;
    const header = mentors.values()[0]!.map((h) => `${h} — ${'please answer as fully as you can, in your own words, so we can find the right match for you; '.repeat(6)}`.trimEnd());
    header.forEach((h, c) => mentors.set(1, c + 1, `'${h}`));
    const proposal = sidebarCall(addon, 'getSetupProposal');
    const choices = { tabs: Object.fromEntries(proposal.tabs.map((tab: any) => [tab.key, { tab: tab.tab ?? '', fields: Object.fromEntries(tab.fields.filter((f: any) => f.header).map((f: any) => [f.field, f.header])) }])) };
    choices.tabs.mentors.fields = Object.fromEntries(Object.keys(choices.tabs.mentors.fields).map((field, i) => [field, header[i] ?? header[0]]));
    sidebarCall(addon, 'applySetup', choices);
    const stored = [...addon.documentProperties.data].reduce((sum, [k, v]) => sum + Buffer.byteLength(k + v), 0);
    expect(stored).toBeGreaterThan(9 * 1024);
    for (const [k, v] of addon.documentProperties.data) expect(Buffer.byteLength(k + v)).toBeLessThanOrEqual(9 * 1024);
    expect(sidebarCall(startAddon(ss, { documentProperties: Object.fromEntries(addon.documentProperties.data) }), 'getSetupProposal').tabs.find((t: any) => t.key === 'mentors').tab).toBe('Mentors');
  });
});

describe('the rest of the rules the emulation enforces', () => {
  it('shows the menu under the add-on\'s name as an add-on, and under the script project\'s name in a bound script', () => {
    const mode = defaultGasMode();
    const addon = startAddon(demoSpreadsheet({ tabs: ['Mentors'] }));
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.menus[0]!.title).toBe(mode === 'bound-script' ? 'Untitled project' : ADD_ON_NAME);
    const named = startAddon(demoSpreadsheet({ tabs: ['Mentors'] }), { projectName: 'Peer Mentoring' });
    named.run('onOpen', { authMode: 'LIMITED' });
    expect(named.ui.menus[0]!.title).toBe('Peer Mentoring');
  });

  it('gives no ID token without the openid scope, which the add-on\'s manifest asks for', () => {
    const runtime = new GasRuntime({ addonDir: ADDON_DIR, identityToken: () => 'token' });
    const scriptApp = (runtime.context as any).ScriptApp;
    expect(scriptApp.getIdentityToken()).toBe('token');
    const scopes = runtime.manifest.oauthScopes!;
    scopes.splice(scopes.indexOf('openid'), 1);
    expect(scriptApp.getIdentityToken()).toBeNull();
  });

  it('fails a sidebar call that returns a Date, as google.script.run does, and turns undefined in arrays into null', () => {
    const addon = startAddon(new FakeSpreadsheet());
    (addon.context as any).returnsDate = () => ({ when: new Date() });
    (addon.context as any).returnsHoles = () => [1, undefined, 3];
    expect(() => addon.callFromSidebar('returnsDate')).toThrow('google.script.run cannot pass a Date (what returnsDate returned.when)');
    expect(addon.callFromSidebar('returnsHoles')).toEqual([1, null, 3]);
  });

  it('stops a call past 6 minutes, and onOpen past 30 seconds', () => {
    let now = 0;
    const addon = startAddon(demoSpreadsheet({ tabs: ['Mentors'] }), { elapsedMs: () => now });
    (addon.context as any).slowWork = () => {
      now += 6 * 60_000 + 1;
    };
    expect(() => addon.run('slowWork')).toThrow('Exceeded maximum execution time');
    const onOpen = (addon.context as any).onOpen;
    (addon.context as any).onOpen = (e: unknown) => {
      onOpen(e);
      now += 30_001;
    };
    expect(() => addon.run('onOpen', { authMode: 'LIMITED' })).toThrow('Exceeded maximum execution time');
  });

  it('gives no document lock outside a document, and the add-on then says what to do instead of failing with a TypeError', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    addon.lock.inDocument = false;
    const outcome = addon.callFromSidebar('saveSettings', { reviewUpcomingDays: 14 }) as { ok: boolean; error?: { code: string; message: string } };
    expect(outcome.ok).toBe(false);
    expect(outcome.error!.code).toBe('LOCK.NO_DOCUMENT');
  });
});

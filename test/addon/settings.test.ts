import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

interface Field { key: string; label: string; kind: string; help: string }

/** Every key the Settings tab may hold, from the defaults: weights as `weights.<component>`. */
const settingKeys = () =>
  Object.entries(DEFAULT_SETTINGS).flatMap(([key, value]) => (key === 'weights' ? Object.keys(value as object).map((w) => `weights.${w}`) : [key]));

function settingsView() {
  const addon = startAddon(demoSpreadsheet());
  setUp(addon);
  return { addon, fields: () => sidebarCall<{ fields: Field[] }>(addon, 'getSettings').fields };
}

describe('the Settings view in the built add-on', () => {
  it('gives every setting a plain-language label and help text, never its key', () => {
    const { fields } = settingsView();
    const byKey = new Map(fields().map((f) => [f.key, f]));
    for (const key of settingKeys()) {
      const field = byKey.get(key);
      expect({ key, shown: Boolean(field) }).toEqual({ key, shown: true });
      expect({ key, label: field!.label }).not.toEqual({ key, label: key });
      // A label in words: no camelCase key or dotted name in it.
      expect({ key, label: field!.label }).toEqual({ key, label: expect.not.stringMatching(/[a-z][A-Z]|\w\.\w/) });
      expect({ key, help: field!.help.length > 10 }).toEqual({ key, help: true });
    }
  });

  it('says the functions address is for both proximity and form intake', () => {
    const url = settingsView().fields().find((f) => f.key === 'functionUrl')!;
    expect(url.label).toMatch(/functions address/i);
    expect(url.label).toMatch(/proximity/i);
    expect(url.label).toMatch(/intake/i);
    expect(url.help).toMatch(/\/intake/);
  });

  it('labels the crosswalk rows a coordinator adds in words', () => {
    const { addon, fields } = settingsView();
    sidebarCall(addon, 'saveSettings', { 'crosswalk.daily-living': 'Self-Care | Community-Based Living', 'crosswalk.goal.G-0001': 'Self-Care' });
    const byKey = new Map(fields().map((f) => [f.key, f]));
    expect(byKey.get('crosswalk.daily-living')).toMatchObject({ label: 'Life area on the yearly report (PPR) for daily living / housing', kind: 'text' });
    expect(byKey.get('crosswalk.goal.G-0001')).toMatchObject({ label: 'Life area on the yearly report (PPR) for goal G-0001', kind: 'text' });
    expect(byKey.get('crosswalk.goal.G-0001')!.help).not.toBe('');
  });
});

describe('the trip limit and the developer settings in the built add-on', () => {
  interface Suggestions { suggestions: { mentorId: string; proximity: { travelMinutes: number | null; source: string } }[]; excluded: { mentorId: string; rule: string; reason: string }[] }

  it('offers the trip-limit choice in words, the estimate by default; the developer settings are marked Advanced', () => {
    const { fields } = settingsView();
    const byKey = new Map(fields().map((f) => [f.key, f as Field & { advanced: boolean; options?: { value: string; label: string }[] }]));
    expect(byKey.get('tripLimitUses')).toMatchObject({
      kind: 'choice', label: 'Compare the longest trip with', advanced: false,
      options: [{ value: 'estimate', label: 'the estimated trip time (default)' }, { value: 'upper-bound', label: 'the longest the trip is likely to take' }],
    });
    expect([...byKey.values()].filter((f) => f.advanced).map((f) => f.key).sort()).toEqual(['functionUrl', 'managerFileId', 'planOnFunctionsAbove']);
    expect(byKey.get('rideServiceName')).toMatchObject({ kind: 'text', advanced: false });
  });

  it('rules out an estimated trip under the limit whose upper bound is over it, only once the coordinator chooses so', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss);
    setUp(addon);
    const [header, ...rows] = ss.sheet('Consumers')!.values();
    const [idColumn, statusColumn] = [header!.indexOf('Consumer ID'), header!.indexOf('Status')];
    const waiting = rows.filter((r) => /waiting/i.test(String(r[statusColumn]))).map((r) => String(r[idColumn]));
    // A waiting consumer with a mentor suggested on an estimate of more than 60 / 1.3 minutes: its upper bound is over 60.
    const found = waiting
      .map((id) => ({ id, ranked: sidebarCall<Suggestions>(addon, 'getMatchSuggestions', id, 100) }))
      .map(({ id, ranked }) => ({ id, near: ranked.suggestions.find((s) => s.proximity.source === 'estimate' && s.proximity.travelMinutes !== null && s.proximity.travelMinutes * 1.3 > 60) }))
      .find((c) => c.near);
    expect(found).toBeDefined();
    const { id, near } = found as { id: string; near: Suggestions['suggestions'][number] };

    sidebarCall(addon, 'saveSettings', { tripLimitUses: 'upper-bound' });
    expect(sidebarCall<{ values: Record<string, string> }>(addon, 'getSettings').values.tripLimitUses).toBe('upper-bound');
    const after = sidebarCall<Suggestions>(addon, 'getMatchSuggestions', id, 100);
    expect(after.suggestions.map((s) => s.mentorId)).not.toContain(near.mentorId);
    expect(after.excluded.find((e) => e.mentorId === near.mentorId)).toMatchObject({ rule: 'MATCH.TOO_FAR', reason: expect.stringMatching(new RegExp(`about ${near.proximity.travelMinutes} min, up to \\d+ min, is over the 60-minute limit`)) });

    sidebarCall(addon, 'saveSettings', { tripLimitUses: 'estimate' });
    expect(sidebarCall<Suggestions>(addon, 'getMatchSuggestions', id, 100).suggestions.map((s) => s.mentorId)).toContain(near.mentorId);
  });

  it('refuses a trip-limit value it does not know, in words, and keeps the one saved', () => {
    const { addon } = settingsView();
    const outcome = addon.callFromSidebar('saveSettings', { tripLimitUses: 'sometimes' }) as { ok: boolean; error?: { code: string; message: string } };
    expect(outcome).toEqual({ ok: false, error: { code: 'SETTINGS.BAD_VALUE', message: expect.stringMatching(/^The trip limit can be compared with the estimated trip time or with the longest it is likely to take/) } });
    expect(sidebarCall<{ values: Record<string, string> }>(addon, 'getSettings').values.tripLimitUses).toBe('estimate');
  });
});

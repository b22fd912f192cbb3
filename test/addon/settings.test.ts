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
    expect(byKey.get('crosswalk.daily-living')).toMatchObject({ label: 'PPR life area for daily living / housing', kind: 'text' });
    expect(byKey.get('crosswalk.goal.G-0001')).toMatchObject({ label: 'PPR life area for goal G-0001', kind: 'text' });
    expect(byKey.get('crosswalk.goal.G-0001')!.help).not.toBe('');
  });
});

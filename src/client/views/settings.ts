// This file is the Settings view: weights, intervals, thresholds, the crosswalk, the proximity service and the manager file.
import { button, el, field, focusHeading, input, run, startView } from '../dom';
import { call } from '../rpc';

export async function showSettings(outcome?: string): Promise<void> {
  const view = startView('Settings');
  const settings = await run('Loading settings…', () => call('getSettings'), (s) => `${s.fields.length} settings loaded.`, outcome);
  if (!settings) return;
  for (const issue of settings.issues) view.append(el('p', issue, { class: 'bad' }));
  const controls = settings.fields.map((f) => {
    const control = f.kind === 'long-text' ? el('textarea', undefined, { rows: '10' }) : input(f.kind === 'number' ? 'number' : 'text');
    control.value = settings.values[f.key] ?? '';
    view.append(field(f.label, control, f.help || undefined));
    return { key: f.key, control };
  });
  view.append(button('Save settings', async () => {
    const values = Object.fromEntries(controls.map((c) => [c.key, c.control.value]));
    await run('Saving settings…', () => call('saveSettings', values), 'Settings saved.');
  }));
  focusHeading();
}

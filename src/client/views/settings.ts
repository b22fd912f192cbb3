// This file is the Settings view: the coordinator's settings with their plain labels, and under a folded Advanced
// section the ones for whoever deploys the add-on (the functions address, the manager summary file).
import type { SettingsView } from '../../shared/rpc-contract';
import { button, el, field, focusHeading, input, run, select, startView } from '../dom';
import { call } from '../rpc';

export async function showSettings(outcome?: string): Promise<void> {
  const view = startView('Settings');
  const settings = await run('Loading settings…', () => call('getSettings'), (s) => `${s.fields.length} settings loaded.`, outcome);
  if (!settings) return;
  for (const issue of settings.issues) view.append(el('p', issue, { class: 'bad' }));
  const advanced = el('details', undefined, { id: 'advanced-settings' });
  advanced.append(el('summary', 'Advanced: for whoever set up the add-on'));
  const controls = settings.fields.map((f) => {
    const control = controlFor(f);
    control.value = settings.values[f.key] ?? '';
    (f.advanced ? advanced : view).append(field(f.label, control, f.help || undefined));
    return { key: f.key, control };
  });
  if (advanced.childElementCount > 1) view.append(advanced);
  view.append(button('Save settings', async () => {
    const values = Object.fromEntries(controls.map((c) => [c.key, c.control.value]));
    await run('Saving settings…', () => call('saveSettings', values), 'Settings saved.');
  }));
  focusHeading();
}

function controlFor(f: SettingsView['fields'][number]): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  if (f.kind === 'choice') return select(f.options ?? []);
  if (f.kind === 'long-text') return el('textarea', undefined, { rows: '10' });
  return input(f.kind === 'number' ? 'number' : 'text');
}

// This file is the Settings view: the coordinator's settings with their plain labels, and under a folded Advanced
// section the ones for whoever deploys the add-on (the functions address, the manager summary file).
import type { SettingsView } from '../../shared/rpc-contract';
import { button, el, field, focusHeading, input, run, select, startView } from '../dom';
import { call } from '../rpc';
import { outcomeWithUndo } from '../undo';

export async function showSettings(outcome?: string): Promise<void> {
  const view = startView('Settings');
  const settings = await run('Loading settings…', () => call('getSettings'), (s) => `${s.fields.length} settings loaded.`, outcome);
  if (!settings) return;
  const form = el('div');
  view.append(form);
  render(form, settings, false);
  focusHeading();
}

/** Draws the settings as the server has them; after a save, the values it saved, with Advanced as it was. */
function render(form: HTMLElement, settings: SettingsView, advancedOpen: boolean): HTMLButtonElement {
  form.replaceChildren();
  for (const issue of settings.issues) form.append(el('p', issue, { class: 'bad' }));
  const advanced = el('details', undefined, { id: 'advanced-settings' });
  advanced.open = advancedOpen;
  advanced.append(el('summary', 'Advanced: for whoever set up the add-on'));
  const controls = settings.fields.map((f) => {
    const control = controlFor(f);
    control.value = settings.values[f.key] ?? '';
    (f.advanced ? advanced : form).append(field(f.label, control, f.help || undefined));
    return { key: f.key, control };
  });
  if (advanced.childElementCount > 1) form.append(advanced);
  const save = button('Save settings', async () => {
    const values = Object.fromEntries(controls.map((c) => [c.key, c.control.value]));
    const saved = await run('Saving settings…', () => call('saveSettings', values), 'Settings saved.');
    if (!saved) return;
    const again = render(form, saved, advanced.open);
    if (saved.undo) again.after(outcomeWithUndo('Settings saved.', saved.undo, (said) => showSettings(said)));
    again.focus();
  });
  form.append(save);
  return save;
}

function controlFor(f: SettingsView['fields'][number]): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  if (f.kind === 'choice') return select(f.options ?? []);
  if (f.kind === 'long-text') return el('textarea', undefined, { rows: '10' });
  return input(f.kind === 'number' ? 'number' : 'text');
}

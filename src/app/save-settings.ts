// This file reads and saves the Settings tab's Key/Value rows, validated by the domain's settings reader: every known
// setting (from the defaults) and the crosswalk rows a coordinator adds.
import { DomainError, Issue } from '../domain/errors';
import { isOutreachSettingKey, PROGRAM_KEYS, PROGRAM_SETTING_PREFIX, readOutreachSettings, TEMPLATE_KEYS, TEMPLATE_SETTING_PREFIX } from '../domain/outreach/message-templates';
import { settingToCells } from '../domain/mappers/setting.mapper';
import { DEFAULT_SETTINGS, readSettings, Settings } from '../domain/settings';
import type { ActionSession } from './action-session';
import { AppPorts, readSession, writeSession } from './app-ports';

/** Every key of DEFAULT_SETTINGS as the Settings tab writes it: weights as `weights.<component>`. */
export type SettingKey = Exclude<keyof Settings, 'weights'> | `weights.${keyof Settings['weights']}`;

export interface SettingValues {
  /** Every setting's value as text, by key (weights as `weights.<component>`, crosswalk rows as written). */
  values: Record<string, string>;
  /** Values that cannot be read (the default is used instead). */
  issues: Issue[];
}

/** Every setting key, from the defaults, so a new setting shows up in the view without a list to keep in step. */
function settingKeys(): SettingKey[] {
  return Object.entries(DEFAULT_SETTINGS).flatMap(([key, value]) =>
    key === 'weights' ? Object.keys(value as Settings['weights']).map((w) => `weights.${w}` as SettingKey) : [key as SettingKey],
  );
}

function currentValues(session: ActionSession): SettingValues {
  const rows = session.model().settings;
  const { settings, issues } = readSettings(rows);
  const values: Record<string, string> = {};
  for (const key of settingKeys()) {
    const value = key.startsWith('weights.') ? settings.weights[key.slice(8) as keyof typeof settings.weights] : (settings as unknown as Record<string, unknown>)[key];
    values[key] = String(value ?? '');
  }
  for (const row of rows) if (row.key.startsWith('crosswalk.')) values[row.key] = row.value;
  // The intro texts and the program's name and phone: what is in use (the default when a row is missing or bad).
  const outreach = readOutreachSettings(rows);
  for (const key of PROGRAM_KEYS) values[`${PROGRAM_SETTING_PREFIX}${key}`] = outreach.program[key];
  for (const key of TEMPLATE_KEYS) values[`${TEMPLATE_SETTING_PREFIX}${key}`] = outreach.templates[key];
  return { values, issues: [...issues, ...outreach.issues] };
}

export function readSettingValues(ports: AppPorts): SettingValues {
  return currentValues(readSession(ports));
}

export function saveSettings(ports: AppPorts, values: Record<string, string>): SettingValues {
  if (!values || typeof values !== 'object') throw new DomainError('INPUT.BAD_SETTINGS', 'The settings were not understood.');
  const known = new Set<string>(settingKeys());
  const changes = Object.entries(values)
    .filter(([key]) => known.has(key) || key.startsWith('crosswalk.') || isOutreachSettingKey(key))
    // An email text is longer than a number; a Sheets cell holds up to 50,000 characters.
    .map(([key, value]) => [key, String(value ?? '').trim().slice(0, key.startsWith(TEMPLATE_SETTING_PREFIX) ? 5000 : 500)] as const);
  for (const [key, value] of changes) {
    if (key === 'functionUrl' && value && !/^https:\/\/[^\s]+$|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[^\s]*)?$/.test(value)) {
      throw new DomainError('SETTINGS.BAD_URL', 'The functions address must start with https://.');
    }
  }
  const check = readSettings(changes.map(([key, value], i) => ({ key, value, source: { tab: 'Settings', row: i + 2 } })));
  if (check.issues.length) throw new DomainError('SETTINGS.BAD_VALUE', check.issues[0]!.message);
  // A template with a blank it cannot fill, or a bracket left open, is refused with the blanks it may use.
  const texts = readOutreachSettings(changes.map(([key, value], i) => ({ key, value, source: { tab: 'Settings', row: i + 2 } })));
  if (texts.issues.length) throw new DomainError(texts.issues[0]!.code, texts.issues[0]!.message.replace(/; the default text is used$/, '.'));
  writeSession(ports, (session) => {
    const rows = session.model().settings;
    const { values: before } = currentValues(session);
    let changed = 0;
    for (const [key, value] of changes) {
      if (before[key] === value) continue;
      const row = rows.find((r) => r.key.trim() === key);
      if (row) session.updateRow('settings', row.source.row - 1, { value });
      else session.append('settings', settingToCells({ key, value }));
      changed++;
    }
    if (changed) session.audit({ action: 'settings.save', record: `${changed} settings` });
  });
  return readSettingValues(ports);
}

/** Queues one Settings value (the row with that key, or a new row) in this action's write. */
export function putSetting(session: ActionSession, key: string, value: string): void {
  const row = session.model().settings.find((r) => r.key.trim() === key);
  if (row) session.updateRow('settings', row.source.row - 1, { value });
  else session.append('settings', settingToCells({ key, value }));
}

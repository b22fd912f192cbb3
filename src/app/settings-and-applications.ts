// This file is the Settings view (the Settings tab's Key/Value rows, validated by the domain's settings reader), the
// Applications list (decisions are in application-decisions.ts), and finding consumers by cursor or search.
import { DomainError } from '../domain/errors';
import { DEFAULT_SETTINGS, readSettings } from '../domain/settings';
import { normalizeKey } from '../domain/text';
import type { ApplicationView, PersonSummary, SettingsView } from '../shared/rpc-contract';
import { AppPorts, readSession, writeSession } from './app-ports';
import { applicationRows, decideApplication } from './application-decisions';
import { consumerSummary, requireId } from './views';
import type { WorkbookSession } from './workbook-session';

const LABELS: Record<string, [string, string]> = {
  trainingIntervalDays: ['Training keeps a mentor current for (days)', 'Default 90: ongoing training at least every three months.'],
  trainingWarningDays: ['Warn this many days before training lapses', ''],
  reviewIntervalDays: ['Days between three-way reviews', ''],
  checkInIntervalDays: ['Days between mentor check-ins', ''],
  reviewUpcomingDays: ['Show reviews coming up within (days)', ''],
  maxTravelMinutes: ['Longest trip between a pair (minutes)', ''],
  maxDistanceKm: ['Longest distance when travel time is unknown (km)', ''],
  suppressionThreshold: ['Hide counts below this in manager summaries', 'Counts from 1 to this number show as "fewer than".'],
  functionUrl: ['Proximity service address (https)', 'Distances and travel times come from this service. Leave blank to go without them (travel shows as unknown).'],
  managerFileId: ['Manager summary spreadsheet ID', 'Filled in when the summary is first published; clear it to start a new file.'],
};

function settingKeys(): string[] {
  const numbers = Object.keys(DEFAULT_SETTINGS).filter((k) => typeof (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[k] === 'number');
  const weights = Object.keys(DEFAULT_SETTINGS.weights).map((k) => `weights.${k}`);
  return [...numbers, ...weights, 'functionUrl', 'managerFileId'];
}

function currentValues(session: WorkbookSession): { values: Record<string, string>; issues: string[] } {
  const rows = session.model().settings;
  const { settings, issues } = readSettings(rows);
  const values: Record<string, string> = {};
  for (const key of settingKeys()) {
    const value = key.startsWith('weights.') ? settings.weights[key.slice(8) as keyof typeof settings.weights] : (settings as unknown as Record<string, unknown>)[key];
    values[key] = String(value ?? '');
  }
  for (const row of rows) if (row.key.startsWith('crosswalk.')) values[row.key] = row.value;
  return { values, issues: issues.map((i) => i.message) };
}

export function getSettings(ports: AppPorts): SettingsView {
  const { values, issues } = currentValues(readSession(ports));
  const fields = Object.keys(values).map((key) => {
    const [label, help] = LABELS[key] ?? (key.startsWith('weights.') ? [`Weight: ${key.slice(8).replace(/([A-Z])/g, ' $1').toLowerCase()}`, '0 to 100'] : [key, '']);
    return { key, label, kind: (key === 'functionUrl' || key === 'managerFileId' || key.startsWith('crosswalk.') ? 'text' : 'number') as 'text' | 'number', help };
  });
  return { values, fields, issues };
}

export function saveSettings(ports: AppPorts, values: Record<string, string>): SettingsView {
  if (!values || typeof values !== 'object') throw new DomainError('INPUT.BAD_SETTINGS', 'The settings were not understood.');
  const known = new Set(settingKeys());
  const changes = Object.entries(values)
    .filter(([key]) => known.has(key) || key.startsWith('crosswalk.'))
    .map(([key, value]) => [key, String(value ?? '').trim().slice(0, 500)] as const);
  for (const [key, value] of changes) {
    if (key === 'functionUrl' && value && !/^https:\/\/[^\s]+$|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[^\s]*)?$/.test(value)) {
      throw new DomainError('SETTINGS.BAD_URL', 'The proximity service address must start with https://.');
    }
  }
  const check = readSettings(changes.map(([key, value], i) => ({ key, value, source: { tab: 'Settings', row: i + 2 } })));
  if (check.issues.length) throw new DomainError('SETTINGS.BAD_VALUE', check.issues[0]!.message);
  writeSession(ports, (session) => {
    const rows = session.model().settings;
    const { values: before } = currentValues(session);
    let changed = 0;
    for (const [key, value] of changes) {
      if (before[key] === value) continue;
      const row = rows.find((r) => r.key.trim() === key);
      if (row) session.updateRow('settings', row.source.row - 1, { value });
      else session.append('settings', { key, value });
      changed++;
    }
    if (changed) session.audit({ action: 'settings.save', record: `${changed} settings` });
  });
  return getSettings(ports);
}

/** Queues one Settings value (the row with that key, or a new row) in this action's write. */
export function putSetting(session: WorkbookSession, key: string, value: string): void {
  const row = session.model().settings.find((r) => r.key.trim() === key);
  if (row) session.updateRow('settings', row.source.row - 1, { value });
  else session.append('settings', { key, value });
}

export function listApplications(ports: AppPorts): ApplicationView[] {
  return applicationRows(readSession(ports)).map((a) => a.view).reverse().slice(0, 100);
}

export { decideApplication };

/** The consumer on the row under the cursor on the Consumers tab, or null. */
export function consumerAtCursor(ports: AppPorts): PersonSummary | null {
  const at = ports.selection?.current();
  if (!at || at.row < 2) return null;
  const model = readSession(ports).model();
  const consumer = model.consumers.find((c) => c.source.tab === at.tab && c.source.row === at.row);
  return consumer ? consumerSummary(consumer) : null;
}

export function searchConsumers(ports: AppPorts, query: string): PersonSummary[] {
  const text = normalizeKey(String(query ?? '')).slice(0, 80);
  const model = readSession(ports).model();
  const matches = model.consumers.filter((c) => !text || normalizeKey(c.name).includes(text) || normalizeKey(c.id) === text);
  const waitingFirst = matches.sort((a, b) => Number(b.status === 'waiting') - Number(a.status === 'waiting') || (a.requestedOn ?? '').localeCompare(b.requestedOn ?? ''));
  return waitingFirst.slice(0, 25).map(consumerSummary);
}

export { requireId };

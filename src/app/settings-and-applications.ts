// This file is the Settings view (the Settings tab's Key/Value rows, validated by the domain's settings reader), the
// Applications list (decisions are in application-decisions.ts), and finding consumers by cursor or search.
import { DomainError } from '../domain/errors';
import { GOAL_AREA_LABELS, readGoalArea } from '../domain/goal-areas';
import { DEFAULT_SETTINGS, readSettings, Settings } from '../domain/settings';
import { normalizeKey } from '../domain/text';
import type { ApplicationView, PersonSummary, SettingsView } from '../shared/rpc-contract';
import { AppPorts, readSession, writeSession } from './app-ports';
import { applicationRows, decideApplication } from './application-decisions';
import { consumerSummary, requireId } from './views';
import type { WorkbookSession } from './workbook-session';

/** Every key of DEFAULT_SETTINGS as the Settings tab writes it: weights as `weights.<component>`. */
type SettingKey = Exclude<keyof Settings, 'weights'> | `weights.${keyof Settings['weights']}`;

/** The plain-language label and help for each setting; typed so a new setting cannot be added without them. */
const LABELS: Record<SettingKey, { label: string; help: string }> = {
  trainingIntervalDays: { label: 'Training keeps a mentor current for (days)', help: 'Default 90: ongoing training at least every three months.' },
  trainingWarningDays: { label: 'Warn this many days before training lapses', help: 'Mentors show as "due soon" in this many last days. Default 21.' },
  reviewIntervalDays: { label: 'Days between three-way reviews', help: 'Mentor, consumer and coordinator meet this often, counted from the match start or the last review. Default 90.' },
  checkInIntervalDays: { label: 'Days between mentor check-ins', help: 'A check-in is expected this long after the last contact. Default 30.' },
  reviewUpcomingDays: { label: 'Show reviews coming up within (days)', help: 'The review log lists reviews and check-ins due within this many days. Default 14.' },
  trainingLookaheadDays: { label: 'Show training sessions coming up within (days)', help: 'The Training view lists sessions in this many days ahead, with who needs each. Default 60.' },
  maxTravelMinutes: { label: 'Longest trip between a pair (minutes)', help: 'Mentors further than this from the consumer are not suggested. Default 60.' },
  maxDistanceKm: { label: 'Longest distance when travel time is unknown (km)', help: 'Used only when a trip time cannot be found. Default 40.' },
  waitingFullDays: { label: 'Days of waiting that count in full (batch matching)', help: 'In batch matching, a consumer who has waited this long gets the whole waiting-time score. Default 180.' },
  'weights.goals': { label: 'Weight: mentor skills cover the consumer\'s goals', help: 'How much this counts in the score, from 0 to 100. Default 40.' },
  'weights.proximity': { label: 'Weight: short travel between them', help: 'How much this counts in the score, from 0 to 100. Default 20.' },
  'weights.availability': { label: 'Weight: free at the same times', help: 'How much this counts in the score, from 0 to 100. Default 12.' },
  'weights.language': { label: 'Weight: share a language', help: 'How much this counts in the score, from 0 to 100. Default 5.' },
  'weights.preferences': { label: 'Weight: the consumer\'s wishes for a mentor', help: 'How much this counts in the score, from 0 to 100. Default 8.' },
  'weights.livedExperience': { label: 'Weight: shared lived experience, when asked for', help: 'How much this counts in the score, from 0 to 100. Default 7.' },
  'weights.load': { label: 'Weight: mentor has places free', help: 'How much this counts in the score, from 0 to 100; spreads consumers across mentors. Default 4.' },
  'weights.waiting': { label: 'Weight: how long the consumer has waited (batch)', help: 'How much this counts in batch matching, from 0 to 100. Default 4.' },
  suppressionThreshold: { label: 'Hide counts below this in manager summaries', help: 'Counts from 1 to one less than this number show as "fewer than", so no one can be picked out. Default 5.' },
  functionUrl: {
    label: 'Functions address (proximity and form intake)',
    help: 'The proximity function\'s https address, ending in /proximity; form intake uses the same address ending in /intake. Leave blank to estimate travel from ZIP codes.',
  },
  managerFileId: { label: 'Manager summary spreadsheet ID', help: 'Filled in when the summary is first published; clear it to start a new file.' },
};

/** Labels for the crosswalk rows a coordinator adds (`crosswalk.lifeAreas`, `crosswalk.<area>`, `crosswalk.goal.<ID>`). */
function crosswalkLabel(key: string): { label: string; help: string } {
  const suffix = key.slice('crosswalk.'.length);
  const help = 'Life areas of the PPR worksheet; several separated by "|", the first is the default.';
  if (suffix.toLowerCase() === 'lifeareas') return { label: 'PPR life areas', help: 'The list of significant life areas, separated by semicolons.' };
  if (suffix.toLowerCase().startsWith('goal.')) return { label: `PPR life area for goal ${suffix.slice(5).trim()}`, help: 'The life area this one goal counts under.' };
  const reading = readGoalArea(suffix.replace(/-/g, ' '));
  return { label: `PPR life area for ${reading.kind === 'area' ? GOAL_AREA_LABELS[reading.area].toLowerCase() : suffix}`, help };
}

/** The label and help the Settings view shows for a key. */
export function settingLabel(key: string): { label: string; help: string } {
  if (key in LABELS) return LABELS[key as SettingKey];
  if (key.toLowerCase().startsWith('crosswalk.')) return crosswalkLabel(key);
  return { label: key, help: '' };
}

/** Every setting key, from the defaults, so a new setting shows up in the view without a list to keep in step. */
function settingKeys(): SettingKey[] {
  return Object.entries(DEFAULT_SETTINGS).flatMap(([key, value]) =>
    key === 'weights' ? Object.keys(value as Settings['weights']).map((w) => `weights.${w}` as SettingKey) : [key as SettingKey],
  );
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
    const { label, help } = settingLabel(key);
    const numeric = key.startsWith('weights.') || typeof (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key] === 'number';
    return { key, label, kind: (numeric ? 'number' : 'text') as 'text' | 'number', help };
  });
  return { values, fields, issues };
}

export function saveSettings(ports: AppPorts, values: Record<string, string>): SettingsView {
  if (!values || typeof values !== 'object') throw new DomainError('INPUT.BAD_SETTINGS', 'The settings were not understood.');
  const known = new Set<string>(settingKeys());
  const changes = Object.entries(values)
    .filter(([key]) => known.has(key) || key.startsWith('crosswalk.'))
    .map(([key, value]) => [key, String(value ?? '').trim().slice(0, 500)] as const);
  for (const [key, value] of changes) {
    if (key === 'functionUrl' && value && !/^https:\/\/[^\s]+$|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[^\s]*)?$/.test(value)) {
      throw new DomainError('SETTINGS.BAD_URL', 'The functions address must start with https://.');
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

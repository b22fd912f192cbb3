// This file is the sidebar's Settings view: each setting's plain-language label and help, and whether it is a number.
import { GOAL_AREA_LABELS, readGoalArea } from '../../domain/goal-areas';
import { PROGRAM_LABELS, PROGRAM_SETTING_PREFIX, ProgramKey, TEMPLATE_SETTING_PREFIX, TemplateKey, TEMPLATES } from '../../domain/outreach/message-templates';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { SettingKey, SettingValues } from '../../app/save-settings';
import type { SettingsView } from '../../shared/rpc-contract';

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
  tripLimitUses: {
    label: 'Compare the longest trip with',
    help: 'Without the proximity service, trip times are estimated from ZIP codes. Choose "the longest the trip is likely to take" to rule out pairs whose trip might run over, not only those whose usual trip does.',
  },
  rideServiceName: {
    label: 'Local name of the ride service for people with disabilities',
    help: 'Like Metro Mobility. Forms made from then on name it after the plain words, so applicants know which service is meant. Leave blank to leave it out.',
  },
  waitingFullDays: { label: 'Days of waiting that count in full (Plan matches)', help: 'When matches are planned for everyone waiting, a consumer who has waited this long gets the whole waiting-time score. Default 180.' },
  'weights.goals': { label: 'Weight: mentor skills cover the consumer\'s goals', help: 'How much this counts in the score, from 0 to 100. Default 40.' },
  'weights.proximity': { label: 'Weight: short travel between them', help: 'How much this counts in the score, from 0 to 100. Default 20.' },
  'weights.availability': { label: 'Weight: free at the same times', help: 'How much this counts in the score, from 0 to 100. Default 12.' },
  'weights.language': { label: 'Weight: share a language', help: 'How much this counts in the score, from 0 to 100. Default 5.' },
  'weights.preferences': { label: 'Weight: the consumer\'s wishes for a mentor', help: 'How much this counts in the score, from 0 to 100. Default 8.' },
  'weights.livedExperience': { label: 'Weight: shared lived experience, when asked for', help: 'How much this counts in the score, from 0 to 100. Default 7.' },
  'weights.load': { label: 'Weight: mentor has places free', help: 'How much this counts in the score, from 0 to 100; spreads consumers across mentors. Default 4.' },
  'weights.waiting': { label: 'Weight: how long the consumer has waited (Plan matches)', help: 'How much this counts when matches are planned for everyone waiting, from 0 to 100. Default 4.' },
  weakScoreBelow: { label: 'Mark suggestions scoring under this as weak', help: 'A weak suggestion is flagged with why, so it is not taken on trust. From 0 to 100. Default 40.' },
  suppressionThreshold: { label: 'Hide counts below this in manager summaries', help: 'Counts from 1 to one less than this number show as "fewer than", so no one can be picked out. Default 5.' },
  planOnFunctionsAbove: {
    label: 'Plan matches on the functions above (pairs)',
    help: 'When consumers waiting × mentors with room is more than this, Plan matches runs on the functions (needs the functions address). Default 12000000.',
  },
  functionUrl: {
    label: 'Functions address (proximity and form intake)',
    help: 'The proximity function\'s https address, ending in /proximity; form intake uses the same address ending in /intake. Leave blank to estimate travel from ZIP codes.',
  },
  managerFileId: { label: 'Manager summary spreadsheet ID', help: 'Filled in when the summary is first published; clear it to start a new file.' },
};

/** Labels for the crosswalk rows a coordinator adds (`crosswalk.lifeAreas`, `crosswalk.<area>`, `crosswalk.goal.<ID>`). */
function crosswalkLabel(key: string): { label: string; help: string } {
  const suffix = key.slice('crosswalk.'.length);
  const help = 'Life areas of the Program Performance Report; several separated by "|", the first is the default.';
  if (suffix.toLowerCase() === 'lifeareas') return { label: 'Life areas on the yearly report (PPR)', help: 'The list of significant life areas, separated by semicolons.' };
  if (suffix.toLowerCase().startsWith('goal.')) return { label: `Life area on the yearly report (PPR) for goal ${suffix.slice(5).trim()}`, help: 'The life area this one goal counts under.' };
  const reading = readGoalArea(suffix.replace(/-/g, ' '));
  return { label: `Life area on the yearly report (PPR) for ${reading.kind === 'area' ? GOAL_AREA_LABELS[reading.area].toLowerCase() : suffix}`, help };
}

/** The label and help the Settings view shows for a key. */
export function settingLabel(key: string): { label: string; help: string } {
  if (key in LABELS) return LABELS[key as SettingKey];
  if (key.toLowerCase().startsWith('crosswalk.')) return crosswalkLabel(key);
  if (key.startsWith(TEMPLATE_SETTING_PREFIX)) return TEMPLATES[key.slice(TEMPLATE_SETTING_PREFIX.length) as TemplateKey] ?? { label: key, help: '' };
  if (key.startsWith(PROGRAM_SETTING_PREFIX)) return PROGRAM_LABELS[key.slice(PROGRAM_SETTING_PREFIX.length) as ProgramKey] ?? { label: key, help: '' };
  return { label: key, help: '' };
}

/** Settings a choice among fixed values, with each value's words. */
const CHOICES: Partial<Record<SettingKey, { value: string; label: string }[]>> = {
  tripLimitUses: [
    { value: 'estimate', label: 'the estimated trip time (default)' },
    { value: 'upper-bound', label: 'the longest the trip is likely to take' },
  ],
};

/** Settings for whoever deploys the add-on, shown under Advanced so they do not sit among the coordinator's own. */
const ADVANCED: ReadonlySet<string> = new Set<SettingKey>(['functionUrl', 'planOnFunctionsAbove', 'managerFileId']);

export function presentSettings({ values, issues }: SettingValues): SettingsView {
  const fields = Object.keys(values).map((key): SettingsView['fields'][number] => {
    const { label, help } = settingLabel(key);
    const options = CHOICES[key as SettingKey];
    const numeric = key.startsWith('weights.') || typeof (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key] === 'number';
    const long = key === `${TEMPLATE_SETTING_PREFIX}introEmailBody` || key === `${TEMPLATE_SETTING_PREFIX}introEventDetails`;
    const kind = options ? 'choice' : numeric ? 'number' : long ? 'long-text' : 'text';
    return { key, label, kind, help, advanced: ADVANCED.has(key), ...(options ? { options } : {}) };
  });
  return { values, fields, issues: issues.map((i) => i.message) };
}

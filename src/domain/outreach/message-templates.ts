// This file keeps the texts the coordinator can edit in Settings (the intro email and the intro calendar event) and
// the program's own details (name, phone), with the blanks each text may use, checks a text before it is saved, and
// fills the blanks. Settings rows are "template.<name>" and "program.<name>"; a row left out keeps the default.
import { Issue } from '../errors';
import { Setting } from '../model';

export const TEMPLATE_KEYS = ['introEmailSubject', 'introEmailBody', 'introEventTitle', 'introEventDetails'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const PROGRAM_KEYS = ['name', 'phone'] as const;
export type ProgramKey = (typeof PROGRAM_KEYS)[number];
export type ProgramInfo = Record<ProgramKey, string>;

/** The blanks an intro text may use; each is filled from the match, the two people and the program. */
export const INTRO_BLANKS = ['consumerFirstName', 'mentorFirstName', 'introDate', 'introTime', 'introPlace', 'contact', 'programName', 'programPhone'] as const;
export type IntroBlank = (typeof INTRO_BLANKS)[number];

export interface TemplateSpec {
  label: string;
  help: string;
  blanks: readonly IntroBlank[];
  text: string;
}

const BLANK_HELP = 'Blanks in curly brackets are filled in for each match: {consumerFirstName}, {mentorFirstName}, {introDate}, {introTime}, {introPlace}, {programName}, {programPhone}';

export const TEMPLATES: Record<TemplateKey, TemplateSpec> = {
  introEmailSubject: {
    label: 'Intro email: subject',
    help: `${BLANK_HELP}.`,
    blanks: INTRO_BLANKS.filter((blank) => blank !== 'contact'),
    text: '{consumerFirstName}, meet {mentorFirstName}',
  },
  introEmailBody: {
    label: 'Intro email: message',
    help: `${BLANK_HELP}, and {contact}: how to reach each other, only for a person who said yes to sharing contact details (otherwise a line saying you will put them in touch).`,
    blanks: INTRO_BLANKS,
    text: [
      'Hi {consumerFirstName} and {mentorFirstName},',
      '',
      'I am glad you two will meet.',
      '{mentorFirstName} will be your peer mentor, {consumerFirstName}.',
      '',
      'Your first meeting:',
      'Day: {introDate}',
      'Time: {introTime}',
      'Place: {introPlace}',
      '',
      '{contact}',
      '',
      'Do you have a question? Call us at {programPhone}.',
      '',
      '{programName}',
    ].join('\n'),
  },
  introEventTitle: {
    label: 'Intro calendar event: title',
    help: `${BLANK_HELP}.`,
    blanks: INTRO_BLANKS.filter((blank) => blank !== 'contact'),
    text: 'First meeting: {consumerFirstName} and {mentorFirstName}',
  },
  introEventDetails: {
    label: 'Intro calendar event: description',
    help: `${BLANK_HELP}.`,
    blanks: INTRO_BLANKS.filter((blank) => blank !== 'contact'),
    text: '{consumerFirstName} meets {mentorFirstName}, their peer mentor, for the first time.\nQuestions? Call {programName} at {programPhone}.',
  },
};

export const PROGRAM_LABELS: Record<ProgramKey, { label: string; help: string }> = {
  name: { label: 'Program name', help: 'How letters and emails sign off, for example "Peer Mentoring at Metro Center for Independent Living".' },
  phone: { label: 'Program phone', help: 'The number people call with questions; printed on every letter and intro email.' },
};

export const DEFAULT_PROGRAM: ProgramInfo = { name: 'The Peer Mentoring Program', phone: '' };

export interface OutreachSettings {
  templates: Record<TemplateKey, string>;
  program: ProgramInfo;
}

export const TEMPLATE_SETTING_PREFIX = 'template.';
export const PROGRAM_SETTING_PREFIX = 'program.';

/** Whether a Settings key belongs to this file (the general settings reader leaves these rows to it). */
export function isOutreachSettingKey(key: string): boolean {
  return key.startsWith(TEMPLATE_SETTING_PREFIX) || key.startsWith(PROGRAM_SETTING_PREFIX);
}

/**
 * Reads the template and program rows of the Settings tab. A template that fails its check, or a key we do not
 * know, is reported with its row and the default kept, so one typo never breaks every intro.
 */
export function readOutreachSettings(rows: readonly Setting[]): OutreachSettings & { issues: Issue[] } {
  const templates = Object.fromEntries(TEMPLATE_KEYS.map((key) => [key, TEMPLATES[key].text])) as Record<TemplateKey, string>;
  const program: ProgramInfo = { ...DEFAULT_PROGRAM };
  const issues: Issue[] = [];
  for (const row of rows) {
    const key = row.key.trim();
    if (!isOutreachSettingKey(key)) continue;
    const location = { tab: row.source.tab, row: row.source.row, column: 'Value' };
    if (key.startsWith(PROGRAM_SETTING_PREFIX)) {
      const name = key.slice(PROGRAM_SETTING_PREFIX.length) as ProgramKey;
      if (!PROGRAM_KEYS.includes(name)) {
        issues.push({ code: 'SETTINGS.UNKNOWN_KEY', message: `Setting "${key}" is not one we know; it is ignored`, location: { ...location, column: 'Key' } });
        continue;
      }
      if (row.value.trim()) program[name] = row.value.trim();
      continue;
    }
    const name = key.slice(TEMPLATE_SETTING_PREFIX.length) as TemplateKey;
    if (!TEMPLATE_KEYS.includes(name)) {
      issues.push({ code: 'SETTINGS.UNKNOWN_KEY', message: `Setting "${key}" is not one we know; it is ignored`, location: { ...location, column: 'Key' } });
      continue;
    }
    if (row.value.trim() === '') continue;
    const problems = checkTemplate(name, row.value);
    if (problems.length) {
      issues.push({ code: 'SETTINGS.BAD_TEMPLATE', message: `${TEMPLATES[name].label}: ${problems[0]}; the default text is used`, location });
      continue;
    }
    templates[name] = row.value;
  }
  return { templates, program, issues };
}

/**
 * What is wrong with a template text, in plain sentences (empty when it can be saved): a blank this text cannot fill,
 * a curly bracket left open or closed alone, or no text at all.
 */
export function checkTemplate(key: TemplateKey, text: string): string[] {
  const spec = TEMPLATES[key];
  if (text.trim() === '') return ['it is empty; write a text or remove the row to use the default'];
  const problems: string[] = [];
  const allowed = new Set<string>(spec.blanks);
  for (const token of text.match(/\{[^{}]*\}/g) ?? []) {
    const name = token.slice(1, -1).trim();
    if (!allowed.has(name)) {
      const others = spec.blanks.map((blank) => `{${blank}}`).join(', ');
      problems.push(`"${token}" is not a blank this text can fill (it can use ${others})`);
    }
  }
  const leftover = text.replace(/\{[^{}]*\}/g, '');
  if (/[{}]/.test(leftover)) problems.push('a curly bracket is not closed; blanks look like {mentorFirstName}');
  return [...new Set(problems)];
}

/**
 * Fills a checked template. A blank with no value is written as "[what goes here]" so the coordinator sees what to
 * add before sending, and is listed in `missing`.
 */
export function fillTemplate(text: string, values: Partial<Record<IntroBlank, string | null>>): { text: string; missing: IntroBlank[] } {
  const missing = new Set<IntroBlank>();
  const filled = text.replace(/\{([^{}]*)\}/g, (token, raw: string) => {
    const name = raw.trim() as IntroBlank;
    if (!(INTRO_BLANKS as readonly string[]).includes(name)) return token;
    const value = values[name];
    if (value === null || value === undefined || value.trim() === '') {
      missing.add(name);
      return `[${BLANK_NAMES[name]}]`;
    }
    return value;
  });
  return { text: filled, missing: [...missing] };
}

/** What each blank stands for, as the draft shows it when the value is not known. */
export const BLANK_NAMES: Record<IntroBlank, string> = {
  consumerFirstName: 'consumer first name',
  mentorFirstName: 'mentor first name',
  introDate: 'meeting day',
  introTime: 'meeting time',
  introPlace: 'meeting place',
  contact: 'how to reach each other',
  programName: 'program name',
  programPhone: 'program phone',
};

/** The first word of a name as written ("María José Ortiz" → "María"); "Vang, Tou" as sheets often list people → "Tou". */
export function firstNameOf(name: string): string {
  const comma = name.indexOf(',');
  const given = comma > 0 && name.slice(comma + 1).trim() ? name.slice(comma + 1) : name;
  return given.trim().split(/\s+/)[0] ?? '';
}

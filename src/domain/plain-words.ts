// This file checks that a message shown to a coordinator is in plain words: no internal setting key, and no
// abbreviation left bare (one a coordinator may not know, not spelled out in the same message).
import { DEFAULT_SETTINGS } from './settings';

/**
 * Abbreviations everyone reading these screens and forms knows; they need no spelling out. SSI and SSDI are the
 * names people who get those benefits know them by.
 */
const EVERYDAY_ABBREVIATIONS = new Set(['ID', 'IDS', 'ZIP', 'US', 'OK', 'AM', 'PM', 'PDF', 'URL', 'SSI', 'SSDI']);

/** The spelled-out form of abbreviations the program's papers use. A message names the long form first. */
export const GLOSSARY: Readonly<Record<string, string>> = {
  PPR: 'Program Performance Report',
  ADA: 'Americans with Disabilities Act',
  ASL: 'American Sign Language',
  CIL: 'Center for Independent Living',
};

/** Every key the Settings tab knows, as written there: `trainingIntervalDays`, `weights.goals` … */
export function settingKeys(): string[] {
  const keys = Object.keys(DEFAULT_SETTINGS).filter((key) => key !== 'weights');
  return [...keys, ...Object.keys(DEFAULT_SETTINGS.weights).map((key) => `weights.${key}`)];
}

/**
 * What makes a message hard for a coordinator: each setting key it contains, and each abbreviation that is not
 * everyday and not explained in the message — either written as "long form (ABBR)" or with its glossary long form.
 * Record IDs (C-0032) and error codes are not words, so tokens with digits or dots are skipped.
 */
export function findJargon(message: string): string[] {
  const problems: string[] = [];
  for (const key of settingKeys()) {
    if (new RegExp(`\\b${key.replace('.', '\\.')}\\b`).test(message)) problems.push(`setting key "${key}"`);
  }
  for (const token of new Set(message.match(/(?<![\w.-])[A-Z]{2,}s?(?![\w.-])/g) ?? [])) {
    const abbreviation = token.replace(/s$/, '');
    if (EVERYDAY_ABBREVIATIONS.has(abbreviation)) continue;
    const longForm = GLOSSARY[abbreviation];
    const explained = (longForm !== undefined && message.includes(longForm)) || new RegExp(`\\w[\\w\\s'-]+ \\(${abbreviation}\\)`).test(message);
    if (!explained) problems.push(`abbreviation "${abbreviation}" not spelled out`);
  }
  return problems;
}

// This file compares the languages two people use. Rule: when both list languages they must share at least one
// (case-insensitive; "ASL" and "American Sign Language" are the same, as are common spellings of a few others);
// when either lists none, language does not rule a pair out and scores as neutral.
import { findMissingSide, MissingSide } from './matching-types';
import { normalizeKey } from '../text';

const SAME_LANGUAGE: Record<string, string> = {
  asl: 'asl',
  'american sign language': 'asl',
  'sign language': 'asl',
  'sign language asl': 'asl',
  'american sign language asl': 'asl',
  espanol: 'spanish',
  'hmoob': 'hmong',
  'af soomaali': 'somali',
  soomaali: 'somali',
};

/** A language as a comparable key ("American Sign Language" → "asl", "Español" → "spanish"). */
export function normalizeLanguage(language: string): string {
  const key = normalizeKey(language);
  return SAME_LANGUAGE[key] ?? key;
}

export interface LanguageComparison {
  /** False when either person lists no language. */
  known: boolean;
  /** Whose languages are not recorded. */
  missing: MissingSide;
  /** Languages both use, in the consumer's order, as the consumer wrote them. */
  shared: string[];
  /** True when the consumer's first-listed language is shared. */
  sharesFirst: boolean;
  consumerFirst: string | null;
}

export function compareLanguages(consumerLanguages: readonly string[], mentorLanguages: readonly string[]): LanguageComparison {
  return compareLanguageKeys(consumerLanguages, consumerLanguages.map(normalizeLanguage), new Set(mentorLanguages.map(normalizeLanguage).filter(Boolean)));
}

/** The same comparison on languages already normalized (each consumer's and mentor's once per run). */
export function compareLanguageKeys(consumerLanguages: readonly string[], consumerKeys: readonly string[], mentorKeys: ReadonlySet<string>): LanguageComparison {
  const first = consumerLanguages[0] ?? null;
  const missing = findMissingSide(consumerKeys.some(Boolean), mentorKeys.size > 0);
  if (missing) return { known: false, missing, shared: [], sharesFirst: false, consumerFirst: first };
  const shared: string[] = [];
  const seen = new Set<string>();
  consumerKeys.forEach((key, i) => {
    if (key && mentorKeys.has(key) && !seen.has(key)) {
      seen.add(key);
      shared.push(consumerLanguages[i]!);
    }
  });
  return { known: true, missing: null, shared, sharesFirst: Boolean(consumerKeys[0]) && mentorKeys.has(consumerKeys[0]!), consumerFirst: first };
}

// This file compares the languages two people use. Rule: when both list languages they must share at least one
// (case-insensitive; "ASL" and "American Sign Language" are the same, as are common spellings of a few others);
// when either lists none, language does not rule a pair out and scores as neutral.
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
  /** Languages both use, in the consumer's order, as the consumer wrote them. */
  shared: string[];
  /** True when the consumer's first-listed language is shared. */
  sharesFirst: boolean;
  consumerFirst: string | null;
}

export function compareLanguages(consumerLanguages: readonly string[], mentorLanguages: readonly string[]): LanguageComparison {
  const consumerKeys = consumerLanguages.map(normalizeLanguage).filter(Boolean);
  const mentorKeys = new Set(mentorLanguages.map(normalizeLanguage).filter(Boolean));
  if (consumerKeys.length === 0 || mentorKeys.size === 0) return { known: false, shared: [], sharesFirst: false, consumerFirst: consumerLanguages[0] ?? null };
  const shared: string[] = [];
  consumerKeys.forEach((key, i) => {
    if (mentorKeys.has(key) && !shared.some((s) => normalizeLanguage(s) === key)) shared.push(consumerLanguages[i]!);
  });
  return { known: true, shared, sharesFirst: mentorKeys.has(consumerKeys[0]!), consumerFirst: consumerLanguages[0] ?? null };
}

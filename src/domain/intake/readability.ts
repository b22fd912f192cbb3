// This file measures how hard text is to read by three independent formulas — Flesch–Kincaid (syllables per word),
// SMOG (words of three or more syllables) and Coleman–Liau (letters per word, no syllables at all) — so the forms'
// wording can be held to grade 6 on each. Syllables are counted by vowel groups with the usual English corrections.

export interface ReadabilityScore {
  sentences: number;
  words: number;
  syllables: number;
  /** U.S. school grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
  grade: number;
}

/** Syllables in one English word: vowel groups, less a silent final "e", at least one. */
export function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters === '') return 0;
  if (letters.length <= 3) return 1;
  let core = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (end) => end[0]!);
  core = core.replace(/^y/, '');
  // A final "-le" after a consonant keeps its "e" and counts as a syllable (table, simple).
  return Math.max(1, core.match(/[aeiouy]+/g)?.length ?? 0);
}

/** Splits text into sentences: a question, a title or a help line each count as at least one. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[a-z0-9]/i.test(sentence));
}

function splitWords(sentence: string): string[] {
  return sentence.split(/[\s/]+/).filter((word) => /[a-z0-9]/i.test(word));
}

/** Words, sentences, syllables, letters and words of 3+ syllables in a set of texts, each one or more sentences. */
function countText(texts: readonly string[]): { sentences: number; words: number; syllables: number; letters: number; polysyllables: number } {
  const counts = { sentences: 0, words: 0, syllables: 0, letters: 0, polysyllables: 0 };
  for (const text of texts) {
    for (const sentence of splitSentences(text)) {
      counts.sentences += 1;
      for (const word of splitWords(sentence)) {
        // Numbers count as one-syllable words of one letter each digit group ("55104" is read as one short word).
        const syllables = /[a-z]/i.test(word) ? countSyllables(word) : 1;
        counts.words += 1;
        counts.syllables += syllables;
        counts.letters += (word.match(/[a-z0-9]/gi) ?? []).length;
        if (syllables >= 3) counts.polysyllables += 1;
      }
    }
  }
  return counts;
}

const roundTenth = (value: number) => Math.round(value * 10) / 10;

/** The Flesch–Kincaid grade of a set of texts, each one or more sentences. Numbers count as one-syllable words. */
export function fleschKincaidGrade(texts: readonly string[]): ReadabilityScore {
  const { sentences, words, syllables } = countText(texts);
  if (words === 0 || sentences === 0) return { sentences, words, syllables, grade: 0 };
  return { sentences, words, syllables, grade: roundTenth(0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59) };
}

/**
 * SMOG grade (McLaughlin 1969): 1.0430 × √(words of 3+ syllables × 30 ÷ sentences) + 3.1291. Meant for 30 sentences
 * or more; the forms have that many once answer choices are counted.
 */
export function smogGrade(texts: readonly string[]): number {
  const { sentences, polysyllables } = countText(texts);
  if (sentences === 0) return 0;
  return roundTenth(1.043 * Math.sqrt((polysyllables * 30) / sentences) + 3.1291);
}

/** Coleman–Liau index (1975): 0.0588 × letters per 100 words − 0.296 × sentences per 100 words − 15.8. */
export function colemanLiauGrade(texts: readonly string[]): number {
  const { sentences, words, letters } = countText(texts);
  if (words === 0) return 0;
  return roundTenth(0.0588 * ((letters / words) * 100) - 0.296 * ((sentences / words) * 100) - 15.8);
}

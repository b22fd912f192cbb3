// This file measures how hard text is to read with the Flesch–Kincaid grade level, so the forms' wording can be
// held to about grade 6. Syllables are counted by vowel groups with the usual English corrections; the formula is an
// estimate and this count is too, so tests allow a margin rather than chase exact values.

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

/** The Flesch–Kincaid grade of a set of texts, each one or more sentences. Numbers count as one-syllable words. */
export function fleschKincaidGrade(texts: readonly string[]): ReadabilityScore {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const text of texts) {
    for (const sentence of splitSentences(text)) {
      sentences += 1;
      for (const word of splitWords(sentence)) {
        words += 1;
        syllables += /[a-z]/i.test(word) ? countSyllables(word) : 1;
      }
    }
  }
  if (words === 0 || sentences === 0) return { sentences, words, syllables, grade: 0 };
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { sentences, words, syllables, grade: Math.round(grade * 10) / 10 };
}

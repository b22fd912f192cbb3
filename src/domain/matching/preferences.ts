// This file reads what a consumer asked for in free text ("female mentor please", "must be a woman") and a mentor's
// gender as typed. Only gender is understood today; other wording is kept for the coordinator and ignored here.
// A preference is soft unless the text says "must", "only" or "required"/"require(s)".
import { normalizeKey } from '../text';

export type Gender = 'female' | 'male';

export interface GenderPreference {
  gender: Gender;
  required: boolean;
}

const FEMALE_WORDS = /\b(female|woman|women|lady|ladies)\b/;
const MALE_WORDS = /\b(male|man|men|guy|guys)\b/;
const NOT_FEMALE = /\b(no|not|never)\s+(a\s+)?(female|woman|women|lady|ladies)\b/;
const NOT_MALE = /\b(no|not|never)\s+(a\s+)?(male|man|men|guy|guys)\b/;
const REQUIRED = /\b(must|only|required|require|requires)\b/;

/** The gender preference in a consumer's preferences text, or null when there is none (or it is unclear). */
export function readGenderPreference(text: string): GenderPreference | null {
  const key = ` ${normalizeKey(text ?? '')} `;
  if (!key.trim()) return null;
  let female = FEMALE_WORDS.test(key);
  let male = MALE_WORDS.test(key);
  if (NOT_MALE.test(key)) {
    female = true;
    male = false;
  } else if (NOT_FEMALE.test(key)) {
    male = true;
    female = false;
  }
  if (female === male) return null; // neither, or both ("a man or a woman is fine")
  return { gender: female ? 'female' : 'male', required: REQUIRED.test(key) };
}

/** A mentor's gender as typed ("F", "Woman", "male"); null when blank or anything else. */
export function readGender(text: string | null): Gender | null {
  const key = normalizeKey(text ?? '');
  if (['f', 'female', 'woman', 'w', 'girl', 'lady', 'she', 'she her'].includes(key)) return 'female';
  if (['m', 'male', 'man', 'guy', 'he', 'he him'].includes(key)) return 'male';
  return null;
}

// This file works out, once per mentor per run, the normalized facts pair checks compare against (languages,
// gender, lived-experience tags), so ranking thousands of mentors does not re-read the same text each time.
import { Mentor } from '../model';
import { normalizeKey } from '../text';
import { normalizeLanguage } from './languages';
import { Gender, readGender } from './preferences';

export interface MentorView {
  languageKeys: Set<string>;
  gender: Gender | null;
  /** Lived-experience tags as " key " (padded for whole-word containment checks). */
  livedKeys: string[];
  email: string | null;
}

export function viewMentor(mentor: Mentor): MentorView {
  return {
    languageKeys: new Set(mentor.languages.map(normalizeLanguage).filter(Boolean)),
    gender: readGender(mentor.gender),
    livedKeys: mentor.livedExperience.map((tag) => ` ${normalizeKey(tag)} `).filter((key) => key.trim() !== ''),
    email: mentor.email ? mentor.email.toLowerCase() : null,
  };
}

/** Returns the mentor's view from the cache, working it out on first use. */
export function cachedMentorView(cache: Map<Mentor, MentorView>, mentor: Mentor): MentorView {
  let view = cache.get(mentor);
  if (!view) cache.set(mentor, (view = viewMentor(mentor)));
  return view;
}

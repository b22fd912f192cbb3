// This file names the program's ten goal areas and reads them from the many ways people write them.
import { normalizeKey } from './text';

export const GOAL_AREAS = [
  'personal-growth',
  'social-recreation',
  'education-technology',
  'transportation',
  'finances-benefits',
  'communication',
  'rights',
  'daily-living',
  'employment',
  'health-nutrition',
] as const;

export type GoalArea = (typeof GOAL_AREAS)[number];

/** The labels the program itself uses (seeds), shown in sheets and dropdowns. */
export const GOAL_AREA_LABELS: Record<GoalArea, string> = {
  'personal-growth': 'Personal growth / self help',
  'social-recreation': 'Social recreation',
  'education-technology': 'Education / training / technology',
  transportation: 'Transportation / mobility',
  'finances-benefits': 'Finances / benefits',
  communication: 'Communication / social skills',
  rights: 'Consumer / legal rights',
  'daily-living': 'Daily living / housing',
  employment: 'Employment',
  'health-nutrition': 'Health care / nutrition',
};

/**
 * Everyday wording for each area. A value matches an area when it contains one of these phrases as whole words;
 * the longest phrase wins, and a tie between two areas is reported as ambiguous rather than guessed.
 */
const SYNONYMS: Record<GoalArea, string[]> = {
  'personal-growth': [
    'personal growth', 'self help', 'selfhelp', 'self-help', 'growth', 'confidence', 'self confidence', 'self esteem',
    'independence', 'independent living skills', 'coping', 'coping skills', 'self determination', 'goal setting',
    'personal development', 'empowerment', 'motivation', 'mental health', 'peer support', 'decision making',
    'problem solving', 'self care practices', 'stress',
  ],
  'social-recreation': [
    'social recreation', 'recreation', 'social', 'fun', 'hobbies', 'hobby', 'leisure', 'sports', 'friends',
    'making friends', 'community events', 'social activities', 'activities', 'clubs', 'arts', 'going out',
    'community participation', 'volunteering', 'loneliness', 'lonely', 'isolation', 'friendship', 'meet people',
  ],
  'education-technology': [
    'education', 'training', 'technology', 'education training technology', 'education training', 'school',
    'college', 'classes', 'class', 'learning', 'computer', 'computers', 'internet', 'phone apps', 'smartphone',
    'assistive technology', 'at', 'ged', 'reading', 'literacy', 'tech', 'online', 'email skills', 'studying',
  ],
  transportation: [
    'transportation', 'mobility', 'transportation mobility', 'transit', 'bus', 'buses', 'light rail', 'train',
    'rides', 'ride', 'getting around', 'travel', 'travel training', 'driving', 'drivers license', 'metro mobility',
    'paratransit', 'wheelchair', 'walking', 'bike', 'biking', 'transport', 'bus training', 'transit training', 'riding the bus',
  ],
  'finances-benefits': [
    'finances', 'finance', 'benefits', 'finances benefits', 'money', 'budget', 'budgeting', 'banking', 'bank',
    'ssi', 'ssdi', 'social security', 'medicaid', 'snap', 'food stamps', 'bills', 'paying bills', 'taxes',
    'savings', 'financial', 'money management', 'benefits planning', 'work incentives',
  ],
  communication: [
    'communication', 'social skills', 'communication social skills', 'communicating', 'talking', 'listening',
    'speaking up', 'asl', 'sign language', 'conversation', 'conversations', 'relationships', 'assertiveness',
    'public speaking', 'communication skills',
  ],
  rights: [
    'consumer rights', 'legal rights', 'consumer legal rights', 'rights', 'legal', 'law', 'advocacy',
    'self advocacy', 'ada', 'discrimination', 'voting', 'guardianship', 'supported decision making', 'complaints',
    'disability rights', 'civil rights', 'know my rights',
  ],
  'daily-living': [
    'daily living', 'housing', 'daily living housing', 'home', 'apartment', 'living on my own', 'moving',
    'cooking', 'cleaning', 'laundry', 'shopping', 'groceries', 'chores', 'household', 'personal care', 'pca',
    'independent living', 'rent', 'landlord', 'home modifications', 'accessible housing', 'nursing home',
    'relocation', 'self care', 'cook', 'meals', 'meal planning',
  ],
  employment: [
    'employment', 'job', 'jobs', 'work', 'working', 'career', 'careers', 'job search', 'finding a job',
    'resume', 'interview', 'interviews', 'vocational', 'vocational rehabilitation', 'vr', 'getting a job',
    'keeping a job', 'workplace', 'self employment', 'volunteer work', 'job training', 'job skills',
  ],
  'health-nutrition': [
    'health', 'health care', 'healthcare', 'nutrition', 'health care nutrition', 'doctor', 'doctors', 'medical',
    'medication', 'medications', 'medicine', 'diet', 'eating', 'healthy eating', 'exercise', 'fitness',
    'wellness', 'dental', 'insurance', 'weight', 'food', 'appointments',
  ],
};

/**
 * Words about learning in general: they name Education only when nothing more specific is named, so "learning the
 * bus" is Transportation, "training for a job" Employment and "learning to budget" Finances, while "learning" alone
 * is still Education.
 */
const GENERAL_LEARNING = new Set(['learning', 'studying', 'training', 'class', 'classes']);

/** Every phrase as its words, indexed by its first word so a lookup only tries phrases that can start there. */
const PHRASES_BY_FIRST_WORD = new Map<string, { words: string[]; length: number; area: GoalArea }[]>();
for (const area of GOAL_AREAS) {
  for (const phrase of new Set([...SYNONYMS[area], GOAL_AREA_LABELS[area], area].map(normalizeKey))) {
    if (!phrase) continue;
    const words = phrase.split(' ');
    const list = PHRASES_BY_FIRST_WORD.get(words[0]!) ?? [];
    list.push({ words, length: phrase.length, area });
    PHRASES_BY_FIRST_WORD.set(words[0]!, list);
  }
}

export type GoalAreaReading =
  | { kind: 'area'; area: GoalArea }
  | { kind: 'unknown'; text: string }
  | { kind: 'ambiguous'; text: string; candidates: GoalArea[] };

/** Reads one goal area from free wording ("rides & getting around" → transportation). */
export function readGoalArea(text: string): GoalAreaReading {
  const key = normalizeKey(text);
  if (!key) return { kind: 'unknown', text };
  const words = key.split(' ');
  const specific = longestMatches(words, false);
  const best = specific.size ? specific : longestMatches(words, true);
  if (best.size === 1) return { kind: 'area', area: [...best][0]! };
  if (best.size > 1) return { kind: 'ambiguous', text, candidates: [...best] };
  return { kind: 'unknown', text };
}

/** The areas of the longest phrases found in the words: the specific ones, or only the general learning words. */
function longestMatches(words: readonly string[], general: boolean): Set<GoalArea> {
  let bestLength = 0;
  let best = new Set<GoalArea>();
  words.forEach((word, start) => {
    for (const { words: phrase, length, area } of PHRASES_BY_FIRST_WORD.get(word) ?? []) {
      if (GENERAL_LEARNING.has(phrase.join(' ')) !== general) continue;
      if (length < bestLength || !phrase.every((part, i) => words[start + i] === part)) continue;
      if (length > bestLength) {
        bestLength = length;
        best = new Set([area]);
      } else {
        best.add(area);
      }
    }
  });
  return best;
}

export function goalAreaLabel(area: GoalArea): string {
  return GOAL_AREA_LABELS[area];
}

export function isGoalArea(value: string): value is GoalArea {
  return (GOAL_AREAS as readonly string[]).includes(value);
}

/** How many synonyms each area knows; used by the CLI's coverage report and the docs. */
export function goalAreaSynonymCount(): Record<GoalArea, number> {
  return Object.fromEntries(GOAL_AREAS.map((area) => [area, SYNONYMS[area].length])) as Record<GoalArea, number>;
}

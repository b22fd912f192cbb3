// This file holds the answer choices the forms share, in everyday words. Each goal-area choice contains a phrase
// the goal-area reader knows, so a choice reads back to its area with the same code as free wording does.
import { Choice } from './form-definition';

export const GOAL_AREA_CHOICES: readonly Choice[] = [
  { label: 'Feeling sure of myself (self esteem)' },
  { label: 'Friends and fun things to do' },
  { label: 'School and tech skills' },
  { label: 'Getting around: going places by bus or ride' },
  { label: 'Money and benefits (help like SSI or food stamps)' },
  { label: 'Talking and getting along with people' },
  { label: 'Knowing my rights' },
  { label: 'Home and daily living' },
  { label: 'Finding or keeping a job' },
  { label: 'Health and healthy eating' },
];

export const TRAVEL_CHOICES: readonly Choice[] = [
  { label: 'I drive, or a friend drives me', value: 'drive', formerLabels: ['I drive or get a ride'] },
  { label: 'Bus or train', value: 'transit' },
  { label: 'A van ride service for people who have a disability', value: 'paratransit', formerLabels: ['Metro Mobility or a ride service'] },
  { label: 'I walk or use a wheelchair', value: 'walk', formerLabels: ['I walk or roll'] },
];

/** How the applicant wants to be reached; kept as the word the coordinator reads ("Text"). */
export const CONTACT_WAY_CHOICES: readonly Choice[] = [
  { label: 'Call me', value: 'Call' },
  { label: 'Text me', value: 'Text' },
  { label: 'Email me', value: 'Email' },
];

export const YES_NO_CHOICES: readonly Choice[] = [{ label: 'Yes' }, { label: 'No' }];

export const SHARED_EXPERIENCE_CHOICES: readonly Choice[] = [
  { label: 'Yes', value: 'yes' },
  { label: 'No', value: 'no' },
  { label: 'It does not matter', value: 'no' },
];

export const MENTEE_COUNT_CHOICES: readonly Choice[] = [{ label: '1' }, { label: '2' }, { label: '3' }, { label: '4' }];

export const PROGRESS_CHOICES: readonly Choice[] = [
  { label: 'We met the goal', value: 'Goal met' },
  { label: 'Good progress', value: 'Good progress' },
  { label: 'A little progress', value: 'Some progress' },
  { label: 'No progress yet', value: 'No progress yet' },
];

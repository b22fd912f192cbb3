// This file holds the contact questions both application forms ask, worded the same way on each.
import { Question } from './form-definition';
import { CONTACT_WAY_CHOICES, TRAVEL_CHOICES } from './plain-choices';

export const CONTACT_QUESTIONS: readonly Question[] = [
  { key: 'name', title: 'What is your name?', help: 'Write your first and last name.', type: 'short-text', required: true },
  { key: 'email', title: 'What is your email?', help: 'You can leave this blank if you do not have one.', type: 'short-text', required: false },
  { key: 'phone', title: 'What is your phone number?', help: 'We may call or text you.', type: 'short-text', required: false },
  { key: 'preferredContact', title: 'How should we reach you?', help: 'Pick the best way.', type: 'multiple-choice', required: false, choices: CONTACT_WAY_CHOICES },
  { key: 'address', title: 'What is your street address?', help: 'This helps us find someone who lives near you.', type: 'short-text', required: false },
  { key: 'city', title: 'What city do you live in?', type: 'short-text', required: false },
  { key: 'zip', title: 'What is your ZIP code?', help: 'It has five numbers, like 55104.', type: 'short-text', required: true },
];

export const LANGUAGE_QUESTION: Question = {
  key: 'languages',
  title: 'What languages do you use?',
  help: 'Some people use English, Spanish, Hmong, Somali or American Sign Language (ASL).',
  type: 'short-text',
  required: false,
};

export const AVAILABILITY_QUESTION: Question = {
  key: 'availability',
  title: 'When can you meet?',
  help: 'Tell us the days and times, like Tuesday mornings or weekends.',
  type: 'short-text',
  required: false,
};

export const TRAVEL_QUESTION: Question = {
  key: 'travelMode',
  title: 'How do you travel to places?',
  formerTitles: ['How do you get around?'],
  type: 'multiple-choice',
  required: false,
  choices: TRAVEL_CHOICES,
  other: true,
};

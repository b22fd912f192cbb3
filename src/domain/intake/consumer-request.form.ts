// This file defines "Request a peer mentor", the form a person fills in to ask for a mentor.
import { FormDefinition } from './form-definition';
import { AVAILABILITY_QUESTION, CONTACT_QUESTIONS, LANGUAGE_QUESTION, TRAVEL_QUESTION } from './contact-questions';
import { GOAL_AREA_CHOICES, SHARED_EXPERIENCE_CHOICES, YES_NO_CHOICES } from './plain-choices';

export const CONSUMER_REQUEST_FORM: FormDefinition = {
  kind: 'consumer-request',
  title: 'Ask for a peer mentor',
  description:
    'Use this form to ask for a peer mentor. A peer mentor is a person with a disability. They help you work on your goals. ' +
    'It takes about ten minutes. We will call or write to you after we read it.',
  confirmation: 'Thank you. We got your form. We will call or write to you soon.',
  questions: [
    ...CONTACT_QUESTIONS,
    { key: 'goalAreas', title: 'What do you want help with?', help: 'Pick all that fit.', type: 'checkboxes', required: true, choices: GOAL_AREA_CHOICES, other: true },
    { key: 'workOn', title: 'What would you like to work on?', help: 'Tell us in your own words.', type: 'paragraph', required: false },
    LANGUAGE_QUESTION,
    AVAILABILITY_QUESTION,
    TRAVEL_QUESTION,
    { key: 'preferences', title: 'Do you want a certain kind of mentor?', formerTitles: ['Is there anything you want in a mentor?'], help: 'Like a woman, or someone near my bus line.', type: 'paragraph', required: false },
    { key: 'sharedExperience', title: 'Do you want a mentor who has a disability like yours?', type: 'multiple-choice', required: false, choices: SHARED_EXPERIENCE_CHOICES },
    { key: 'sharedExperienceWhat', title: 'If yes, tell us about it.', help: 'Like: uses a wheelchair, or is Deaf.', type: 'short-text', required: false },
    {
      key: 'adaDisability',
      title: 'Do you have a disability?',
      help: 'This means a health problem that makes some big life tasks hard. Our program is for people who have one.',
      type: 'multiple-choice',
      required: true,
      choices: YES_NO_CHOICES,
    },
    {
      key: 'consent',
      title: 'Can we give your name, phone and email to your mentor?',
      help: 'We only share it with the mentor we pick for you.',
      type: 'multiple-choice',
      required: true,
      choices: YES_NO_CHOICES,
    },
  ],
};

// This file defines "Become a peer mentor", the form a volunteer fills in to apply as a mentor.
import { FormDefinition } from './form-definition';
import { AVAILABILITY_QUESTION, CONTACT_QUESTIONS, LANGUAGE_QUESTION, TRAVEL_QUESTION } from './contact-questions';
import { GOAL_AREA_CHOICES, MENTEE_COUNT_CHOICES, YES_NO_CHOICES } from './plain-choices';

export const MENTOR_APPLICATION_FORM: FormDefinition = {
  kind: 'mentor-application',
  title: 'Become a peer mentor',
  description:
    'Use this form to become a peer mentor. Each peer mentor has a disability. They help other people work on their goals. ' +
    'You will go to a training before you start. It takes about ten minutes to fill in.',
  confirmation: 'Thank you. We got your form. We will call or write to you about the next training.',
  questions: [
    ...CONTACT_QUESTIONS,
    { key: 'skills', title: 'What can you help with?', help: 'Pick all that fit.', type: 'checkboxes', required: true, choices: GOAL_AREA_CHOICES, other: true },
    { key: 'experience', title: 'Tell us about you.', help: 'What have you learned in your life that could help someone else?', type: 'paragraph', required: false },
    LANGUAGE_QUESTION,
    AVAILABILITY_QUESTION,
    TRAVEL_QUESTION,
    { key: 'livedExperience', title: 'What parts of your own life would you share?', help: 'Like: I use a wheelchair. I am blind.', type: 'short-text', required: false },
    { key: 'maxMentees', title: 'How many people could you help at one time?', type: 'multiple-choice', required: false, choices: MENTEE_COUNT_CHOICES },
    {
      key: 'consent',
      title: 'Can we give your name, phone and email to the person you help?',
      help: 'We only share it with the person we match you with.',
      type: 'multiple-choice',
      required: true,
      choices: YES_NO_CHOICES,
    },
  ],
};

// This file defines "Mentor check-in", the short form a mentor fills in after meeting the person they help.
import { FormDefinition } from './form-definition';
import { GOAL_AREA_CHOICES, PROGRESS_CHOICES } from './plain-choices';

export const MENTOR_CHECK_IN_FORM: FormDefinition = {
  kind: 'mentor-check-in',
  title: 'Mentor check-in',
  description: 'Fill in this form after you meet. Tell us how it is going. It takes about five minutes.',
  confirmation: 'Thank you for your check-in.',
  questions: [
    { key: 'mentor', title: 'What is your name?', type: 'short-text', required: true },
    { key: 'consumer', title: 'Who did you meet with?', help: 'Write their first and last name.', type: 'short-text', required: true },
    { key: 'date', title: 'What day did you meet?', type: 'date', required: true },
    { key: 'minutes', title: 'How many minutes did you meet?', help: 'For example: 60.', type: 'short-text', required: false },
    { key: 'goals', title: 'What goals did you work on?', help: 'Pick all that fit.', type: 'checkboxes', required: false, choices: GOAL_AREA_CHOICES, other: true },
    { key: 'progress', title: 'How is it going?', type: 'multiple-choice', required: false, choices: PROGRESS_CHOICES },
    { key: 'notes', title: 'What else should we know?', formerTitles: ['Is there anything else we should know?'], type: 'paragraph', required: false },
  ],
};

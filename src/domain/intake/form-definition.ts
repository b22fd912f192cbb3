// This file describes what a form is made of, so the add-on can build it with FormApp and the intake can read it.
// Every text an applicant reads lives in a definition; readability is measured on it (readability.ts).

export type FormKind = 'consumer-request' | 'mentor-application' | 'mentor-check-in';
export const FORM_KINDS: readonly FormKind[] = ['consumer-request', 'mentor-application', 'mentor-check-in'];

/** Question types FormApp can build; each maps to one FormApp item. */
export type QuestionType = 'short-text' | 'paragraph' | 'multiple-choice' | 'checkboxes' | 'date';

export interface Choice {
  /** The words the applicant sees. */
  label: string;
  /** The value the intake keeps, when it differs from the label ("Bus or train" → transit). */
  value?: string;
  /** Labels this choice had on forms built by earlier versions, so those answers still read as this choice. */
  formerLabels?: readonly string[];
}

export interface Question {
  /** Stable key the intake reads; never shown. */
  key: string;
  /** The question as the applicant reads it. */
  title: string;
  /** Titles this question had on forms built by earlier versions, so their answers are still read. */
  formerTitles?: readonly string[];
  /** One or two short sentences under the question. */
  help?: string;
  type: QuestionType;
  required: boolean;
  choices?: readonly Choice[];
  /** Adds FormApp's "Other:" box to choices, for answers in the applicant's own words. */
  other?: boolean;
}

export interface FormDefinition {
  kind: FormKind;
  /** The form's title; also how a form is recognised when read back through the Forms API. */
  title: string;
  description: string;
  /** Shown after the applicant presses Submit. */
  confirmation: string;
  questions: readonly Question[];
}

/**
 * Every sentence an applicant reads on this form, in order: title, description, each question with its help and its
 * answer choices, confirmation. A question's choices are read as one list sentence ("Yes, No."), not one short
 * sentence each, so they cannot make the form look easier than it reads.
 */
export function applicantText(form: FormDefinition): string[] {
  const texts = [form.title, form.description];
  for (const question of form.questions) {
    texts.push(question.title);
    if (question.help) texts.push(question.help);
    if (question.choices?.length) texts.push(`${question.choices.map((choice) => choice.label).join(', ')}.`);
  }
  texts.push(form.confirmation);
  return texts;
}

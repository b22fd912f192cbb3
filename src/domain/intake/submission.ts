// This file defines a form submission as it travels from the form to the intake, and reads its answers safely:
// answers may arrive as any JSON value (a Forms trigger, the Forms API, a replayed or hand-made request).
import { FormDefinition, FormKind } from './form-definition';

export interface Submission {
  /** Google Forms' response ID; the key that makes intake exactly-once. */
  responseId: string;
  formKind: FormKind;
  /** The Google Form's ID, when known (used by reconcile). */
  formId?: string;
  /** When the applicant pressed Submit, as an ISO instant. */
  submittedAt: string;
  /** Answers by question key. Unknown keys are kept with the answers but not read. */
  answers: Record<string, unknown>;
}

/** One answered item as a form hands it over: the question's title and its response. */
export interface TitledAnswer {
  title: string;
  response: unknown;
}

/**
 * Answers keyed by question, from titled answers. Titles are compared without case or spacing; a title the
 * definition does not know (a question the coordinator added) is kept under its own title so nothing is lost.
 */
export function answersByKey(form: FormDefinition, items: readonly TitledAnswer[]): Record<string, unknown> {
  const byTitle = new Map(form.questions.flatMap((question) => [question.title, ...(question.formerTitles ?? [])].map((title) => [titleKey(title), question.key] as const)));
  const answers: Record<string, unknown> = {};
  for (const item of items) {
    const key = byTitle.get(titleKey(item.title)) ?? `other:${item.title}`;
    answers[key] = item.response;
  }
  return answers;
}

function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Any answer as one line of text: lists joined with ", ", nothing for null, JSON for odd shapes. */
export function answerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(answerText).filter((text) => text !== '').join(', ');
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** Any answer as a list of pieces: checkbox answers arrive as arrays; typed lists are split by the list reader. */
export function answerPieces(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(answerText).filter((text) => text.trim() !== '');
  const text = answerText(value);
  return text.trim() === '' ? [] : [text];
}

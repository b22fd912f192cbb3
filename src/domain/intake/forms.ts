// This file lists the three intake forms and finds a form's definition by kind or by the title it was built with.
import { CONSUMER_REQUEST_FORM } from './consumer-request.form';
import { FormDefinition, FormKind } from './form-definition';
import { MENTOR_APPLICATION_FORM } from './mentor-application.form';
import { MENTOR_CHECK_IN_FORM } from './mentor-check-in.form';
import { normalizeKey } from '../text';

export const INTAKE_FORMS: readonly FormDefinition[] = [CONSUMER_REQUEST_FORM, MENTOR_APPLICATION_FORM, MENTOR_CHECK_IN_FORM];

export function formDefinition(kind: FormKind): FormDefinition {
  const form = INTAKE_FORMS.find((candidate) => candidate.kind === kind);
  if (!form) throw new Error(`unknown form kind ${kind}`);
  return form;
}

/** The kind of a form read back from Google (a coordinator may have added words to the title, e.g. "… (2026)"). */
export function formKindFromTitle(title: string): FormKind | undefined {
  const key = title.trim().toLowerCase();
  return INTAKE_FORMS.find((form) => key.startsWith(form.title.toLowerCase()))?.kind;
}

/**
 * The kind named in a Form cell: the form's title, its kind, or the words a coordinator types for it ("Mentor
 * application", "Consumer request", "Check-in"). Undefined when the words name no kind or more than one.
 */
export function formKindFromWords(text: string): FormKind | undefined {
  const byTitle = formKindFromTitle(text);
  if (byTitle) return byTitle;
  const key = ` ${normalizeKey(text)} `;
  const kinds = new Set<FormKind>();
  if (/ check ?in /.test(key)) kinds.add('mentor-check-in');
  else if (/ (become|mentor application|apply|volunteer) /.test(key)) kinds.add('mentor-application');
  if (/ (ask for|request|consumer|mentee|want a mentor) /.test(key)) kinds.add('consumer-request');
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

export function isFormKind(value: unknown): value is FormKind {
  return typeof value === 'string' && INTAKE_FORMS.some((form) => form.kind === value);
}

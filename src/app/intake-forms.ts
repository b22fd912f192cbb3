// This file creates the three intake forms from the menu (only those not created yet, or deleted since), remembers
// which form is which, and installs the form-submit triggers and the retry trigger.
import { INTAKE_FORMS } from '../domain/intake/forms';
import type { FormKind } from '../domain/intake/form-definition';
import type { DocumentStorePort } from '../ports/document-store.port';
import type { FormBuilderPort, IntakeTriggersPort } from '../ports/intake.port';
import type { LockPort } from '../ports/lock.port';
import { readIntakeForms, saveIntakeForms } from './intake-config';

export const FORM_SUBMIT_HANDLER = 'onIntakeFormSubmit';
export const RETRY_HANDLER = 'retryIntakeQueue';
export const RETRY_EVERY_MINUTES = 10;

export interface IntakeFormsPorts {
  forms: FormBuilderPort;
  triggers: IntakeTriggersPort;
  store: DocumentStorePort;
  lock: LockPort;
}

export interface IntakeFormView {
  kind: FormKind;
  title: string;
  formId: string;
  publishedUrl: string;
  created: boolean;
}

export function createIntakeForms(ports: IntakeFormsPorts): IntakeFormView[] {
  return ports.lock.run(() => {
    const known = readIntakeForms(ports.store);
    const views: IntakeFormView[] = [];
    for (const definition of INTAKE_FORMS) {
      const existing = known[definition.kind];
      if (existing && ports.forms.exists(existing)) {
        ports.triggers.ensureFormSubmit(existing, FORM_SUBMIT_HANDLER);
        views.push({ kind: definition.kind, title: definition.title, formId: existing, publishedUrl: '', created: false });
        continue;
      }
      const created = ports.forms.create(definition);
      known[definition.kind] = created.formId;
      // Saved at once, so a failure on the next form never leaves this one unknown.
      saveIntakeForms(ports.store, known);
      ports.triggers.ensureFormSubmit(created.formId, FORM_SUBMIT_HANDLER);
      views.push({ kind: definition.kind, title: definition.title, formId: created.formId, publishedUrl: created.publishedUrl, created: true });
    }
    ports.triggers.ensureEvery(RETRY_EVERY_MINUTES, RETRY_HANDLER);
    return views;
  });
}

// This file creates the three intake forms from the menu (only those not created yet, or deleted since), finishes
// what a half-finished run left (a form not linked to the workbook or not published, a trigger missing), remembers
// which form is which, and installs the one form-submit trigger and the hourly retry.
import { INTAKE_FORMS } from '../domain/intake/forms';
import type { FormKind } from '../domain/intake/form-definition';
import { LocalNames, withLocalNames } from '../domain/intake/local-names';
import type { DocumentStorePort } from '../ports/document-store.port';
import type { FormBuilderPort, IntakeTriggersPort } from '../ports/intake.port';
import type { LockPort } from '../ports/lock.port';
import { readIntakeForms, saveIntakeForms } from './intake-config';

export const FORM_SUBMIT_HANDLER = 'onIntakeFormSubmit';
export const RETRY_HANDLER = 'retryIntakeQueue';

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

/**
 * Who can answer a published form. The add-on publishes each form and asks for no sign-in (setCollectEmail(false));
 * a Google Workspace administrator can still limit forms to the organization's own accounts, which the add-on cannot
 * see or change, so the sentence says where to check.
 */
export const WHO_MAY_RESPOND =
  "Anyone with a form's link can answer it, without signing in — unless your organization's Google Workspace settings limit forms to people in your organization. If people outside cannot answer, open the form and check Settings → Responses.";

/** The intake forms as the sidebar lists them: which exist, and who may answer them. */
export interface IntakeFormsStatus {
  forms: { kind: FormKind; title: string; created: boolean }[];
  whoMayRespond: string;
}

/** Which of the three forms Create forms has made for this workbook (by what it remembered), and who may answer. */
export function listIntakeForms(store: DocumentStorePort): IntakeFormsStatus {
  const made = readIntakeForms(store);
  return { forms: INTAKE_FORMS.map((d) => ({ kind: d.kind, title: d.title, created: Boolean(made[d.kind]) })), whoMayRespond: WHO_MAY_RESPOND };
}

export interface IntakeFormsOutcome {
  forms: IntakeFormView[];
  /** False when Google refused the triggers (a test deployment runs none): answers then wait in the forms. */
  triggersReady: boolean;
  /** One sentence saying what this run did. */
  message: string;
}

/** Creates the forms that are missing; `names` puts the program's local names in their wording (new forms only). */
export function createIntakeForms(ports: IntakeFormsPorts, names: LocalNames = { rideServiceName: '' }): IntakeFormsOutcome {
  return ports.lock.run(() => {
    const known = readIntakeForms(ports.store);
    const forms: IntakeFormView[] = [];
    const done: string[] = [];
    for (const definition of INTAKE_FORMS) {
      const existing = known[definition.kind];
      if (existing && ports.forms.exists(existing)) {
        const fixed = ports.forms.finish(existing);
        if (fixed.linked) done.push(`linked ${definition.title} to this workbook`);
        if (fixed.published) done.push(`published ${definition.title}`);
        forms.push({ kind: definition.kind, title: definition.title, formId: existing, publishedUrl: fixed.publishedUrl, created: false });
        continue;
      }
      const created = ports.forms.create(withLocalNames(definition, names));
      known[definition.kind] = created.formId;
      // Saved at once, so a failure on the next form never leaves this one unknown.
      saveIntakeForms(ports.store, known);
      done.push(`created ${definition.title}`);
      forms.push({ kind: definition.kind, title: definition.title, formId: created.formId, publishedUrl: created.publishedUrl, created: true });
    }
    let triggersReady = true;
    try {
      if (ports.triggers.ensureFormSubmit(FORM_SUBMIT_HANDLER)) done.push('set up the trigger that brings answers in');
      if (ports.triggers.ensureHourly(RETRY_HANDLER)) done.push('set up the hourly retry');
    } catch {
      triggersReady = false;
    }
    return { forms, triggersReady, message: describe(done, triggersReady) };
  });
}

function describe(done: string[], triggersReady: boolean): string {
  const did = done.length ? `${capitalize(listed(done))}` : 'The three forms were already set up, published and linked to this workbook';
  if (!triggersReady) {
    return `${did}, but Google did not let the add-on set up the trigger that brings answers in (a test deployment runs no triggers): answers wait in the forms until you install the add-on or run it as a script bound to this workbook and choose Create forms again.`;
  }
  return done.length ? `${did}; anyone with a form's link can answer it.` : `${did}.`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function listed(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

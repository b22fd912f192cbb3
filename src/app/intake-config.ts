// This file keeps the intake's per-workbook settings in document properties (which form is which kind), works out
// the intake function's address from the functions address in Settings, and reads the saved mapping the function needs.
import type { SavedMapping } from '../domain/header-mapping';
import { isFormKind } from '../domain/intake/forms';
import { intakeMappingOf } from '../domain/intake/intake-mapping';
import type { FormKind, FormKind as Kind } from '../domain/intake/form-definition';
import type { LocalNames } from '../domain/intake/local-names';
import { readSettings, Settings } from '../domain/settings';
import type { DocumentStorePort } from '../ports/document-store.port';
import type { WorkbookPort } from '../ports/workbook.port';
import { ActionSession } from './action-session';
import { loadLayout } from './layout';

const FORMS_KEY = 'intake.forms';

export type IntakeForms = Partial<Record<Kind, string>>;

export function readIntakeForms(store: DocumentStorePort): IntakeForms {
  try {
    const parsed = JSON.parse(store.get(FORMS_KEY) ?? '{}') as Record<string, unknown>;
    return Object.fromEntries(Object.entries(parsed).filter(([kind, id]) => isFormKind(kind) && typeof id === 'string')) as IntakeForms;
  } catch {
    return {};
  }
}

export function saveIntakeForms(store: DocumentStorePort, forms: IntakeForms): void {
  store.set(FORMS_KEY, JSON.stringify(forms));
}

export function formKindOf(forms: IntakeForms, formId: string): FormKind | undefined {
  return (Object.entries(forms) as [FormKind, string][]).find(([, id]) => id === formId)?.[0];
}

/**
 * A sibling function's address: the functions address in Settings (functionUrl) with "proximity" swapped for the
 * function's name — ".../proximity" (cloudfunctions.net) or "https://proximity-…run.app" (Cloud Run) — or '' when unset.
 */
export function siblingFunctionUrl(functionUrl: string, name: 'intake' | 'plan'): string {
  const url = functionUrl.trim();
  if (url === '') return '';
  if (/\/proximity\/?$/.test(url)) return url.replace(/\/proximity\/?$/, `/${name}`);
  if (/^https:\/\/proximity-/.test(url)) return url.replace(/^https:\/\/proximity-/, `https://${name}-`);
  return `${url.replace(/\/$/, '')}/${name}`;
}

/** The intake function's address, beside the proximity function's. */
export function intakeUrlFrom(functionUrl: string): string {
  return siblingFunctionUrl(functionUrl, 'intake');
}

/**
 * The functions address from Settings, read as every other setting is: the Settings tab found through the saved setup
 * and its rows through readSettings. '' when there is none, or when the workbook cannot be read now (a form submission
 * is then queued, never lost).
 */
export function readFunctionUrl(workbook: WorkbookPort, store: DocumentStorePort): string {
  return readSettingsIfAny(workbook, store)?.functionUrl.trim() ?? '';
}

/** The local names the forms use (the ride service's); none when the workbook cannot be read now. */
export function readLocalNames(workbook: WorkbookPort, store: DocumentStorePort): LocalNames {
  return { rideServiceName: readSettingsIfAny(workbook, store)?.rideServiceName ?? '' };
}

/**
 * The saved mapping of the tabs the intake function writes and reads, sent with each delivery; undefined before Setup
 * or when the saved setup cannot be read (the function then finds the tabs as it did before it was sent one).
 */
export function readIntakeMapping(store: DocumentStorePort): SavedMapping | undefined {
  try {
    return intakeMappingOf(loadLayout(store)?.mapping);
  } catch {
    return undefined;
  }
}

function readSettingsIfAny(workbook: WorkbookPort, store: DocumentStorePort): Settings | null {
  try {
    const session = new ActionSession(workbook, loadLayout(store)?.mapping);
    return session.tabOf('settings') ? readSettings(session.model().settings).settings : null;
  } catch {
    return null;
  }
}

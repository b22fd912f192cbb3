// This file keeps the intake's per-workbook settings in document properties (which form is which kind) and works out
// the intake function's address from the functions address in Settings.
import { findTabs } from '../domain/header-mapping';
import { isFormKind } from '../domain/intake/forms';
import type { FormKind, FormKind as Kind } from '../domain/intake/form-definition';
import { normalizeKey } from '../domain/text';
import { readText } from '../domain/values';
import type { DocumentStorePort } from '../ports/document-store.port';
import type { WorkbookPort } from '../ports/workbook.port';

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
 * The intake function's address: the functions address in Settings (functionUrl) with "proximity" swapped for
 * "intake" — ".../proximity" (cloudfunctions.net) or "https://proximity-…run.app" (Cloud Run) — or '' when unset.
 */
export function intakeUrlFrom(functionUrl: string): string {
  const url = functionUrl.trim();
  if (url === '') return '';
  if (/\/proximity\/?$/.test(url)) return url.replace(/\/proximity\/?$/, '/intake');
  if (/^https:\/\/proximity-/.test(url)) return url.replace(/^https:\/\/proximity-/, 'https://intake-');
  return `${url.replace(/\/$/, '')}/intake`;
}

/** Reads the functionUrl setting from the Settings tab (Key, Value). */
export function readFunctionUrl(workbook: WorkbookPort): string {
  const tab = findTabs(workbook.tabNames()).find((assignment) => assignment.key === 'settings')?.tab;
  if (!tab) return '';
  const rows = workbook.read(tab);
  const header = (rows[0] ?? []).map((cell) => normalizeKey(readText(cell)));
  const keyColumn = Math.max(0, header.indexOf('key'));
  const valueColumn = header.indexOf('value') >= 0 ? header.indexOf('value') : 1;
  const row = rows.slice(1).find((cells) => readText(cells[keyColumn]) === 'functionUrl');
  return row ? readText(row[valueColumn]) : '';
}

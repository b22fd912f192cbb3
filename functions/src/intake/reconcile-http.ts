// This file is the reconcile endpoint without the framework, and the scheduled run: the caller check (the same
// ID-token verifier as intake and proximity), the envelope, then ownership — a form registered to another workbook,
// or one whose responses do not go to the workbook named, is refused before anything is read or written.
import type { CallerCheck } from '../adapters/id-token-verifier';
import type { Logger } from '../ports/logger.port';
import { header, HttpRequestLike, HttpResponseLike, readBody } from '../handlers/http-endpoint';
import { FORM_KINDS, FormKind, isFormKind } from '../../../src/domain/intake';
import type { FormRegistration } from './intake-http';
import { FormNotLinkedError, reconcileWorkbook, ReconcileDeps } from './reconcile';

export interface FormRegistry {
  get(formId: string): Promise<FormRegistration | undefined>;
  all(): Promise<FormRegistration[]>;
}

export interface ReconcileHttpDeps {
  checkCaller: (authorization: string | undefined) => Promise<CallerCheck>;
  reconcile: ReconcileDeps;
  registry: FormRegistry;
  logger: Logger;
}

type FormRef = { formId: string; kind?: FormKind };
const ID = /^[A-Za-z0-9_-]{1,200}$/;

function readForms(value: unknown): FormRef[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > FORM_KINDS.length * 4) return undefined;
  const forms: FormRef[] = [];
  for (const item of value) {
    const formId = (item as { formId?: unknown })?.formId;
    const kind = (item as { kind?: unknown })?.kind;
    if (typeof formId !== 'string' || !ID.test(formId)) return undefined;
    forms.push({ formId, ...(isFormKind(kind) ? { kind } : {}) });
  }
  return forms;
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'unknown');

/** POST { spreadsheetId, forms: [{ formId, kind? }] }: the add-on's "Check for missing applications". */
export function createReconcileHandler(deps: ReconcileHttpDeps): (request: HttpRequestLike, response: HttpResponseLike) => Promise<void> {
  return async (request, response) => {
    response.set('Cache-Control', 'no-store');
    const caller = await deps.checkCaller(header(request, 'authorization'));
    if (!caller.ok) return void response.status(caller.status).json({ code: caller.code, message: 'Not allowed.' });
    const body = readBody(request);
    const value = body.ok ? (body.value as { spreadsheetId?: unknown; forms?: unknown } | undefined) : undefined;
    const forms = readForms(value?.forms);
    const spreadsheetId = value?.spreadsheetId;
    if (request.method !== 'POST' || typeof spreadsheetId !== 'string' || !ID.test(spreadsheetId) || !forms) {
      return void response.status(400).json({ code: 'REQUEST.INVALID', message: 'POST { spreadsheetId, forms: [{ formId, kind? }] }.' });
    }
    const notOwner = () => {
      deps.logger.warn('intake.reconcile_refused', { forms: forms.length });
      response.status(403).json({ code: 'RECONCILE.NOT_THIS_WORKBOOK', message: 'One of these forms sends its responses to another workbook; nothing was copied.' });
    };
    try {
      const registrations = await Promise.all(forms.map((form) => deps.registry.get(form.formId)));
      if (registrations.some((registration) => registration && registration.spreadsheetId !== spreadsheetId)) return notOwner();
      response.status(200).json(await reconcileWorkbook(deps.reconcile, spreadsheetId, forms));
    } catch (error) {
      if (error instanceof FormNotLinkedError) return notOwner();
      deps.logger.error('intake.reconcile_failed', { error: errorName(error) });
      response.status(503).json({ code: 'INTAKE.RECONCILE_FAILED', message: 'The forms or the workbook could not be read; try again later.' });
    }
  };
}

/** The hourly run: every registered workbook is reconciled with its registered forms; one failing does not stop the rest. */
export async function reconcileRegistered(deps: Pick<ReconcileHttpDeps, 'reconcile' | 'registry' | 'logger'>): Promise<void> {
  const byWorkbook = new Map<string, FormRef[]>();
  for (const registration of await deps.registry.all()) {
    const list = byWorkbook.get(registration.spreadsheetId) ?? [];
    list.push({ formId: registration.formId, ...(isFormKind(registration.formKind) ? { kind: registration.formKind } : {}) });
    byWorkbook.set(registration.spreadsheetId, list);
  }
  for (const [spreadsheetId, forms] of byWorkbook) {
    try {
      await reconcileWorkbook(deps.reconcile, spreadsheetId, forms);
    } catch (error) {
      deps.logger.error('intake.reconcile_failed', { error: errorName(error) });
    }
  }
}

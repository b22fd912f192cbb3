// This file deploys the intake: the `intake` endpoint, `reconcile` for the add-on's menu, and `reconcileScheduled`
// every hour. One instance handles a workbook's writes (maxInstances 1), so writes stay serialized and inside quota.
// Applications are geocoded through the proximity chain (same params, same Firestore cache), hence the Maps key secret.
import { randomUUID } from 'node:crypto';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { GoogleAuth } from 'google-auth-library';
import { onRequest } from 'firebase-functions/v2/https';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { createCallerVerifier, googleKeySource } from '../adapters/id-token-verifier';
import { cloudLogger } from '../adapters/functions-logger';
import { addonClientId, allowedCallerEmails, idTokenCertsUrl, mapsApiKey, readEmailList, readPositiveInt } from '../config';
import { createGeocodeDeps } from '../proximity/geocode-deps';
import type { HttpRequestLike, HttpResponseLike } from '../proximity/proximity-http';
import { FORM_KINDS, FormKind, isFormKind } from '../../../src/domain/intake';
import { FirestoreIntakeLedger } from './firestore-intake-ledger';
import { createFormResponsesSource, createFormsClient } from './form-responses';
import { GOOGLE_SCOPES, formsApiUrl, INTAKE_LIMITS, sheetsApiUrl, writesPerMinute } from './intake-config';
import { createIntakeHandler, readJsonBody } from './intake-http';
import { IntakeWriter } from './intake-writer';
import { createPlaceChecker } from './place-checker';
import { reconcileWorkbook, ReconcileDeps } from './reconcile';
import { realClock } from './retry-policy';
import { createSheetsClient, createSheetsGateway, staticTokenAuth } from './sheets-gateway';
import { RateLimiter } from './write-rate-limiter';

export const INTAKE_FORMS_COLLECTION = 'intakeForms';

const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/** Google APIs as the function's service account; a loopback stand-in (tests, emulator) gets a placeholder token. */
function googleAuth(url: string) {
  if (isLoopback(url)) return staticTokenAuth('loopback');
  if (new URL(url).protocol !== 'https:') throw new Error('Google API addresses must use https');
  return new GoogleAuth({ scopes: GOOGLE_SCOPES });
}

interface Runtime {
  intake: ReturnType<typeof createIntakeHandler>;
  reconcile: ReconcileDeps;
  checkCaller: ReturnType<typeof createCallerVerifier>;
  db: ReturnType<typeof getFirestore>;
}

let runtime: Runtime | undefined;

function build(): Runtime {
  const app = getApps()[0] ?? initializeApp();
  const db = getFirestore(app);
  const clock = realClock;
  const sheets = createSheetsClient({ rootUrl: sheetsApiUrl.value(), auth: googleAuth(sheetsApiUrl.value()) });
  const gateway = createSheetsGateway(sheets, INTAKE_LIMITS.requestTimeoutMs);
  const reads = new RateLimiter(INTAKE_LIMITS.readsPerMinute, clock);
  const writes = new RateLimiter(Math.min(60, readPositiveInt(writesPerMinute.value(), 50)), clock);
  const places = createPlaceChecker(createGeocodeDeps(db, cloudLogger), { timeoutMs: INTAKE_LIMITS.geocodeTimeoutMs, logger: cloudLogger });
  const writer = new IntakeWriter({ gateway, reads, writes, clock, logger: cloudLogger, places });
  const ledger = new FirestoreIntakeLedger(db);
  const certsUrl = idTokenCertsUrl.value();
  // Certificates come over https; plain http only from a loopback stand-in, as for proximity.
  if (new URL(certsUrl).protocol !== 'https:' && !isLoopback(certsUrl)) throw new Error('ID_TOKEN_CERTS_URL must use https');
  const checkCaller = createCallerVerifier({
    audience: addonClientId.value().trim(),
    allowedEmails: readEmailList(allowedCallerEmails.value()),
    keys: googleKeySource(certsUrl),
  });
  const forms = createFormResponsesSource(createFormsClient({ rootUrl: formsApiUrl.value(), auth: googleAuth(formsApiUrl.value()) }), INTAKE_LIMITS.requestTimeoutMs);
  return {
    db,
    checkCaller,
    intake: createIntakeHandler({
      checkCaller,
      service: { ledger, writer, clock, logger: cloudLogger },
      maxBodyBytes: INTAKE_LIMITS.maxBodyBytes,
      logger: cloudLogger,
      newRequestId: randomUUID,
      registerForm: async (spreadsheetId, formId, formKind) => {
        await db.collection(INTAKE_FORMS_COLLECTION).doc(formId).set({ spreadsheetId, formId, formKind });
      },
    }),
    reconcile: { forms, gateway, reads, writer, ledger, clock, logger: cloudLogger },
  };
}

/** POST { spreadsheetId, submissions: [{ responseId, formKind, formId?, submittedAt, answers }] } with a Google ID token. */
export const intake = onRequest({ cors: false, secrets: [mapsApiKey], maxInstances: 1, concurrency: 80, timeoutSeconds: 540, memory: '512MiB' }, async (request, response) => {
  runtime ??= build();
  await runtime.intake(request as HttpRequestLike, response as unknown as HttpResponseLike);
});

function readForms(value: unknown): { formId: string; kind?: FormKind }[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > FORM_KINDS.length * 4) return undefined;
  const forms: { formId: string; kind?: FormKind }[] = [];
  for (const item of value) {
    const formId = (item as { formId?: unknown })?.formId;
    const kind = (item as { kind?: unknown })?.kind;
    if (typeof formId !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(formId)) return undefined;
    forms.push({ formId, ...(isFormKind(kind) ? { kind } : {}) });
  }
  return forms;
}

/** POST { spreadsheetId, forms: [{ formId, kind? }] }: the add-on's "Check for missing applications". */
export const reconcile = onRequest({ cors: false, secrets: [mapsApiKey], maxInstances: 1, timeoutSeconds: 540, memory: '512MiB' }, async (request, response) => {
  runtime ??= build();
  const res = response as unknown as HttpResponseLike;
  const caller = await runtime.checkCaller(typeof request.headers.authorization === 'string' ? request.headers.authorization : undefined);
  if (!caller.ok) return void res.status(caller.status).json({ code: caller.code, message: 'Not allowed.' });
  const body = readJsonBody(request as HttpRequestLike);
  const value = body.ok ? (body.value as { spreadsheetId?: unknown; forms?: unknown }) : undefined;
  const forms = readForms(value?.forms);
  const spreadsheetId = value?.spreadsheetId;
  if (request.method !== 'POST' || typeof spreadsheetId !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(spreadsheetId) || !forms) {
    return void res.status(400).json({ code: 'REQUEST.INVALID', message: 'POST { spreadsheetId, forms: [{ formId, kind? }] }.' });
  }
  try {
    res.status(200).json(await reconcileWorkbook(runtime.reconcile, spreadsheetId, forms));
  } catch (error) {
    cloudLogger.error('intake.reconcile_failed', { error: error instanceof Error ? error.name : 'unknown' });
    res.status(503).json({ code: 'INTAKE.RECONCILE_FAILED', message: 'The forms or the workbook could not be read; try again later.' });
  }
});

/** Every hour: each workbook that has received a submission is reconciled with its forms. */
export const reconcileScheduled = onSchedule({ schedule: 'every 60 minutes', secrets: [mapsApiKey], maxInstances: 1, timeoutSeconds: 540 }, async () => {
  runtime ??= build();
  const registered = await runtime.db.collection(INTAKE_FORMS_COLLECTION).get();
  const byWorkbook = new Map<string, { formId: string; kind?: FormKind }[]>();
  for (const doc of registered.docs) {
    const data = doc.data() as { spreadsheetId?: string; formId?: string; formKind?: string };
    if (!data.spreadsheetId || !data.formId) continue;
    const list = byWorkbook.get(data.spreadsheetId) ?? [];
    list.push({ formId: data.formId, ...(isFormKind(data.formKind) ? { kind: data.formKind } : {}) });
    byWorkbook.set(data.spreadsheetId, list);
  }
  for (const [spreadsheetId, forms] of byWorkbook) {
    try {
      await reconcileWorkbook(runtime.reconcile, spreadsheetId, forms);
    } catch (error) {
      cloudLogger.error('intake.reconcile_failed', { error: error instanceof Error ? error.name : 'unknown' });
    }
  }
});

// This file deploys the intake endpoint and builds the runtime it shares with reconcile (handlers/reconcile.ts): one
// writer per instance, one lease per workbook across instances (Firestore), one ledger. Applications are geocoded
// through the proximity chain (same params, same Firestore cache), hence the Maps key secret.
import { randomUUID } from 'node:crypto';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { GoogleAuth } from 'google-auth-library';
import { onRequest } from 'firebase-functions/v2/https';
import { cloudLogger } from '../adapters/functions-logger';
import { mapsApiKey, readPositiveInt } from '../config';
import { buildCallerCheck, isLoopback } from '../handlers/caller-check';
import { createGeocodeDeps } from '../proximity/geocode-deps';
import type { HttpRequestLike, HttpResponseLike } from '../handlers/http-endpoint';
import { FirestoreIntakeLedger } from './firestore-intake-ledger';
import { FirestoreLeaseTerms } from './firestore-lease-terms';
import { leaseTiming, WorkbookLeases } from './workbook-lease';
import { createFormResponsesSource, createFormsClient } from './form-responses';
import { GOOGLE_SCOPES, formsApiUrl, INTAKE_LIMITS, sheetsApiUrl, writesPerMinute } from './intake-config';
import { FirestoreFormRegistry } from './form-registry';
import { FirestoreSavedMappings } from './firestore-saved-mappings';
import { createIntakeHandler } from './intake-http';
import { IntakeWriter } from './intake-writer';
import { createPlaceChecker } from './place-checker';
import { createReconcileHandler, ReconcileHttpDeps } from './reconcile-http';
import { realClock } from './retry-policy';
import { createSheetsClient, createSheetsGateway, staticTokenAuth } from './sheets-gateway';
import { RateLimiter } from './write-rate-limiter';

/** Google APIs as the function's service account; a loopback stand-in (tests, emulator) gets a placeholder token. */
function googleAuth(url: string) {
  if (isLoopback(url)) return staticTokenAuth('loopback');
  if (new URL(url).protocol !== 'https:') throw new Error('Google API addresses must use https');
  return new GoogleAuth({ scopes: GOOGLE_SCOPES });
}

interface Runtime {
  intake: ReturnType<typeof createIntakeHandler>;
  reconcile: ReturnType<typeof createReconcileHandler>;
  reconcileDeps: Pick<ReconcileHttpDeps, 'reconcile' | 'registry' | 'logger'>;
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
  const leases = new WorkbookLeases({ store: new FirestoreLeaseTerms(db), clock, holderId: randomUUID(), timing: leaseTiming(INTAKE_LIMITS.requestTimeoutMs) });
  const writer = new IntakeWriter({ gateway, reads, writes, leases, clock, logger: cloudLogger, places });
  const ledger = new FirestoreIntakeLedger(db);
  const registry = new FirestoreFormRegistry(db);
  const mappings = new FirestoreSavedMappings(db);
  const checkCaller = buildCallerCheck();
  const forms = createFormResponsesSource(createFormsClient({ rootUrl: formsApiUrl.value(), auth: googleAuth(formsApiUrl.value()) }), INTAKE_LIMITS.requestTimeoutMs);
  const reconcileDeps = { reconcile: { forms, gateway, reads, writer, ledger, clock, logger: cloudLogger, mappings }, registry, logger: cloudLogger };
  return {
    reconcileDeps,
    reconcile: createReconcileHandler({ ...reconcileDeps, checkCaller }),
    intake: createIntakeHandler({
      checkCaller,
      service: { ledger, writer, clock, logger: cloudLogger },
      maxBodyBytes: INTAKE_LIMITS.maxBodyBytes,
      logger: cloudLogger,
      newRequestId: randomUUID,
      saveMapping: (spreadsheetId, mapping, savedBy) => mappings.save(spreadsheetId, mapping, savedBy),
      registerForm: async (registration) => {
        if ((await registry.register(registration)) === 'conflict') cloudLogger.warn('intake.form_registered_elsewhere', { forms: 1 });
      },
    }),
  };
}

/** Built once per instance, on first use (params are read at run time, not at deploy). */
export function intakeRuntime(): Runtime {
  runtime ??= build();
  return runtime;
}

/** POST { spreadsheetId, submissions: [{ responseId, formKind, formId?, submittedAt, answers }], mapping? } with a Google ID token. */
export const intake = onRequest({ cors: false, secrets: [mapsApiKey], maxInstances: 1, concurrency: 80, timeoutSeconds: 540, memory: '512MiB' }, async (request, response) => {
  await intakeRuntime().intake(request as HttpRequestLike, response as unknown as HttpResponseLike);
});

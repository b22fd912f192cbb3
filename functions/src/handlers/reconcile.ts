// This file deploys reconcile: `reconcile` for the add-on's "Check for missing applications" and `reconcileScheduled`
// every hour. It shares the intake's runtime (writer, lease, ledger, caller check), so all of them write through one
// lease per workbook.
import { onRequest } from 'firebase-functions/v2/https';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { mapsApiKey } from '../config';
import { intakeRuntime } from '../intake/intake-function';
import { reconcileRegistered } from '../intake/reconcile-http';
import type { HttpRequestLike, HttpResponseLike } from './http-endpoint';

/** POST { spreadsheetId, forms: [{ formId, kind? }] } with a Google ID token. */
export const reconcile = onRequest({ cors: false, secrets: [mapsApiKey], maxInstances: 1, timeoutSeconds: 540, memory: '512MiB' }, async (request, response) => {
  await intakeRuntime().reconcile(request as HttpRequestLike, response as unknown as HttpResponseLike);
});

/** Every hour: each registered workbook is reconciled with its registered forms. */
export const reconcileScheduled = onSchedule({ schedule: 'every 60 minutes', secrets: [mapsApiKey], maxInstances: 1, timeoutSeconds: 540 }, async () => {
  await reconcileRegistered(intakeRuntime().reconcileDeps);
});

// This file declares the intake's own settings. The service addresses change only in tests and the emulator (to
// loopback fakes); the write budget keeps a burst inside the Sheets API quota of 60 write requests per minute per user.
import { defineString } from 'firebase-functions/params';

export const sheetsApiUrl = defineString('INTAKE_SHEETS_API_URL', { default: 'https://sheets.googleapis.com/' });
export const formsApiUrl = defineString('INTAKE_FORMS_API_URL', { default: 'https://forms.googleapis.com/' });
export const writesPerMinute = defineString('INTAKE_WRITES_PER_MINUTE', {
  default: '50',
  description: 'Sheets API write requests per minute the intake allows itself (the quota is 60 per user; keep some for reconcile)',
});

export const INTAKE_LIMITS = {
  maxBodyBytes: 8 * 1024 * 1024,
  requestTimeoutMs: 20_000,
  readsPerMinute: 50,
  /** The longest a batch waits for its map look-ups before it is written anyway (the add-on's call is waiting too). */
  geocodeTimeoutMs: 8_000,
} as const;

export const GOOGLE_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/forms.body.readonly',
  'https://www.googleapis.com/auth/forms.responses.readonly',
];

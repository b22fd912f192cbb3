// This file is what every authenticated JSON endpoint the add-on calls (proximity, plan) does before its own work:
// a request ID, the caller check, POST only, a size cap and a JSON body, each refusal answered and logged the same way.
import type { CallerCheck } from '../adapters/id-token-verifier';
import type { Logger } from '../ports/logger.port';

/** The parts of an Express request the endpoint reads (firebase-functions passes an Express request). */
export interface HttpRequestLike {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  rawBody?: Buffer;
}

export interface HttpResponseLike {
  status(code: number): HttpResponseLike;
  set(field: string, value: string): HttpResponseLike;
  json(body: unknown): void;
}

/** The sentence for each caller-check refusal; every endpoint the add-on calls answers with these. */
export const AUTH_MESSAGES: Record<string, string> = {
  'AUTH.MISSING_TOKEN': 'Sign-in is required: send a Google ID token as "Authorization: Bearer …".',
  'AUTH.BAD_TOKEN': 'The sign-in token is not valid here (expired, for another app, or not from Google).',
  'AUTH.NOT_CONFIGURED': 'The service is not set up yet: ADDON_OAUTH_CLIENT_ID and ALLOWED_CALLER_EMAILS must be set.',
  'AUTH.KEYS_UNAVAILABLE': 'Sign-in cannot be checked right now; try again in a minute.',
  'AUTH.EMAIL_NOT_VERIFIED': 'This Google account has no verified email address.',
  'AUTH.NOT_ALLOWED': 'This Google account is not on the list of people allowed to use this service.',
};

export function header(request: HttpRequestLike, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function readBody(request: HttpRequestLike): { ok: true; value: unknown } | { ok: false } {
  if (!request.rawBody) return { ok: true, value: request.body };
  try {
    return { ok: true, value: JSON.parse(request.rawBody.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

export function bodyBytes(request: HttpRequestLike): number {
  if (request.rawBody) return request.rawBody.length;
  const declared = Number(header(request, 'content-length'));
  return Number.isFinite(declared) ? declared : 0;
}

export interface AdmitDeps {
  checkCaller: (authorization: string | undefined) => Promise<CallerCheck>;
  maxBodyBytes: number;
  logger: Logger;
  newRequestId: () => string;
}

/** Answers with a status, a code and a sentence, and logs the refusal without anything from the body. */
export type Reject = (status: number, code: string, message: string, extra?: Record<string, unknown>) => void;

export interface Admitted {
  requestId: string;
  caller: Extract<CallerCheck, { ok: true }>;
  body: unknown;
  reject: Reject;
}

/**
 * Checks, in order, the caller, the method, the size and the JSON; answers the first refusal (401/403/405/413/400)
 * and returns null, before anything in the body is looked at. `endpoint` names the log line ("proximity.rejected").
 */
export async function admitJsonPost(request: HttpRequestLike, response: HttpResponseLike, deps: AdmitDeps, endpoint: string, tooLarge: (maxBytes: number) => string): Promise<Admitted | null> {
  const requestId = deps.newRequestId();
  response.set('X-Request-Id', requestId).set('Cache-Control', 'no-store');
  const reject: Reject = (status, code, message, extra = {}) => {
    deps.logger.warn(`${endpoint}.rejected`, { requestId, status, code });
    response.status(status).json({ requestId, code, message, ...extra });
  };
  const caller = await deps.checkCaller(header(request, 'authorization'));
  if (!caller.ok) {
    if (caller.status === 401) response.set('WWW-Authenticate', 'Bearer');
    reject(caller.status, caller.code, AUTH_MESSAGES[caller.code] ?? 'Not allowed.');
    return null;
  }
  if (request.method !== 'POST') {
    response.set('Allow', 'POST');
    reject(405, 'REQUEST.METHOD', 'Send the request with POST.');
    return null;
  }
  if (bodyBytes(request) > deps.maxBodyBytes) {
    reject(413, 'REQUEST.TOO_LARGE', tooLarge(deps.maxBodyBytes));
    return null;
  }
  const body = readBody(request);
  if (!body.ok) {
    reject(400, 'REQUEST.INVALID', 'The request is not valid JSON.', { problems: ['body: not valid JSON'] });
    return null;
  }
  return { requestId, caller, body: body.value, reject };
}

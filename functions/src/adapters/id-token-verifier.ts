// This file checks the caller: a Google ID token (signature, issuer, expiry, audience) whose verified email is on
// the allow-list. The public keys come from an injected source: Google's certificates in production, a local key in tests.
import { OAuth2Client } from 'google-auth-library';

/** Key ID → PEM certificate or public key, the shape Google publishes at its certs URL. */
export type SigningKeys = Record<string, string>;
export type KeySource = () => Promise<SigningKeys>;

export type CallerCheck =
  | { ok: true; email: string }
  | {
      ok: false;
      status: 401 | 403 | 503;
      code: 'AUTH.MISSING_TOKEN' | 'AUTH.BAD_TOKEN' | 'AUTH.EMAIL_NOT_VERIFIED' | 'AUTH.NOT_ALLOWED' | 'AUTH.NOT_CONFIGURED' | 'AUTH.KEYS_UNAVAILABLE';
    };

export interface CallerPolicy {
  /** The add-on's OAuth client ID, or several (a development copy and the program's own): a token for any is accepted. */
  audience: string | string[];
  /** Lower-cased emails; an entry starting with "@" allows a whole Google Workspace domain (checked with `hd`). */
  allowedEmails: string[];
  keys: KeySource;
}

const GOOGLE_ISSUERS = ['accounts.google.com', 'https://accounts.google.com'];

/** Google's certificates, fetched from `url` and cached by google-auth-library for as long as Google says. */
export function googleKeySource(url: string): KeySource {
  const client = new OAuth2Client({ endpoints: { oauth2FederatedSignonPemCertsUrl: url } });
  return async () => (await client.getFederatedSignonCertsAsync()).certs as SigningKeys;
}

/**
 * An exact email on the list, or an "@domain" entry whose domain is also the token's `hd` claim: only a Google
 * Workspace account of that domain carries it, while a consumer account can have any address as its email
 * (https://developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload).
 */
export function isAllowed(email: string, allowed: string[], hostedDomain?: string): boolean {
  const lower = email.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf('@'));
  return allowed.includes(lower) || (allowed.includes(domain) && typeof hostedDomain === 'string' && `@${hostedDomain.toLowerCase()}` === domain);
}

export function createCallerVerifier(policy: CallerPolicy): (authorization: string | undefined) => Promise<CallerCheck> {
  const verifier = new OAuth2Client();
  const audiences = [policy.audience].flat().filter(Boolean);
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) return { ok: false, status: 401, code: 'AUTH.MISSING_TOKEN' };
    if (audiences.length === 0 || policy.allowedEmails.length === 0) return { ok: false, status: 401, code: 'AUTH.NOT_CONFIGURED' };
    let keys: SigningKeys;
    try {
      keys = await policy.keys();
    } catch {
      return { ok: false, status: 503, code: 'AUTH.KEYS_UNAVAILABLE' };
    }
    let payload;
    try {
      const ticket = await verifier.verifySignedJwtWithCertsAsync(token, keys, audiences, GOOGLE_ISSUERS);
      payload = ticket.getPayload();
    } catch {
      return { ok: false, status: 401, code: 'AUTH.BAD_TOKEN' };
    }
    if (!payload?.email) return { ok: false, status: 403, code: 'AUTH.NOT_ALLOWED' };
    if (payload.email_verified !== true) return { ok: false, status: 403, code: 'AUTH.EMAIL_NOT_VERIFIED' };
    if (!isAllowed(payload.email, policy.allowedEmails, payload.hd)) return { ok: false, status: 403, code: 'AUTH.NOT_ALLOWED' };
    return { ok: true, email: payload.email };
  };
}

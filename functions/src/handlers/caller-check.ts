// This file builds the caller check every endpoint shares from the deployed params: a Google ID token for the
// add-on's OAuth clients from an allowed account, verified against Google's certificates fetched over https.
import { createCallerVerifier, googleKeySource } from '../adapters/id-token-verifier';
import { addonClientId, allowedCallerEmails, idTokenCertsUrl, readClientIds, readEmailList } from '../config';

export const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/** Certificates must come over https; plain http is accepted only on loopback (the emulator's stand-in). */
export function checkedCertsUrl(raw: string): string {
  const url = new URL(raw);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(raw))) throw new Error('ID_TOKEN_CERTS_URL must use https');
  return url.toString();
}

export function buildCallerCheck() {
  return createCallerVerifier({
    audience: readClientIds(addonClientId.value()),
    allowedEmails: readEmailList(allowedCallerEmails.value()),
    keys: googleKeySource(checkedCertsUrl(idTokenCertsUrl.value())),
  });
}

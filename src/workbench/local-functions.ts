// This file runs the Firebase functions the add-on calls, in-process, for the workbench: the real proximity and plan handlers in
// a worker thread behind the blocking bridge (ZIP-centroid places, in-memory geocode cache, no network), with ID
// tokens signed by a key pair made for this run. The add-on's UrlFetchApp calls to a proximity address — the local
// one pre-filled in Settings, or a deployed one the coordinator set — are answered here; nothing goes on the network.
// Intake is not run: it is started by Google Forms submissions and writes through the Sheets API, neither of which
// exists locally.
import { LocalIdTokenSigner } from './id-token-signer';
import { isPlanCall, isProximityCall as isProximityAddress, LOCAL_PROXIMITY_URL } from './function-addresses';
import { startLocalProximity } from './local-proximity';
import type { FetchHandler, FetchRequest } from './gas';
import type { BlockingFetch } from './gas/blocking-fetch';

/**
 * The proximity address pre-filled in Settings for a local run when the coordinator has none. Settings accepts
 * http://localhost addresses; it is never saved to the .xlsx (see workbook-session.ts), and it is not on the network.
 * The `plan` function answers beside it (…/workbench/plan).
 */
export { LOCAL_PROXIMITY_URL };

/** The OAuth client ID local tokens are made for; in production it is the add-on's own (ADDON_OAUTH_CLIENT_ID). */
export const LOCAL_AUDIENCE = 'peer-mentoring-workbench.apps.googleusercontent.com';

export interface LocalFunctions {
  /** Answers the add-on's UrlFetchApp calls to the functions; undefined when they are not running. */
  fetch: FetchHandler | undefined;
  /** ScriptApp.getIdentityToken for the add-on: a token the local function accepts. */
  identityToken: (() => string) | undefined;
  /** The address to pre-fill in Settings when the coordinator has none. */
  proximityUrl: string | undefined;
  /** One line for the start banner: what runs, or why not. */
  note: string;
  close(): Promise<void>;
}

export const NO_LOCAL_FUNCTIONS: LocalFunctions = {
  fetch: undefined,
  identityToken: undefined,
  proximityUrl: undefined,
  note: 'left out for this run; the sidebar estimates travel from ZIP code centres',
  close: async () => undefined,
};

/** A call to the proximity function: the local address, or any deployed one (…/proximity, https://proximity-…). */
export function isProximityCall(request: FetchRequest): boolean {
  return isProximityAddress(request.url);
}

const offline = () => ({ status: 503, body: '{"error":"no network in the local runtime"}' });

export function startLocalFunctions(options: { root: string; user: string }): LocalFunctions {
  let signer: LocalIdTokenSigner;
  let proximity: BlockingFetch;
  try {
    signer = new LocalIdTokenSigner();
    proximity = startLocalProximity({ root: options.root, keys: signer.keys(), audience: LOCAL_AUDIENCE, allowedEmails: [options.user] });
  } catch (error) {
    // esbuild lists what it could not bundle (usually a functions package that is not installed) in `errors`.
    const reason = (error as { errors?: { text: string }[] }).errors?.[0]?.text ?? String((error as Error)?.message ?? error).split('\n')[0];
    return { ...NO_LOCAL_FUNCTIONS, note: `proximity could not be started here (${reason}); the sidebar estimates travel from ZIP code centres` };
  }
  return {
    fetch: (request) => (isProximityCall(request) || isPlanCall(request.url) ? proximity.fetch(request) : offline()),
    identityToken: () => signer.sign({ email: options.user, audience: LOCAL_AUDIENCE }),
    proximityUrl: LOCAL_PROXIMITY_URL,
    note: 'proximity function running locally (in-process, places from ZIP code centres, no network); intake needs Google Forms and is not run here',
    close: () => proximity.close(),
  };
}

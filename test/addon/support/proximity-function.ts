// Test helper: starts the real proximity endpoint in-process, as the workbench does (src/workbench/local-proximity.ts),
// so the built add-on's UrlFetchApp reaches it through the blocking bridge. Tokens are signed like Google's, with a
// key pair made for the test run.
import { LocalIdTokenSigner } from '../../../src/workbench/id-token-signer';
import { startLocalProximity } from '../../../src/workbench/local-proximity';
import { ROOT } from '../../helpers/paths';

export const FUNCTION_URL = 'https://us-central1-demo-peer-mentoring.cloudfunctions.net/proximity';
export const AUDIENCE = 'addon-test.apps.googleusercontent.com';
const USER = 'coordinator@example.org';

export function startProximityFunction(options: { allowedEmails?: string[] } = {}) {
  const signer = new LocalIdTokenSigner('test-key-1');
  const bridge = startLocalProximity({ root: ROOT, keys: signer.keys(), audience: AUDIENCE, allowedEmails: options.allowedEmails ?? [USER] });
  return { fetch: bridge.fetch, close: bridge.close, token: () => signer.sign({ email: USER, audience: AUDIENCE }) };
}

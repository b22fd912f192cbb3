// Runs the `plan` function in the real Firebase Functions emulator: a caller with no token or an account not on the list
// is refused in plain words, a problem carrying a field it does not define (a name) is refused, and a demo pool's plan
// is exactly the add-on's own. The 5,000 × 20,000 pool goes through the same emulator in `npm run bench -- plan-function`.
import { lookupZipCentroid } from '../../../src/adapters/local/zip-centroids';
import { prepareWorkbookMatching } from '../../../src/app/suggest-mentors';
import { buildDemoWorkbook } from '../../../src/demo/demo-workbook';
import { buildPlanningPool } from '../../../src/domain/matching/planning-problem';
import { solvePlanning } from '../../../src/domain/matching/solve-planning';
import { readWorkbook } from '../../../src/domain/workbook-reader';
import { AUTH_MESSAGES } from '../../../functions/src/handlers/http-endpoint';
import { TokenIssuer } from '../../fakes/geo/id-tokens';
import { MapsFake } from '../../fakes/geo/maps-fake';
import { RunningEmulator, startFunctionsEmulator } from '../support/functions-emulator';
import { lookupZip } from '../support/proximity-harness';

// The first request starts the function's process in the emulator (cold start), which on a busy machine takes a while.
jest.setTimeout(180_000);

const AUDIENCE = 'emulator-client.apps.googleusercontent.com';
const issuer = new TokenIssuer('emulator-key');
const certs = new MapsFake({ lookupZip, certs: () => issuer.keys() });
let emulator: RunningEmulator;

beforeAll(async () => {
  await certs.start();
  emulator = await startFunctionsEmulator({
    params: { ADDON_OAUTH_CLIENT_ID: AUDIENCE, ALLOWED_CALLER_EMAILS: 'coordinator@example.org', ID_TOKEN_CERTS_URL: `${certs.url}/oauth2/v1/certs` },
    secrets: { GOOGLE_MAPS_API_KEY: 'none' },
    env: {},
  });
}, 420_000);

afterAll(async () => {
  await emulator?.stop();
  await certs.stop();
}, 30_000);

function demoProblem() {
  const asOf = '2026-11-22';
  const tabs = new Map(buildDemoWorkbook({ asOf }).map(({ tab, rows }) => [tab, rows]));
  const model = readWorkbook({ tabNames: () => [...tabs.keys()], read: (tab) => tabs.get(tab) ?? [] });
  return buildPlanningPool(prepareWorkbookMatching(model, { asOf, lookupZip: lookupZipCentroid }).state).problem;
}

async function post(body: unknown, token: string | null) {
  const response = await fetch(emulator.functionUrl('plan'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    // A request the emulator drops (see functions-emulator.ts) fails here with the emulator's own words, not a hang.
    signal: AbortSignal.timeout(150_000),
  }).catch((error: Error) => {
    throw new Error(`no answer from the plan function (${error.name}):\n${emulator.output().slice(-3000)}`);
  });
  return { status: response.status, body: JSON.parse(await response.text()) as Record<string, unknown> };
}

const coordinator = () => issuer.sign({ email: 'coordinator@example.org' }, AUDIENCE);

describe('the plan function in the emulator', () => {
  it.each([
    ['no token', null, 401, 'AUTH.MISSING_TOKEN'],
    ['an account not on the list', issuer.sign({ email: 'stranger@example.com' }, AUDIENCE), 403, 'AUTH.NOT_ALLOWED'],
  ])('refuses a caller with %s, in plain words, before reading the problem', async (_label, token, status, code) => {
    const answer = await post(demoProblem(), token);
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
    expect(answer.body.message).toBe(AUTH_MESSAGES[code]);
    expect(answer.body).not.toHaveProperty('pairs');
  });

  it('refuses a problem that carries a field it does not define, saying where', async () => {
    const problem = demoProblem();
    const withName = { ...problem, consumers: problem.consumers.map((c, i) => (i === 2 ? { ...c, name: 'Maria Garcia' } : c)) };
    const answer = await post(withName, coordinator());
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('REQUEST.INVALID');
    expect(JSON.stringify(answer.body.problems)).toContain('consumers[2]');
    expect(JSON.stringify(answer.body)).not.toContain('Maria');
  });

  it("plans the demo pool exactly as the add-on's own planner does", async () => {
    const problem = demoProblem();
    const answer = await post(problem, coordinator());
    expect(answer.status).toBe(200);
    const { pairs, unmatched, allowedPairs } = answer.body;
    const local = solvePlanning(problem);
    expect(local.pairs.length).toBeGreaterThan(10);
    expect({ pairs, unmatched, allowedPairs }).toEqual(local);
  });
});

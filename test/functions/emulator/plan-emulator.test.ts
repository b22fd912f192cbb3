// Runs the `plan` function in the real Firebase Functions emulator: a problem carrying a field it does not define (a
// name) is refused, and a demo pool's plan is exactly the add-on's own. (Who may call is the caller check every
// endpoint shares; test/addon/plan-function.test.ts checks it on this endpoint.)
import { lookupZipCentroid } from '../../../src/adapters/local/zip-centroids';
import { prepareWorkbookMatching } from '../../../src/app/suggest-mentors';
import { buildDemoWorkbook } from '../../../src/demo/demo-workbook';
import { buildPlanningPool } from '../../../src/domain/matching/planning-problem';
import { solvePlanning } from '../../../src/domain/matching/solve-planning';
import { readWorkbook } from '../../../src/domain/workbook-reader';
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
  });
  return { status: response.status, body: JSON.parse(await response.text()) as Record<string, unknown> };
}

const coordinator = () => issuer.sign({ email: 'coordinator@example.org' }, AUDIENCE);

describe('the plan function in the emulator', () => {
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

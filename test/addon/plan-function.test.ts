// Plan matches on the `plan` function: the built add-on sends pools past Settings' threshold to the real endpoint
// (in-process, as the workbench runs it) and shows the same plan it would have made itself; the request carries IDs,
// ZIP codes and what the rules need, never a name, contact, address, note or lived-experience wording; a failing
// function is reported and nothing is written. And on random pools, both paths give the same plan.
import fc from 'fast-check';
import { createPlanClient } from '../../src/adapters/http/plan-client';
import { prepareMatching } from '../../src/domain/matching/matching-state';
import { planAssignment } from '../../src/domain/matching/plan-assignment';
import { PlanningProblem } from '../../src/domain/matching/planning-problem';
import type { GasRuntime } from '../../src/workbench/gas';
import { programArb } from '../domain/matching/random-pools';
import { callError, demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';
import { personalDetailsIn } from '../helpers/personal-details';
import { FUNCTION_URL, startProximityFunction } from './support/proximity-function';

const PLAN_URL = FUNCTION_URL.replace(/\/proximity$/, '/plan');
const fn = startProximityFunction();
afterAll(() => fn.close());

function withFunction(fetch: typeof fn.fetch = fn.fetch) {
  const ss = demoSpreadsheet();
  const addon = startAddon(ss, { fetch, identityToken: fn.token });
  setUp(addon);
  sidebarCall(addon, 'saveSettings', { functionUrl: FUNCTION_URL });
  return { ss, addon };
}

const planCalls = (addon: GasRuntime) => addon.fetchLog.filter((r) => r.url === PLAN_URL);

describe('Plan matches on the plan function', () => {
  it('plans a pool past the threshold on the function, with the same proposals as the add-on makes itself', () => {
    const { addon } = withFunction();
    // The first plan also fetches (and saves) travel, so both plans below use the same trips.
    sidebarCall(addon, 'getBatchProposals');
    const here = sidebarCall(addon, 'getBatchProposals');
    expect(planCalls(addon)).toHaveLength(0); // the demo is far below the default threshold
    expect(here.proposals.length).toBeGreaterThan(5);

    sidebarCall(addon, 'saveSettings', { planOnFunctionsAbove: '0' });
    const there = sidebarCall(addon, 'getBatchProposals');
    expect(planCalls(addon)).toHaveLength(1);
    expect(planCalls(addon)[0]!.headers.Authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(there).toEqual(here);

    // Accepting the batch re-plans under the lock on the function too, and keeps the scores shown.
    const accepted = sidebarCall(addon, 'acceptBatch', { pairs: there.proposals.slice(0, 2).map((p: any) => ({ consumerId: p.consumerId, mentorId: p.mentorId })) });
    expect(accepted.created).toHaveLength(2);
    expect(planCalls(addon)).toHaveLength(2);
  });

  it('sends IDs, ZIP codes and rule outcomes only: no name, contact, address, note or lived-experience wording', () => {
    const { ss, addon } = withFunction();
    sidebarCall(addon, 'saveSettings', { planOnFunctionsAbove: '0' });
    sidebarCall(addon, 'getBatchProposals');
    const sent = planCalls(addon)[0]!.payload;
    const problem = JSON.parse(sent) as PlanningProblem;
    expect(problem.consumers.length).toBeGreaterThan(10);
    expect(problem.consumers.some((c) => c.livedWanted.length > 0)).toBe(true);

    // Every value in the people tabs' personal columns, as typed in the sheet.
    const personal: string[] = [];
    for (const [tab, columns] of [['Mentors', ['Name', 'Email', 'Phone', 'Address', 'City', 'Lived experience', 'Notes']], ['Consumers', ['Name', 'Email', 'Phone', 'Address', 'City', 'Preferences', 'Lived experience wanted', 'Notes']]] as const) {
      const [header, ...rows] = ss.sheet(tab)!.values();
      for (const column of columns) {
        const index = header!.indexOf(column);
        if (index < 0) continue;
        for (const row of rows) if (String(row[index] ?? '').trim()) personal.push(String(row[index]).trim());
      }
    }
    expect(personal.length).toBeGreaterThan(100);
    // Street addresses and full names are the test that matters; single words like a city are checked as whole words.
    expect(personalDetailsIn(sent, [...new Set(personal)])).toEqual([]);
    // Lived experience leaves only as tag numbers.
    for (const word of ['wheelchair', 'blind', 'deaf', 'autism', 'brain injury', 'mental health']) expect(sent.toLowerCase()).not.toContain(word);
    const keys = new Set<string>();
    for (const person of [...problem.consumers, ...problem.mentors]) for (const key of Object.keys(person)) keys.add(key);
    expect([...keys].sort()).toEqual(
      ['capacity', 'free', 'gender', 'id', 'languageKeys', 'livedCovers', 'livedWanted', 'mode', 'openAreas', 'preference', 'skills', 'slots', 'waitRank', 'waitingDays', 'zip'].sort(),
    );
  });

  const failing: typeof fn.fetch = (request) => (request.url === PLAN_URL ? { status: 503, body: '{"code":"UNAVAILABLE","message":"Service Unavailable"}', headers: {} } : fn.fetch(request));
  const unreachable: typeof fn.fetch = (request) => {
    if (request.url === PLAN_URL) throw new Error(`Timeout: ${PLAN_URL}`);
    return fn.fetch(request);
  };
  it.each([
    ['that fails', failing, /could not plan \(UNAVAILABLE: Service Unavailable\).*functions address in Settings/],
    ['it cannot reach or that does not answer in time', unreachable, /could not be reached or did not answer in time.*functions address in Settings/],
  ])('reports a function %s, with what to do, and writes nothing', (_label, fetch, message) => {
    const { ss, addon } = withFunction(fetch);
    sidebarCall(addon, 'getBatchProposals'); // planned here; travel fetched and saved
    sidebarCall(addon, 'saveSettings', { planOnFunctionsAbove: '0' });
    const before = ss.sheets.map((s) => JSON.stringify(s.values()));
    const error = callError(() => sidebarCall(addon, 'getBatchProposals'));
    expect(error.code).toBe('PLAN.FAILED');
    expect(error.message).toMatch(message);
    expect(callError(() => sidebarCall(addon, 'acceptBatch', { pairs: [{ consumerId: 'C-0050', mentorId: 'M-0001' }] })).code).toBe('PLAN.FAILED');
    expect(ss.sheets.map((s) => JSON.stringify(s.values()))).toEqual(before);
  });

  it('answers only a signed-in caller it allows', () => {
    const call = (authorization?: string) =>
      fn.fetch({ url: PLAN_URL, method: 'POST', headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) }, payload: '{}', muteHttpExceptions: true });
    expect(call()).toMatchObject({ status: 401 });
    expect(JSON.parse(call().body).code).toBe('AUTH.MISSING_TOKEN');
    expect(JSON.parse(call('Bearer not-a-token').body).code).toBe('AUTH.BAD_TOKEN');
    // A signed-in caller gets past the check to the problem's own checks.
    expect(JSON.parse(call(`Bearer ${fn.token()}`).body).code).toBe('REQUEST.INVALID');
  });

  it('gives the same plan on the function as here, on random pools with every rule in play', () => {
    const client = createPlanClient({
      url: PLAN_URL,
      post: (url, request) => fn.fetch({ url, method: 'POST', headers: request.headers, payload: request.body, muteHttpExceptions: true }),
      idToken: fn.token,
    });
    fc.assert(
      fc.property(programArb, (input) => {
        expect(planAssignment(prepareMatching(input), (problem) => client.plan(problem))).toEqual(planAssignment(prepareMatching(input)));
      }),
      { numRuns: 100, seed: 18 },
    );
  });
});

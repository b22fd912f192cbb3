import type { GasRuntime } from '../../src/workbench/gas';
import { demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';
import { FUNCTION_URL, startProximityFunction } from './support/proximity-function';

const fn = startProximityFunction();
afterAll(() => fn.close());

function withFunction(options: { fetch?: typeof fn.fetch } = {}) {
  const ss = demoSpreadsheet();
  const addon = startAddon(ss, { fetch: options.fetch ?? fn.fetch, identityToken: fn.token });
  setUp(addon);
  sidebarCall(addon, 'saveSettings', { functionUrl: FUNCTION_URL });
  return { ss, addon };
}

const calls = (addon: GasRuntime) => addon.fetchLog.filter((r) => r.url === FUNCTION_URL);
const waitingConsumer = (addon: GasRuntime) => sidebarCall(addon, 'searchConsumers', '')[0].id as string;

describe('travel in the sidebar from the proximity function', () => {
  it('without a function address, estimates travel from the ZIP centres carried in the add-on, says so, and calls nothing', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss, { fetch: fn.fetch, identityToken: fn.token });
    setUp(addon);
    const result = sidebarCall(addon, 'getMatchSuggestions', waitingConsumer(addon));
    expect(result.proximityNote).toMatch(/^Travel estimated from ZIP code centres: no proximity service is set up/);
    expect(result.suggestions.length).toBeGreaterThan(0);
    // Every demo ZIP is a real Twin Cities ZIP, so every pair has an estimate, and the text says it is one (≈).
    for (const s of result.suggestions) {
      expect(s.proximity.source).toBe('estimate');
      expect(s.proximity.text).toMatch(/^about [\d.]+ km \(≈\d+ min by \w+\)$|^same ZIP code area$/);
    }
    expect(addon.fetchLog).toHaveLength(0);
  });

  it('asks the real function once with the user ID token, saves the trips in a hidden tab, and reuses them when the sidebar reopens', () => {
    const { ss, addon } = withFunction();
    const consumer = waitingConsumer(addon);
    const first = sidebarCall(addon, 'getMatchSuggestions', consumer);
    expect(calls(addon)).toHaveLength(1);
    const request = calls(addon)[0]!;
    expect(request.method).toBe('POST');
    expect(request.headers.Authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    const sent = JSON.parse(request.payload);
    expect(sent.origins).toHaveLength(1);
    expect(sent.destinations.length).toBeGreaterThan(10);
    // Positions, not record IDs, leave the workbook.
    expect(JSON.stringify(sent)).not.toMatch(/\b[MC]-\d{4}\b/);

    expect(first.proximityNote).toBe('Travel from the proximity service, saved in this workbook.');
    const known = first.suggestions.filter((s: any) => s.proximity.travelMinutes !== null);
    expect(known.length).toBeGreaterThan(0);
    expect(known[0].proximity.text).toMatch(/^about [\d.]+ km \(≈?\d+ min by \w+\)$/);
    // Said once: on the travel line, not again among the reasons.
    expect(known[0].reasons.join(' ')).not.toMatch(/\bkm\b|\bmin\b/);

    const cache = ss.sheet('Proximity cache')!;
    expect(cache.hidden).toBe(true);
    const rows = cache.values();
    expect(rows[0]).toEqual(['Key', 'Distance km', 'Minutes', 'Source', 'Cached on']);
    expect(rows.length).toBeGreaterThan(10);
    // Hashed keys: no IDs, ZIPs, names or addresses in clear.
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/\b[MC]-\d{4}\b|\b55\d{3}\b|Ave|St\b/);
    expect(rows.slice(1).every((r) => /^[0-9a-f]{32}$/.test(String(r[0])))).toBe(true);

    // Reopening the sidebar (a new runtime over the same workbook) computes nothing again.
    const reopened = startAddon(ss, { fetch: fn.fetch, identityToken: fn.token, documentProperties: Object.fromEntries(addon.documentProperties.data) });
    const again = sidebarCall(reopened, 'getMatchSuggestions', consumer);
    expect(calls(reopened)).toHaveLength(0);
    expect(again.suggestions.map((s: any) => s.proximity)).toEqual(first.suggestions.map((s: any) => s.proximity));
    const audit = ss.sheet('Audit')!.values().filter((r) => r[2] === 'proximity.cache');
    expect(audit).toHaveLength(1);
  });

  it('lets the trips decide the travel limit: mentors beyond it are left out as too far', () => {
    const { addon } = withFunction();
    const consumer = waitingConsumer(addon);
    const before = sidebarCall(addon, 'getMatchSuggestions', consumer);
    const longest = Math.max(...before.suggestions.map((s: any) => s.proximity.travelMinutes ?? 0));
    sidebarCall(addon, 'saveSettings', { maxTravelMinutes: String(Math.max(1, longest - 1)) });
    const after = sidebarCall(addon, 'getMatchSuggestions', consumer);
    expect(after.excluded.some((e: any) => e.rule === 'MATCH.TOO_FAR')).toBe(true);
    expect(after.suggestions.every((s: any) => s.proximity.travelMinutes === null || s.proximity.travelMinutes < longest)).toBe(true);
    expect(calls(addon)).toHaveLength(1);
  });

  it('asks only for mentors who pass their own rules and live within reach of the consumer', () => {
    const ss = demoSpreadsheet();
    const addon = startAddon(ss, { fetch: fn.fetch, identityToken: fn.token });
    setUp(addon);
    const consumer = waitingConsumer(addon);
    // The best mentor moves to Duluth, about 230 km from the Twin Cities: no trip from there is within an hour.
    const farId = sidebarCall(addon, 'getMatchSuggestions', consumer).suggestions[0].mentorId;
    const mentors = ss.sheet('Mentors')!;
    const header = mentors.values()[0]!;
    mentors.cells[mentors.values().findIndex((r) => r[0] === farId)]![header.indexOf('ZIP')] = '55802';
    sidebarCall(addon, 'saveSettings', { functionUrl: FUNCTION_URL });
    const result = sidebarCall(addon, 'getMatchSuggestions', consumer);
    const ownRules = ['MATCH.MENTOR_NOT_ACTIVE', 'MATCH.NOT_TRAINED', 'MATCH.TRAINING_LAPSED', 'MATCH.NO_CAPACITY'];
    const ruledOut = result.excluded.filter((e: any) => ownRules.includes(e.rule)).length;
    expect(ruledOut).toBeGreaterThan(0);
    expect(result.excluded.find((e: any) => e.mentorId === farId)).toMatchObject({ rule: 'MATCH.TOO_FAR' });
    // One pair asked (and cached) per mentor who could be paired at all, less the one out of reach.
    const asked = ss.sheet('Proximity cache')!.values().length - 1;
    expect(asked).toBe(mentors.values().length - 1 - ruledOut - 1);
  });

  it('asks again only for people whose address or ZIP changed', () => {
    const { ss, addon } = withFunction();
    const consumer = waitingConsumer(addon);
    sidebarCall(addon, 'getMatchSuggestions', consumer);
    const sheet = ss.sheet('Consumers')!;
    const header = sheet.values()[0]!;
    const at = sheet.values().findIndex((r) => r[0] === consumer);
    sheet.cells[at]![header.indexOf('ZIP')] = 55414;
    sidebarCall(addon, 'getMatchSuggestions', consumer);
    expect(calls(addon)).toHaveLength(2);
    sidebarCall(addon, 'getMatchSuggestions', consumer);
    expect(calls(addon)).toHaveLength(2);
  });

  it('plans the batch with trips for every waiting consumer, in calls within the function limit', () => {
    const { ss, addon } = withFunction();
    const plan = sidebarCall(addon, 'getBatchProposals');
    expect(plan.proposals.length).toBeGreaterThan(0);
    const sent = calls(addon).map((r) => JSON.parse(r.payload));
    expect(sent.length).toBeGreaterThan(0);
    for (const body of sent) expect(body.origins.length + body.destinations.length).toBeLessThanOrEqual(1000);
    const cached = ss.sheet('Proximity cache')!.values().length;
    sidebarCall(addon, 'getBatchProposals');
    expect(calls(addon)).toHaveLength(sent.length);
    expect(ss.sheet('Proximity cache')!.values().length).toBe(cached);
    // Accepting re-scores from the cache under the lock, without calling out.
    const first = plan.proposals[0];
    sidebarCall(addon, 'acceptBatch', { pairs: [{ consumerId: first.consumerId, mentorId: first.mentorId }] });
    expect(calls(addon)).toHaveLength(sent.length);
  });

  it('falls back to ZIP-centre estimates with the reason when the function refuses the caller, and caches nothing', () => {
    const refusing = startProximityFunction({ allowedEmails: ['someone-else@example.org'] });
    try {
      const ss = demoSpreadsheet();
      const addon = startAddon(ss, { fetch: refusing.fetch, identityToken: refusing.token });
      setUp(addon);
      sidebarCall(addon, 'saveSettings', { functionUrl: FUNCTION_URL });
      const result = sidebarCall(addon, 'getMatchSuggestions', waitingConsumer(addon));
      expect(result.proximityNote).toMatch(/^Travel estimated from ZIP code centres for \d+ pairs: the proximity service said "This Google account is not on the list of people allowed to use this service\." \(HTTP 403\)\./);
      expect(result.suggestions.length).toBeGreaterThan(0);
      expect(result.suggestions.every((s: any) => s.proximity.source === 'estimate')).toBe(true);
      expect(ss.sheet('Proximity cache')).toBeUndefined();
    } finally {
      void refusing.close();
    }
  });

  it('falls back when the function cannot be reached at all', () => {
    const { addon } = withFunction({ fetch: () => ({ status: 503, body: 'Service Unavailable' }) });
    const result = sidebarCall(addon, 'getMatchSuggestions', waitingConsumer(addon));
    expect(result.proximityNote).toMatch(/^Travel estimated from ZIP code centres for \d+ pairs: the proximity service/);
    expect(result.suggestions.length).toBeGreaterThan(0);
  });
});

// Benchmark: the proximity endpoint in-process, 1 consumer × 1,000 mentors with street addresses in Twin Cities ZIPs,
// no Google key (estimates), the Census geocoder on a loopback fake placing addresses at their ZIP centroids, and
// an in-memory cache. Cold = first request; warm = the same request again (median of several), which must not
// call any provider.
import { createCensusGeocoder } from '../functions/src/adapters/census-geocoder';
import { createCallerVerifier } from '../functions/src/adapters/id-token-verifier';
import { MemoryGeocodeCache } from '../functions/src/adapters/memory-geocode-cache';
import { createZipCentroidLookup } from '../functions/src/adapters/zip-centroids';
import type { Logger } from '../functions/src/ports/logger.port';
import { createProximityHandler } from '../functions/src/proximity/proximity-http';
import type { HttpResponseLike } from '../functions/src/handlers/http-endpoint';
import { TokenIssuer } from '../test/fakes/geo/id-tokens';
import { MapsFake } from '../test/fakes/geo/maps-fake';
import { median } from './bench-util';

const DESTINATIONS = 1000;
const WARM_RUNS = 15;
const ZIPS = ['55101', '55102', '55103', '55104', '55105', '55106', '55107', '55108', '55116', '55117', '55119', '55130', '55401', '55403', '55404', '55405', '55406', '55407', '55408', '55409', '55410', '55411', '55412', '55413', '55414', '55417', '55418', '55419'];
const AUDIENCE = 'bench.apps.googleusercontent.com';
const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function main() {
  const lookupZip = createZipCentroidLookup();
  const fake = new MapsFake({ lookupZip });
  await fake.start();
  const issuer = new TokenIssuer();
  const retry = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000, timeoutMs: 10_000 };
  const handler = createProximityHandler({
    checkCaller: createCallerVerifier({ audience: AUDIENCE, allowedEmails: ['coordinator@example.org'], keys: async () => issuer.keys() }),
    proximity: {
      cache: new MemoryGeocodeCache(),
      geocoders: [createCensusGeocoder({ baseUrl: fake.url, fetch, retry, concurrency: 8 })],
      lookupZip,
      logger: quiet,
      now: Date.now,
      cacheTimeoutMs: 2000,
      concurrency: 4,
    },
    maxLocations: 1000 + 1,
    maxBodyBytes: 1024 * 1024,
    logger: quiet,
    newRequestId: () => 'bench',
    clock: () => performance.now(),
  });

  const body = JSON.stringify({
    origins: [{ id: 'C-1', address: '1600 University Ave W, St Paul, MN 55104', mode: 'transit' }],
    destinations: Array.from({ length: DESTINATIONS }, (_, i) => ({ id: `M-${i}`, address: `${100 + i} Main St, Minneapolis, MN ${ZIPS[i % ZIPS.length]}`, mode: 'drive' })),
  });
  const token = issuer.sign({}, AUDIENCE);

  async function once(): Promise<{ ms: number; status: number; calls: number }> {
    const before = fake.totalProviderCalls();
    let status = 0;
    const response: HttpResponseLike = {
      status: (code) => ((status = code), response),
      set: () => response,
      json: (value) => void JSON.stringify(value),
    };
    (globalThis as { gc?: () => void }).gc?.(); // scripts/bench.js runs with --expose-gc: keep collection out of the timing
    const started = performance.now();
    await handler({ method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, rawBody: Buffer.from(body) }, response);
    return { ms: performance.now() - started, status, calls: fake.totalProviderCalls() - before };
  }

  const cold = await once();
  const warm: number[] = [];
  let warmCalls = 0;
  for (let i = 0; i < WARM_RUNS; i++) {
    const run = await once();
    if (run.status !== 200) throw new Error(`warm run answered ${run.status}`);
    warm.push(run.ms);
    warmCalls += run.calls;
  }
  await fake.stop();
  if (cold.status !== 200) throw new Error(`cold run answered ${cold.status}`);
  console.log(
    JSON.stringify({
      bench: 'proximity',
      origins: 1,
      destinations: DESTINATIONS,
      coldMs: Math.round(cold.ms * 100) / 100,
      warmMs: median(warm),
      coldProviderCalls: cold.calls,
      warmProviderCalls: warmCalls,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

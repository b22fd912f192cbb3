// Benchmark: the `plan` function at statewide scale in the real Functions emulator. A 5,000 × 20,000 demo pool (or the
// sizes given, `npm run bench -- plan-function 2000x10000`) is posted as the add-on posts it, and the bench prints the
// call's wall time, the function worker's peak resident memory, and the same plan solved in this process for the
// CPU time it takes; it fails if the function's plan differs. Runs only when named: it takes a minute or more.
import fs from 'node:fs';
import path from 'node:path';
import { lookupZipCentroid } from '../src/adapters/local/zip-centroids';
import { prepareWorkbookMatching } from '../src/app/suggest-mentors';
import { buildDemoWorkbook } from '../src/demo/demo-workbook';
import { buildPlanningPool, PlanningProblem } from '../src/domain/matching/planning-problem';
import { solvePlanning } from '../src/domain/matching/solve-planning';
import { readWorkbook } from '../src/domain/workbook-reader';
import { TokenIssuer } from '../test/fakes/geo/id-tokens';
import { MapsFake } from '../test/fakes/geo/maps-fake';
import { startFunctionsEmulator } from '../test/functions/support/functions-emulator';
import { lookupZip } from '../test/functions/support/proximity-harness';

const AS_OF = '2026-11-22';
const AUDIENCE = 'bench-client.apps.googleusercontent.com';
const CALLER = 'coordinator@example.org';
const mb = (bytes: number) => Math.round(bytes / 1048576);

function demoProblem(mentors: number, consumers: number): PlanningProblem {
  const tabs = new Map(buildDemoWorkbook({ asOf: AS_OF, mentors, consumers }).map(({ tab, rows }) => [tab, rows]));
  const model = readWorkbook({ tabNames: () => [...tabs.keys()], read: (tab) => tabs.get(tab) ?? [] });
  return buildPlanningPool(prepareWorkbookMatching(model, { asOf: AS_OF, lookupZip: lookupZipCentroid }).state).problem;
}

/** Peak resident memory (VmHWM) of the processes working in the emulator's copy: the function workers. */
function workerPeakRss(directory: string): number {
  let peak = 0;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!fs.readlinkSync(path.join('/proc', pid, 'cwd')).startsWith(directory)) continue;
      if (!fs.readFileSync(path.join('/proc', pid, 'cmdline'), 'utf8').includes('functionsEmulatorRuntime')) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(path.join('/proc', pid, 'status'), 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
    } catch {
      // the process ended, or is not ours to read
    }
  }
  return peak;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).filter((a) => /^\d+x\d+$/.test(a));
  const issuer = new TokenIssuer('bench-key');
  const certs = new MapsFake({ lookupZip, certs: () => issuer.keys() });
  await certs.start();
  const emulator = await startFunctionsEmulator({
    params: { ADDON_OAUTH_CLIENT_ID: AUDIENCE, ALLOWED_CALLER_EMAILS: CALLER, ID_TOKEN_CERTS_URL: `${certs.url}/oauth2/v1/certs` },
    secrets: { GOOGLE_MAPS_API_KEY: 'none' },
    env: {},
  });
  let failed = false;
  try {
    for (const size of sizes.length ? sizes : ['5000x20000']) {
      const [mentors, consumers] = size.split('x').map(Number) as [number, number];
      const problem = demoProblem(mentors, consumers);
      const body = JSON.stringify(problem);
      const started = performance.now();
      const response = await fetch(emulator.functionUrl('plan'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${issuer.sign({ email: CALLER }, AUDIENCE)}` },
        body,
        signal: AbortSignal.timeout(30 * 60_000),
      });
      const answer = (await response.json()) as { pairs?: unknown; unmatched?: unknown; allowedPairs?: number };
      const ms = Math.round(performance.now() - started);
      const cpu = process.cpuUsage();
      const localStarted = performance.now();
      const local = solvePlanning(problem);
      const localMs = Math.round(performance.now() - localStarted);
      const used = process.cpuUsage(cpu);
      const same = response.status === 200 && JSON.stringify({ pairs: answer.pairs, unmatched: answer.unmatched, allowedPairs: answer.allowedPairs }) === JSON.stringify(local);
      if (!same) failed = true;
      console.log(
        JSON.stringify({
          bench: 'plan-function',
          mentors,
          consumers,
          planned: { consumers: problem.consumers.length, mentors: problem.mentors.length, allowedPairs: local.allowedPairs, pairs: local.pairs.length },
          requestMB: +(body.length / 1048576).toFixed(1),
          status: response.status,
          ms,
          workerPeakRssMB: mb(workerPeakRss(emulator.directory)),
          inProcess: { ms: localMs, cpuMs: Math.round((used.user + used.system) / 1000) },
          samePlanAsInProcess: same,
        }),
      );
    }
  } finally {
    await emulator.stop();
    await certs.stop();
  }
  if (failed) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

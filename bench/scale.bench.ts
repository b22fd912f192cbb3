// Benchmark: the built add-on at statewide scale. Demo-like workbooks of mentors × consumers run through the Apps
// Script emulation (after Setup), printing time and peak heap per action. Each size runs in its own Node process with
// a capped heap, so one size cannot starve another (or the machine). Run it alone: `npm run bench -- scale`; pick
// sizes with `npm run bench -- scale 500x2000 2000x10000`. `ms` is wall time, `cpuMs` the process's CPU time (the
// fairer figure on a busy machine; the garbage collector's helper threads count in it too).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import v8 from 'node:v8';
import { buildDemoWorkbook } from '../src/demo/demo-workbook';
import { FakeSheetsRest, FakeSpreadsheet, GasRuntime } from '../src/workbench/gas';

const AS_OF = '2026-11-20';
const ADDON_DIR = path.resolve('dist', 'addon');
const DEFAULT_SIZES = ['500x2000', '2000x10000'];
/** The heap a size may use; past it the run reports "out of memory" rather than swapping the machine down. */
const HEAP_CAP_MB = Number(process.env.SCALE_HEAP_CAP_MB ?? 2048);

type Outcome = { ok: boolean; value?: any; error?: { code: string; message: string } };
const mb = (bytes: number) => Math.round(bytes / 1048576);

/**
 * Time and peak heap of one synchronous call. The peak is the largest heap in use just before any garbage collection
 * during the call, or at its end: V8's GC profiler records each collection's before/after statistics as it happens.
 */
function measure(work: () => unknown): { ms: number; cpuMs: number; peakHeapMB: number; baseHeapMB: number; value: unknown } {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().heapUsed;
  const profiler = new v8.GCProfiler();
  profiler.start();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const end = process.memoryUsage().heapUsed;
  const stats = profiler.stop() as { statistics: { beforeGC: { heapStatistics: { usedHeapSize: number } } }[] } | undefined;
  let peak = Math.max(base, end);
  for (const gc of stats?.statistics ?? []) peak = Math.max(peak, gc.beforeGC.heapStatistics.usedHeapSize);
  return { ms: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000), peakHeapMB: mb(peak), baseHeapMB: mb(base), value };
}

function runSize(size: string): void {
  const [mentors, consumers] = size.split('x').map(Number) as [number, number];
  const ss = new FakeSpreadsheet({ timeZone: 'America/Chicago' });
  for (const { tab, rows } of buildDemoWorkbook({ asOf: AS_OF, consumers, mentors })) {
    const sheet = ss.addSheet(tab, rows);
    sheet.maxRows = Math.max(sheet.maxRows, rows.length + 10);
  }
  const rt = new GasRuntime({ spreadsheet: ss, addonDir: ADDON_DIR, now: new Date(`${AS_OF}T15:00:00Z`), fetch: new FakeSheetsRest().handler() }).loadAddon();
  const call = (name: string, ...args: unknown[]) => {
    const outcome = rt.callFromSidebar(name, ...args) as Outcome;
    if (!outcome.ok) throw new Error(`${name} failed: ${outcome.error?.code} ${outcome.error?.message}`);
    return outcome.value;
  };
  const report = (action: string, work: () => unknown) => {
    const result = measure(work);
    console.log(JSON.stringify({ bench: 'scale', mentors, consumers, action, ms: result.ms, cpuMs: result.cpuMs, peakHeapMB: result.peakHeapMB, heapBeforeMB: result.baseHeapMB, heapCapMB: HEAP_CAP_MB }));
    return result.value as any;
  };
  report('Setup', () => {
    const proposal = call('getSetupProposal');
    const choices = { tabs: Object.fromEntries(proposal.tabs.map((t: any) => [t.key, { tab: t.tab ?? '', fields: Object.fromEntries(t.fields.filter((f: any) => f.header).map((f: any) => [f.field, f.header])) }])) };
    return call('applySetup', choices);
  });
  // The first waiting, eligible consumer the demo has past its matched ones.
  const waiting = call('searchConsumers', 'C-0050')[0].id;
  report('suggest', () => call('getMatchSuggestions', waiting));
  report('suggest (again)', () => call('getMatchSuggestions', waiting));
  const plan = report('Plan matches', () => call('getBatchProposals'));
  report('review log', () => call('getReviewLog'));
  report('training', () => call('getTraining'));
  console.log(JSON.stringify({ bench: 'scale', mentors, consumers, action: 'summary', proposals: plan.proposals?.length ?? null, rssMB: mb(process.memoryUsage().rss) }));
}

const sizeArg = process.argv.find((a) => a.startsWith('--size='));
if (sizeArg) {
  runSize(sizeArg.slice('--size='.length));
} else {
  const sizes = process.argv.slice(2).filter((a) => /^\d+x\d+$/.test(a));
  for (const size of sizes.length ? sizes : DEFAULT_SIZES) {
    const child = spawnSync(process.execPath, ['--expose-gc', `--max-old-space-size=${HEAP_CAP_MB}`, __filename, `--size=${size}`], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
    if (child.status !== 0) {
      const oom = /heap out of memory|Allocation failed/.test(child.stderr ?? '');
      console.log(JSON.stringify({ bench: 'scale', size, failed: oom ? `out of memory at a ${HEAP_CAP_MB} MB heap` : (child.stderr ?? '').split('\n').filter(Boolean).slice(-3).join(' | ') }));
    }
  }
}

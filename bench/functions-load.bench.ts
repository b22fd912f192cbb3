// Loads the built functions (functions/lib/index.js) in fresh Node processes, as a cold start does, and reports the
// load's wall time, CPU time and resident memory: what every new instance pays before it serves a request.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { median } from './bench-util';

const RUNS = 5;
const ENTRY = path.resolve('functions', 'lib', 'index.js');

// Runs in the child: time and memory are read right after `require` returns, before anything else is loaded.
const PROBE = `
const started = process.hrtime.bigint();
const cpu = process.cpuUsage();
require(${JSON.stringify(ENTRY)});
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({
  wallMs: Number(process.hrtime.bigint() - started) / 1e6,
  cpuMs: (used.user + used.system) / 1000,
  rssMb: process.memoryUsage().rss / 1048576,
}));
`;

type Sample = { wallMs: number; cpuMs: number; rssMb: number };

function loadOnce(): Sample {
  // The functions' own folder is the working directory, so packages resolve from functions/node_modules as deployed.
  const child = spawnSync(process.execPath, ['-e', PROBE], { cwd: path.dirname(path.dirname(ENTRY)), encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`Loading ${ENTRY} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Sample;
}

const samples = Array.from({ length: RUNS }, loadOnce);
console.log(
  JSON.stringify({
    bench: 'functions-load',
    node: process.version,
    runs: RUNS,
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    rssMb: median(samples.map((s) => s.rssMb)),
  }),
);

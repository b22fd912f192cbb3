// Benchmark: the local workbench. startMs is `npm start` (after install) until the page answers; suggestRoundTripMs is
// a click on a consumer in the Match view until the ranked mentors are on screen, in Chromium, on the demo workbook.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, openWorkbench, startBench } from '../test/browser/harness';
import { ROOT } from '../test/helpers/paths';
import { median } from './bench-util';

async function measureStart(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bench-start-'));
  const started = Date.now();
  const child = spawn('npm', ['start', '--', path.join(dir, 'demo.xlsx'), '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  try {
    let out = '';
    child.stdout!.on('data', (chunk) => (out += chunk));
    for (;;) {
      const url = /Open (http:\/\/localhost:\d+) /.exec(out)?.[1];
      if (url && (await fetch(url.replace('localhost', '127.0.0.1'))).ok) return Date.now() - started;
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      if (Date.now() - started > 60000) throw new Error('npm start did not answer within a minute');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    // npm runs the workbench as a child: stop the whole group, as Ctrl-C in a terminal does.
    try {
      process.kill(-child.pid!, 'SIGINT');
    } catch {
      // already gone
    }
    await new Promise((resolve) => child.once('exit', resolve).once('error', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measureSuggest(runs: number): Promise<number[]> {
  const [browser, bench] = await Promise.all([launchBrowser(), startBench()]);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const sidebar = await openWorkbench(page, bench);
    await sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Match', exact: true }).click();
    const search = sidebar.getByRole('searchbox', { name: 'Find a consumer by name or ID' });
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      await search.fill(`C-${String(i + 1).padStart(4, '0')}`);
      await search.press('Enter');
      const choice = sidebar.locator('#consumer-results button').first();
      await choice.waitFor();
      // Timed inside the page: from the click to the moment the mentors' heading is in the document.
      await sidebar.evaluate(() => {
        const w = window as unknown as { t0: number; t1: number };
        w.t0 = 0;
        w.t1 = 0;
        document.addEventListener('click', () => (w.t0 = performance.now()), { capture: true, once: true });
        const target = document.getElementById('suggestions')!;
        target.replaceChildren();
        new MutationObserver((_changes, observer) => {
          if (target.querySelector('h3')) {
            w.t1 = performance.now();
            observer.disconnect();
          }
        }).observe(target, { childList: true, subtree: true });
      });
      await choice.click();
      const elapsed = await sidebar.waitForFunction(() => {
        const w = window as unknown as { t0: number; t1: number };
        return w.t1 > 0 ? w.t1 - w.t0 : 0;
      });
      if (i > 0) times.push(Number(await elapsed.jsonValue())); // the first run warms up
    }
    return times;
  } finally {
    await browser.close();
    await bench.stop();
  }
}

async function main(): Promise<void> {
  const startMs = await measureStart();
  const suggest = await measureSuggest(7);
  console.log(JSON.stringify({ bench: 'workbench', startMs, suggestRoundTripMs: median(suggest), suggestRuns: suggest.length, suggestMaxMs: Math.round(Math.max(...suggest)) }));
}

main().catch((error: Error) => {
  console.error(`workbench bench failed: ${error.message}`);
  process.exit(1);
});

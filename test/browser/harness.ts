// Browser-test harness: one Debian Chromium per suite (installed by scripts/ensure-chromium.js when missing), the
// workbench started in-process on a free loopback port over a fresh demo workbook, and helpers that read the grid,
// the sidebar and the saved .xlsx.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, chromium, Frame, Page } from 'playwright-core';
import { APPLICATION_HEADERS } from '../../src/domain/intake/application-row';
import type { RpcOutcome } from '../../src/shared/rpc-contract';
import { loadXlsx, StoredValue } from '../../src/workbench/gas';
import { displayValue } from '../../src/workbench/grid-view';
import { startWorkbench, Workbench } from '../../src/workbench/workbench';
import { ROOT } from '../helpers/paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensure } = require('../../scripts/ensure-chromium.js') as { ensure(): string };

/** The demo's "today": fixed so training due dates, waiting times and the fiscal year are the same on every run. */
export const AS_OF = '2026-03-02';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = ensure();
  // Playwright gives every launch a fresh temporary --user-data-dir and removes it on close.
  return chromium.launch({ executablePath, headless: true, args: ['--headless', ...FLAGS] });
}

export interface Bench {
  workbench: Workbench;
  dir: string;
  url: string;
  stop(): Promise<void>;
}

/** A workbench over a new demo workbook in its own temporary folder, or over the workbook `prepare` writes there. */
export async function startBench(prepare?: { write(file: string): Promise<void>; asOf: string }): Promise<Bench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-browser-'));
  const file = path.join(dir, prepare ? 'workbook.xlsx' : 'demo.xlsx');
  await prepare?.write(file);
  const workbench = await startWorkbench({ file, port: 0, root: ROOT, asOf: prepare?.asOf ?? AS_OF, withoutFunctions: true });
  return {
    workbench,
    dir,
    url: `http://127.0.0.1:${workbench.port}`,
    async stop() {
      await workbench.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a sidebar server function answers now, called as the sidebar calls it; a coded error fails with its sentence. */
export async function callServer<T>(bench: Bench, name: string, ...args: unknown[]): Promise<T> {
  const outcome = await bench.workbench.session.call(name, args);
  if (!outcome.ok) throw new Error(outcome.message);
  const rpc = outcome.value as RpcOutcome<T>;
  if (!rpc.ok) throw new Error(rpc.error.message);
  return rpc.value;
}

/** Opens the workbench page and waits until the grid and the sidebar have loaded. */
export async function openWorkbench(page: Page, bench: Bench): Promise<Frame> {
  await page.goto(bench.url);
  await page.locator('#grid tbody tr').first().waitFor();
  const frame = sidebarFrame(page);
  await frame.waitForLoadState('load');
  await frame.locator('main').waitFor();
  return frame;
}

export function sidebarFrame(page: Page): Frame {
  const frame = page.frames().find((f) => /\/sidebar(\/\d+)?$/.test(f.url()));
  if (!frame) throw new Error('The sidebar frame is not on the page.');
  return frame;
}

/** Shows a tab in the grid and returns its cells as text, row by row (the header row first). */
export async function gridRows(page: Page, tab: string): Promise<string[][]> {
  const button = page.getByRole('tab', { name: tab, exact: true });
  if ((await button.getAttribute('aria-selected')) !== 'true') {
    await button.click();
    await page.waitForFunction((name) => document.getElementById('grid')?.dataset.tab === name, tab);
  }
  return page.locator('#grid tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

/** Waits until the grid has redrawn after the workbook changed `times` more times than `since`. */
export async function waitForGridVersion(page: Page, since: number): Promise<number> {
  await page.waitForFunction((v) => Number(document.getElementById('grid')?.dataset.version) > v, since);
  return Number(await page.locator('#grid').getAttribute('data-version'));
}

/** The saved workbook, read back from disk after every pending save, as display text by tab. */
export async function savedTabs(bench: Bench): Promise<Map<string, string[][]>> {
  await bench.workbench.session.flush();
  const { spreadsheet } = await loadXlsx(bench.workbench.file);
  return new Map(spreadsheet.sheets.map((sheet) => [sheet.name, sheet.values().map((row) => row.map((v: StoredValue) => displayValue(v, spreadsheet.timeZone)))]));
}

/** The ISO date of a training session as the Training view labels it ("5 Feb 2026: Peer Mentor Group" → 2026-02-05). */
export function sessionDay(label: string): string {
  const day = new Date(`${label.split(':')[0]} UTC`);
  if (Number.isNaN(day.getTime())) throw new Error(`No date at the start of "${label}".`);
  return day.toISOString().slice(0, 10);
}

/** Rows of a table (header row first) as records keyed by header. */
export function records(rows: string[][]): Record<string, string>[] {
  const [header = [], ...body] = rows;
  return body.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** Writes a submission onto the Applications tab as the intake function lays it out (its columns, by header). */
export function landApplication(bench: Bench, answers: Record<string, string>): void {
  const sheet = bench.workbench.session.runtime.spreadsheet.api.getSheetByName('Applications');
  const header = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).filter(Boolean);
  const missing = APPLICATION_HEADERS.filter((h) => !header.includes(h));
  if (missing.length) sheet.getRange(1, header.length + 1, 1, missing.length).setValues([missing]);
  const all = [...header, ...missing];
  sheet.getRange(sheet.getLastRow() + 1, 1, 1, all.length).setValues([all.map((h) => (answers[h] === undefined ? '' : `'${answers[h]}`))]);
}

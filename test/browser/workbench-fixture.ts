// This file gives a browser suite its workbench: one Chromium, the workbench over a fresh workbook, the page at its
// usual size with the sidebar loaded, and Setup saved through the sidebar when the suite asks; all closed afterwards.
import type { Browser, Frame, Page } from 'playwright-core';
import type { Startup } from '../../src/shared/rpc-contract';
import { Bench, callServer, launchBrowser, openWorkbench, sidebarFrame, startBench } from './harness';

export interface Opened {
  browser: Browser;
  bench: Bench;
  page: Page;
  sidebar: Frame;
}

export interface WorkbenchOptions {
  /** The workbook to open instead of a fresh demo one (see startBench). */
  workbook?: Parameters<typeof startBench>[0];
  /** Save Setup as proposed before the suite's tests run. */
  setUp?: boolean;
  /** How long a page action may wait, in milliseconds. */
  timeout?: number;
}

/**
 * Registers the suite's beforeAll and afterAll; `opened` receives the browser, the workbench and the page once they
 * are ready (the suite keeps them in its own variables). The answer's `setUp` saves Setup unless it already is, for
 * a test that needs it whichever tests ran before it.
 */
export function useWorkbench(options: WorkbenchOptions, opened: (workbench: Opened) => void): { setUp(): Promise<void> } {
  let browser: Browser | undefined;
  let bench: Bench | undefined;
  let page: Page | undefined;

  const setUp = async () => {
    if ((await callServer<Startup>(bench!, 'getStartup')).setupDone) return;
    const sidebar = sidebarFrame(page!);
    await sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Setup', exact: true }).click();
    await sidebar.getByRole('button', { name: 'Save setup' }).click();
    await sidebar.getByRole('heading', { name: 'Setup saved' }).waitFor();
  };

  beforeAll(async () => {
    [browser, bench] = await Promise.all([launchBrowser(), startBench(options.workbook)]);
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.setDefaultTimeout(options.timeout ?? 10000);
    const sidebar = await openWorkbench(page, bench);
    if (options.setUp) await setUp();
    opened({ browser, bench, page, sidebar });
  });

  afterAll(async () => {
    await browser?.close();
    await bench?.stop();
  });

  return { setUp };
}

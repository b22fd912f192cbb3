// Screenshots of the workbench for the README's coordinator guide. They are written only when asked
// (`npm run screenshots` sets UPDATE_SCREENSHOTS=1), so an ordinary test run never changes the repository.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/paths';

export const SCREENSHOT_DIR = path.join(ROOT, 'docs', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // The live region and the caret blink are not part of the picture.
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

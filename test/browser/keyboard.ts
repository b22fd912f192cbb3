// Keyboard-only driving for browser tests: Tab or Shift-Tab to a control (never a click), checking at every stop that
// the focused control shows a visible focus indicator, then Enter or Space.
import type { Frame, Locator, Page } from 'playwright-core';

/** What has focus in the frame, described for failure messages. */
export function describeFocus(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a ? `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''} "${(a.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
  });
}

/**
 * The focused control draws an outline of at least 2 px (the sidebar's :focus-visible rule), or a box shadow. When
 * focus is inside a frame (the page's active element is then the iframe itself), the control that has focus in
 * that frame is the one checked: that is where the ring is drawn.
 */
export async function expectVisibleFocus(frame: Frame): Promise<void> {
  const style = await frame.evaluate(() => {
    let a = document.activeElement;
    while (a instanceof HTMLIFrameElement && a.contentDocument?.activeElement) a = a.contentDocument.activeElement;
    if (!a || a === a.ownerDocument.body) return null;
    const s = a.ownerDocument.defaultView!.getComputedStyle(a);
    const text = `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''} "${(a.textContent ?? '').trim().slice(0, 40)}"`;
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow, text };
  });
  if (style && !((style.outline !== 'none' && style.width >= 2) || style.shadow !== 'none')) {
    throw new Error(`No visible focus on ${style.text} (outline ${style.outline} ${style.width}px).`);
  }
}

export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((node) => node === document.activeElement);
}

/** Presses Tab (or Shift-Tab when the control is above the focus) until `target` has focus. */
export async function tabTo(page: Page, frame: Frame, target: Locator, limit = 400): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return;
    const backwards = await target.evaluate((node) => {
      const active = document.activeElement;
      if (!active || active === document.body) return false;
      return Boolean(active.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING);
    });
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await frame.evaluate(() => document.hasFocus())) await expectVisibleFocus(frame);
  }
  throw new Error(`Could not reach the control by keyboard; focus is on ${await describeFocus(frame)}.`);
}

export async function pressOn(page: Page, frame: Frame, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, frame, target);
  await page.keyboard.press(key);
}

/** The id (or tag) of the focused element: where the sidebar moved focus after a result or an error. */
export function focusedId(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase() || '');
}

/**
 * Back into the sidebar as a keyboard user would from the grid's tabs (where reading the grid leaves focus):
 * Shift-Tab up to the page's skip link, then Enter, which puts focus on the sidebar's main region.
 */
export async function enterSidebar(page: Page, frame: Frame, limit = 10): Promise<void> {
  // Reading a grid tab that is already shown clicks nothing, so focus may never have left the sidebar: then the
  // keyboard user is already there (Shift-Tab would only walk back through the sidebar's own controls).
  if (await frame.evaluate(() => document.hasFocus() && document.activeElement !== document.body)) return;
  const skip = page.locator('#skip-to-sidebar');
  for (let i = 0; i < limit && !(await isFocused(skip)); i++) {
    await page.keyboard.press('Shift+Tab');
    await expectVisibleFocus(page.mainFrame());
  }
  if (!(await isFocused(skip))) throw new Error('Shift-Tab from the grid did not reach the skip link to the sidebar.');
  await page.keyboard.press('Enter');
  await frame.waitForFunction(() => document.hasFocus() && document.activeElement?.id === 'main');
}

import type { Frame, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { Bench, openWorkbench } from './harness';
import { useWorkbench } from './workbench-fixture';
import { focusedId, isFocused, pressOn, tabTo } from './keyboard';
import { screenshot } from './screenshots';

jest.setTimeout(90000);

/**
 * The Today view, introducing a new pair and printing letters, in the real sidebar in Chromium: by keyboard alone,
 * with axe-core on every state, the links checked as the coordinator's browser would open them, and the print styles.
 */
describe('Today, introductions and letters in the workbench', () => {
  let bench: Bench;
  let page: Page;
  let sidebar: Frame;

  const nav = (name: string) => sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  const settled = async () => {
    await sidebar.waitForFunction(() => !/…$/.test(document.getElementById('status')?.textContent ?? ''));
    if (await sidebar.locator('#error').isVisible()) throw new Error(`The sidebar showed an error: ${await sidebar.locator('#error').innerText()}`);
  };
  const expectClean = async (state: string) => expect({ state, violations: await axeViolations(sidebar) }).toEqual({ state, violations: [] });

  useWorkbench({ setUp: true }, (opened) => ({ bench, page, sidebar } = opened));

  it('Today is the first view after setup, says how much needs doing, and passes axe', async () => {
    await page.reload();
    sidebar = await openWorkbench(page, bench);
    await sidebar.getByRole('heading', { name: 'Today' }).waitFor();
    await settled();
    expect(await sidebar.locator('#status').textContent()).toMatch(/^\d+ things need you today\.$/);
    expect(await nav('Today').getAttribute('aria-current')).toBe('page');
    const sections = await sidebar.locator('#view h3').allInnerTexts();
    expect(sections).toEqual(expect.arrayContaining([expect.stringMatching(/^Intro meetings this week \(\d+\)$/), expect.stringMatching(/^Reviews and check-ins due \(\d+\)$/), 'The program']));
    expect(await sidebar.locator('#view ul[aria-labelledby="today-health"] li').allInnerTexts()).toEqual([
      expect.stringMatching(/^\d+ active matches$/), expect.stringMatching(/^\d+ people waiting/), expect.stringMatching(/reviews? on time since|No reviews due since/),
    ]);
    await expectClean('Today: loaded');
    await screenshot(page, 'today');
  });

  it('keyboard only: reminders for my calendar are links to Google Calendar and one .ics file', async () => {
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Add reminders to my calendar' }));
    await sidebar.locator('#status', { hasText: /reminders? ready\.$/ }).waitFor();
    expect(await focusedId(sidebar)).toBe('reminders');
    const links = sidebar.locator('#reminders li a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) expect(href).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&/);
    expect(await links.first().getAttribute('target')).toBe('_blank');
    const file = sidebar.locator('#reminders a[download]');
    expect(await file.getAttribute('download')).toBe('reviews-due.ics');
    const ics = await file.evaluate(async (a) => (await fetch((a as HTMLAnchorElement).href)).text());
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    await expectClean('Today: reminders');
  });

  it('keyboard only: an intro line opens the match, where the intro time and place saved once go into the introduction, drafted as links naming both people', async () => {
    const line = sidebar.locator('ul[aria-labelledby="today-intro"] button').first();
    const text = await line.innerText();
    const [, consumer, mentor] = /^(.+) with (.+): intro /.exec(text)!;
    await pressOn(page, sidebar, line);
    await sidebar.getByRole('heading', { name: /^Match X-\d{4}$/ }).waitFor();
    await settled();
    expect(await focusedId(sidebar)).toBe('view-title');
    // The time and place are typed once, under Intro meeting, and saved on the match's row; the drafts read them there.
    const introduce = sidebar.getByRole('group', { name: 'Introduce them' });
    expect(await introduce.getByRole('textbox').count()).toBe(0);
    await tabTo(page, sidebar, sidebar.getByRole('textbox', { name: 'Intro time', exact: true }));
    await page.keyboard.type('2:30 pm');
    await tabTo(page, sidebar, sidebar.getByRole('textbox', { name: 'Intro place', exact: true }));
    await page.keyboard.type("Rondo Library & Café, Dale's corner");
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Schedule intro' }));
    await sidebar.locator('#status', { hasText: 'Intro meeting scheduled.' }).waitFor();
    await settled();
    expect(await introduce.locator('p').first().innerText()).toMatch(/^The drafts and letters use the intro meeting saved above: \d+ [A-Z][a-z]{2} \d{4}, at 2:30 pm, Rondo Library & Café, Dale's corner\.$/);
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Prepare the email and calendar event' }));
    await sidebar.locator('#status', { hasText: /^Drafted\./ }).waitFor();
    expect(await focusedId(sidebar)).toBe('introduce-links');
    const gmail = sidebar.getByRole('link', { name: `Email ${consumer} and ${mentor} (opens Gmail)` });
    const url = new URL((await gmail.getAttribute('href'))!);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
    const body = url.searchParams.get('body')!;
    expect(body).toContain(`Hi ${consumer!.split(' ')[0]} and ${mentor!.split(' ')[0]},`);
    expect(body).toContain("Place: Rondo Library & Café, Dale's corner");
    expect(body).toContain('Time: 2:30 pm');
    expect(await gmail.getAttribute('target')).toBe('_blank');
    const calendar = new URL((await sidebar.getByRole('link', { name: 'Add the intro meeting to my calendar' }).getAttribute('href'))!);
    expect(calendar.searchParams.get('location')).toBe("Rondo Library & Café, Dale's corner");
    expect(calendar.searchParams.get('dates')).toMatch(/^\d{8}T143000\/\d{8}T153000$/);
    expect(await sidebar.getByRole('link', { name: 'Email them from another mail program' }).getAttribute('href')).toMatch(/^mailto:/);
    await expectClean('Match: introduction drafted');
    await sidebar.locator('#introduce').evaluate((node) => node.scrollIntoView());
    await screenshot(page, 'introduce');
  });

  it('keyboard only: both intro letters open in a print dialog, in large type when printed, and Escape returns focus', async () => {
    const opener = sidebar.getByRole('button', { name: 'Print both intro letters' });
    await pressOn(page, sidebar, opener);
    const dialog = sidebar.getByRole('dialog', { name: '2 letters to print' });
    await dialog.waitFor();
    expect(await isFocused(dialog.getByRole('button', { name: 'Print' }))).toBe(true);
    expect(await dialog.locator('article.letter h3').allInnerTexts()).toEqual(['Meet your peer mentor', 'Meet the person you will mentor']);
    expect(await dialog.locator('article.letter').first().innerText()).toContain('Place: Rondo Library & Café, Dale\'s corner');
    await expectClean('Letters: print dialog');
    await screenshot(page, 'letters');
    await page.emulateMedia({ media: 'print' });
    const printed = await sidebar.evaluate(() => ({
      main: getComputedStyle(document.getElementById('main')!).display,
      header: getComputedStyle(document.querySelector('header')!).display,
      buttons: getComputedStyle(document.querySelector('#letters .no-print')!).display,
      name: parseFloat(getComputedStyle(document.querySelector('#letters .letter .big')!).fontSize),
      body: parseFloat(getComputedStyle(document.querySelector('#letters .letter p:not(.big)')!).fontSize),
      breakAfter: getComputedStyle(document.querySelector('#letters .letter')!).breakAfter,
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(printed).toEqual({ main: 'none', header: 'none', buttons: 'none', name: expect.any(Number), body: expect.any(Number), breakAfter: 'page' });
    expect(printed.name).toBeGreaterThanOrEqual(32); // 26 pt
    expect(printed.body).toBeGreaterThanOrEqual(21); // 16 pt
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(opener)).toBe(true);
  });

  it("keyboard only: the match page tells the match's history and each person's, in order, and passes axe", async () => {
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: "Show this match's history" }));
    await sidebar.locator('#status', { hasText: /^\d+ steps? in The story of match X-\d{4}\.$/ }).waitFor();
    expect(await focusedId(sidebar)).toBe('story-events');
    const steps = await sidebar.locator('#story-events ol.timeline > li > strong').allInnerTexts();
    expect(steps[0]).toMatch(/^\d+ [A-Z][a-z]{2} \d{4}: Proposed \(score \d+\)$/);
    expect(steps).toEqual(expect.arrayContaining([expect.stringMatching(/: Intro meeting$/)]));
    await expectClean('Match: history');
    const person = sidebar.locator('#story button').nth(1);
    const name = (await person.innerText()).replace(/'s history$/, '');
    await pressOn(page, sidebar, person);
    await sidebar.locator('#story-events h4', { hasText: name }).waitFor();
    expect(await sidebar.locator('#story-events ol.timeline > li').count()).toBeGreaterThan(0);
    await expectClean('Match: a person\'s history');
  });
});

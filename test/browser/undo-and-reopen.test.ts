import type { Frame, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { Bench, gridRows, records, savedTabs, waitForGridVersion } from './harness';
import { useWorkbench } from './workbench-fixture';
import { enterSidebar, focusedId, isFocused, pressOn, tabTo } from './keyboard';

jest.setTimeout(90000);

/**
 * Asking first and undoing, by keyboard alone in the 300 px sidebar: closing early needs a reason and a confirmation,
 * a closed match reopens with a reason, every change offers Undo beside its outcome (where focus stays), and each
 * step is checked in the grid and the saved workbook; axe finds nothing in any state.
 */
describe('ask first, reopen and undo in the workbench', () => {
  let bench: Bench;
  let page: Page;
  let sidebar: Frame;
  let matchId: string;

  const nav = (name: string) => sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  /** Opens the first or last proposed match from the Matches list by keyboard; answers its ID. */
  const openProposed = async (which: 'first' | 'last') => {
    await pressOn(page, sidebar, nav('Matches'));
    await pressOn(page, sidebar, sidebar.getByRole('list', { name: /^Proposed \(\d+\)$/ }).getByRole('button')[which]());
    await sidebar.waitForFunction(() => /^Match [A-Z]+-\d+$/.test(document.getElementById('view-title')?.textContent ?? ''));
    return (await sidebar.locator('#view-title').innerText()).replace('Match ', '');
  };
  const expectClean = async (state: string) => expect({ state, violations: await axeViolations(sidebar) }).toEqual({ state, violations: [] });
  const noError = async () => {
    if (await sidebar.locator('#error').isVisible()) throw new Error(`The sidebar showed an error: ${await sidebar.locator('#error').innerText()}`);
  };
  /** Presses a control that writes, then waits until the grid has redrawn and the sidebar has settled. */
  const writes = async (press: () => Promise<void>) => {
    const version = Number(await page.locator('#grid').getAttribute('data-version'));
    await press();
    await waitForGridVersion(page, version);
    await sidebar.waitForFunction(() => !/…$/.test(document.getElementById('status')?.textContent ?? ''));
    await noError();
  };
  const matchRow = async () => records(await gridRows(page, 'Matches')).find((m) => m['Match ID'] === matchId)!;
  const savedRow = async () => records((await savedTabs(bench)).get('Matches') ?? []).find((m) => m['Match ID'] === matchId)!;

  useWorkbench({ setUp: true, timeout: 15000 }, (opened) => ({ bench, page, sidebar } = opened));

  it('the sidebar is 300 px wide, as in Google Sheets', async () => {
    expect(await page.locator('iframe#sidebar').evaluate((node) => node.getBoundingClientRect().width)).toBe(300);
  });

  it('keyboard only: closing early without a reason is refused; with one it asks first, and focus stays by the outcome', async () => {
    await pressOn(page, sidebar, nav('Matches'));
    await pressOn(page, sidebar, sidebar.getByRole('list', { name: /^Active \(\d+\)$/ }).getByRole('button').first());
    await sidebar.waitForFunction(() => /^Match [A-Z]+-\d+$/.test(document.getElementById('view-title')?.textContent ?? ''));
    matchId = (await sidebar.locator('#view-title').innerText()).replace('Match ', '');
    const close = sidebar.getByRole('group', { name: 'Close early' });
    await pressOn(page, sidebar, close.getByRole('button', { name: 'Close early' }));
    await sidebar.locator('#error:not([hidden])').waitFor();
    expect(await focusedId(sidebar)).toBe('error');
    expect(await sidebar.locator('#error').innerText()).toMatch(/reason/i);
    expect((await matchRow()).Status).toMatch(/active/i);
    await enterSidebar(page, sidebar);

    await tabTo(page, sidebar, close.getByLabel('Why it is closing early'));
    await page.keyboard.type('Moved out of state');
    await pressOn(page, sidebar, close.getByRole('button', { name: 'Close early' }));
    const yes = sidebar.getByRole('button', { name: `Yes, close match ${matchId}` });
    expect(await isFocused(yes)).toBe(true);
    expect(await close.innerText()).toContain('Close this match early because "Moved out of state"?');
    await expectClean('Match detail: asking before closing early');
    // "Keep it open" takes the question back without writing anything.
    await pressOn(page, sidebar, close.getByRole('button', { name: 'Keep it open' }));
    expect(await yes.count()).toBe(0);
    await pressOn(page, sidebar, close.getByRole('button', { name: 'Close early' }));
    await writes(() => page.keyboard.press('Enter'));
    expect(await sidebar.locator('#outcome p').innerText()).toBe('Match closed.');
    // The close controls are gone with the change; focus is on the outcome at the top of the actions, not the heading.
    expect(await focusedId(sidebar)).toBe('outcome');
    expect(await sidebar.locator('#match-actions #outcome').count()).toBe(1);
    expect(await sidebar.locator('#outcome').getByRole('button').innerText()).toBe(`Undo closing match ${matchId} early`);
    await expectClean('Match detail: closed, with Undo');
    expect(await matchRow()).toMatchObject({ Status: expect.stringMatching(/closed/i) });
    expect((await savedRow()).Status).toMatch(/closed/i);
    await enterSidebar(page, sidebar);
  });

  it('keyboard only: a closed match reopens with a reason; Undo puts it back as it was, in the grid and the file', async () => {
    const reopen = sidebar.getByRole('group', { name: 'Reopen this match' });
    await tabTo(page, sidebar, reopen.getByLabel('Why it is reopening'));
    await page.keyboard.type('Came back to town');
    await writes(() => pressOn(page, sidebar, reopen.getByRole('button', { name: 'Reopen the match' })));
    expect(await sidebar.locator('#outcome p').innerText()).toBe('Match reopened.');
    expect(await focusedId(sidebar)).toBe('outcome');
    expect(await sidebar.locator('dt:text-is("Status") + dd').innerText()).toMatch(/active/i);
    const closedRow = { ...(await matchRow()) };
    expect(closedRow.Status).toMatch(/active/i);
    await enterSidebar(page, sidebar);

    const undo = sidebar.getByRole('button', { name: `Undo reopening match ${matchId}` });
    await writes(() => pressOn(page, sidebar, undo));
    await sidebar.locator('#status', { hasText: `Undone: reopening match ${matchId}.` }).waitFor();
    expect(await sidebar.locator('dt:text-is("Status") + dd').innerText()).toMatch(/closed/i);
    await expectClean('Match detail: reopening undone');
    expect((await matchRow()).Status).toMatch(/closed/i);
    expect((await savedRow()).Status).toMatch(/closed/i);
    const audit = records(await gridRows(page, 'Audit'));
    expect(audit.slice(-1)[0]).toMatchObject({ Action: 'undo', Record: matchId, Details: 'undid match.reopen' });
    await enterSidebar(page, sidebar);
  });

  it("keyboard only: the match page shows both people's contacts and what must come first; the intro's time and place are kept", async () => {
    const id = await openProposed('last');
    expect(await sidebar.locator('dt', { hasText: /'s contact$/ }).count()).toBe(2);
    expect(await sidebar.getByRole('list', { name: 'Not possible yet' }).innerText()).toBe('Activate the match: Schedule the introduction first.');
    expect(await sidebar.getByRole('button', { name: 'Activate the match' }).count()).toBe(0);
    await tabTo(page, sidebar, sidebar.getByLabel('Intro meeting date'));
    await page.keyboard.type('03022026');
    await tabTo(page, sidebar, sidebar.getByRole('textbox', { name: 'Intro time', exact: true }));
    await page.keyboard.type('2:30 pm');
    await tabTo(page, sidebar, sidebar.getByRole('textbox', { name: 'Intro place', exact: true }));
    await page.keyboard.type('Rondo Library');
    await writes(() => pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Schedule intro' })));
    // Focus stays by the control just used: the outcome is in the intro section, with its Undo.
    expect(await focusedId(sidebar)).toBe('outcome');
    expect(await sidebar.locator('#section-intro #outcome p').innerText()).toBe('Intro meeting scheduled.');
    expect(await sidebar.locator('dt:text-is("Intro meeting") + dd').innerText()).toBe('2 Mar 2026, at 2:30 pm, Rondo Library');
    expect(await sidebar.getByRole('list', { name: 'Not possible yet' }).innerText()).toBe('Activate the match: Record that the mentor and the consumer want to go on first.');
    await expectClean('Match detail: intro scheduled, what comes first');
    const row = records(await gridRows(page, 'Matches')).find((m) => m['Match ID'] === id)!;
    expect(row).toMatchObject({ 'Intro time': '2:30 pm', 'Intro place': 'Rondo Library' });
    await enterSidebar(page, sidebar);
  });

  it('keyboard only: declining needs a reason chosen first', async () => {
    const proposedId = await openProposed('first');
    await pressOn(page, sidebar, sidebar.getByRole('group', { name: 'The mentor' }).getByRole('button', { name: 'Does not want to go on' }));
    await sidebar.locator('#error:not([hidden])').waitFor();
    expect(await focusedId(sidebar)).toBe('error');
    expect(await sidebar.locator('#error').innerText()).toMatch(/reason/i);
    expect(records(await gridRows(page, 'Matches')).find((m) => m['Match ID'] === proposedId)!.Status).toMatch(/proposed/i);
    await enterSidebar(page, sidebar);
  });
});

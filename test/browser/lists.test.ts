import type { Frame, Page } from 'playwright-core';
import { demoXlsx } from '../../src/cli/commands/demo';
import type { ReviewLog } from '../../src/shared/rpc-contract';
import { axeViolations } from './axe';
import { AS_OF, Bench, callServer, gridRows, records, savedTabs, sessionDay, waitForGridVersion } from './harness';
import { useWorkbench } from './workbench-fixture';
import { enterSidebar, focusedId, isFocused, pressOn, tabTo } from './keyboard';
import { screenshot } from './screenshots';

jest.setTimeout(120000);

/**
 * Long lists in a program's second year: a workbook of 300 matches. Search and filter reach any match in a few
 * keystrokes; lists are grouped by status; after an action the count shown is the server's, never a stale one.
 */
describe('searching and filtering long lists in the workbench', () => {
  let bench: Bench;
  let page: Page;
  let sidebar: Frame;

  const nav = (name: string) => sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  const inGrid = async (tab: string) => records(await gridRows(page, tab));
  const settled = async () => {
    await sidebar.waitForFunction(() => !/…$/.test(document.getElementById('status')?.textContent ?? ''));
    if (await sidebar.locator('#error').isVisible()) throw new Error(`The sidebar showed an error: ${await sidebar.locator('#error').innerText()}`);
  };
  const expectClean = async (state: string) => expect({ state, violations: await axeViolations(sidebar) }).toEqual({ state, violations: [] });
  const server = <T>(name: string, ...args: unknown[]) => callServer<T>(bench, name, ...args);
  /** Presses Tab until `target` has focus and says how many presses that took. */
  const tabsTo = async (target: ReturnType<Frame['locator']>) => {
    for (let presses = 0; presses < 40; presses++) {
      if (await isFocused(target)) return presses;
      await page.keyboard.press('Tab');
    }
    throw new Error('Not reached in 40 Tabs.');
  };

  useWorkbench({ workbook: { asOf: AS_OF, write: (file) => demoXlsx(AS_OF, { mentors: 45, consumers: 400, matches: 300 }).save(file) }, setUp: true, timeout: 15000 }, (opened) => ({ bench, page, sidebar } = opened));

  it('the workbook holds 300 matches', async () => {
    expect((await inGrid('Matches')).length).toBe(300);
  });

  it('keyboard only: a match among 300 is found by a name typed in the search box and opened in two or three Tabs', async () => {
    const open = (await inGrid('Matches')).filter((m) => /proposed|intro|active/i.test(m.Status ?? ''));
    const consumers = new Map((await inGrid('Consumers')).map((c) => [c['Consumer ID'], c.Name]));
    const wanted = open[open.length - 7]!;
    const name = consumers.get(wanted['Consumer ID'])!;
    await enterSidebar(page, sidebar);
    await pressOn(page, sidebar, nav('Matches'));
    await settled();
    expect(await sidebar.locator('#status').textContent()).toBe(`${open.length} open matches.`);
    expect(await sidebar.locator('#open-matches-count').textContent()).toBe(`Showing all ${open.length} open matches.`);
    // Grouped by status, in the order a match goes through them, each with its count from the sheet.
    const count = (pattern: RegExp) => open.filter((m) => pattern.test(m.Status ?? '')).length;
    expect(await sidebar.locator('#open-matches h3').allInnerTexts()).toEqual([
      `Proposed (${count(/proposed/i)})`, `Intro scheduled (${count(/intro/i)})`, `Active (${count(/active/i)})`,
    ]);
    await expectClean('Matches: 300 in the workbook');

    const search = sidebar.getByRole('searchbox', { name: 'Search open matches by name or ID' });
    await tabTo(page, sidebar, search);
    await page.keyboard.type(name);
    // Every match shown has each word typed; the one wanted is among the first few.
    const shown = await sidebar.locator('#open-matches ul.choices button').allInnerTexts();
    for (const text of shown) for (const word of name.toLowerCase().split(' ')) expect(text.toLowerCase()).toContain(word);
    const at = shown.findIndex((text) => text.startsWith(`${wanted['Match ID']}: ${name} (${wanted['Consumer ID']}) with `));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThanOrEqual(1);
    expect(await sidebar.locator('#open-matches-count').textContent()).toBe(`Showing ${shown.length} of ${open.length} open matches.`);
    const target = sidebar.getByRole('button', { name: new RegExp(`^${wanted['Match ID']}:`) });
    // From the search box: the status filter, then the results.
    expect(await tabsTo(target)).toBe(2 + at);
    await page.keyboard.press('Enter');
    await sidebar.waitForFunction((id) => document.getElementById('view-title')?.textContent === `Match ${id}`, wanted['Match ID']);
    await settled();
    expect(await focusedId(sidebar)).toBe('view-title');
  });

  it('keyboard only: an ID typed without its dash and zeros, then a status chosen with the arrow keys, narrow the list', async () => {
    const open = (await inGrid('Matches')).filter((m) => /proposed|intro|active/i.test(m.Status ?? ''));
    await enterSidebar(page, sidebar);
    await pressOn(page, sidebar, nav('Matches'));
    await settled();
    const search = sidebar.getByRole('searchbox', { name: 'Search open matches by name or ID' });
    const wanted = open[3]!;
    await tabTo(page, sidebar, search);
    await page.keyboard.type(wanted['Match ID']!.replace(/-0*/, ''));
    expect(await sidebar.locator('#open-matches ul.choices button').allInnerTexts()).toEqual([expect.stringMatching(new RegExp(`^${wanted['Match ID']}:`))]);
    // Cleared, then only the intro-scheduled ones: Tab to the status filter, arrows down to it.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const status = sidebar.getByRole('combobox', { name: 'Status', exact: true });
    expect(await tabsTo(status)).toBe(1);
    const labels = await status.locator('option').allInnerTexts();
    const intro = labels.findIndex((l) => l.startsWith('Intro scheduled'));
    for (let i = 0; i < intro; i++) await page.keyboard.press('ArrowDown');
    const introRows = open.filter((m) => /intro/i.test(m.Status ?? ''));
    expect(labels[intro]).toBe(`Intro scheduled (${introRows.length})`);
    expect(await sidebar.locator('#open-matches h3').allInnerTexts()).toEqual([`Intro scheduled (${introRows.length})`]);
    const ids = (await sidebar.locator('#open-matches ul.choices button').allInnerTexts()).map((t) => t.split(':')[0]);
    expect(ids).toEqual(introRows.map((m) => m['Match ID']));
    await expectClean('Matches: filtered by status');
  });

  it('keyboard only: reviews are grouped overdue, due today, coming up; the due window keeps only those due within it', async () => {
    await pressOn(page, sidebar, nav('Reviews'));
    await settled();
    const log = await server<ReviewLog>('getReviewLog');
    expect(log.due.length).toBeGreaterThan(20);
    const headings = await sidebar.locator('#reviews-due h3').allInnerTexts();
    const groups = [['Overdue', log.due.filter((d) => d.state === 'overdue').length], ['Due today', log.due.filter((d) => d.state === 'due').length], ['Coming up', log.due.filter((d) => d.state === 'upcoming').length]] as const;
    expect(headings).toEqual(groups.filter(([, n]) => n > 0).map(([g, n]) => `${g} (${n})`));
    const due = sidebar.getByRole('combobox', { name: 'Due', exact: true });
    await tabTo(page, sidebar, due);
    const labels = await due.locator('option').allInnerTexts();
    for (let i = 0; i < labels.indexOf('Due within 7 days'); i++) await page.keyboard.press('ArrowDown');
    const within = log.due.filter((d) => d.dueInDays <= 7);
    expect(await sidebar.locator('#reviews-due-count').textContent()).toBe(`Showing ${within.length} of ${log.due.length} reviews and check-ins.`);
    expect(await sidebar.locator('#reviews-due ul.choices button').count()).toBe(within.length);
    await expectClean('Reviews: due within 7 days');
  });

  it('after logging a review, the list is reloaded: the count shown is the server’s, and the one logged is gone', async () => {
    await pressOn(page, sidebar, nav('Reviews'));
    await settled();
    const before = await server<ReviewLog>('getReviewLog');
    const first = before.due[0]!;
    const item = sidebar.locator('#reviews-due ul.choices button').first();
    expect(await item.innerText()).toContain(`${first.consumerName} (${first.consumerId}) with ${first.mentorName} (${first.mentorId})`);
    await pressOn(page, sidebar, item);
    await sidebar.locator('#review-form h3').waitFor();
    await settled();
    const version = Number(await page.locator('#grid').getAttribute('data-version'));
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Save', exact: true }));
    await waitForGridVersion(page, version);
    await sidebar.locator('#review-form p.ok').waitFor();
    await settled();
    const after = await server<ReviewLog>('getReviewLog');
    const stillDue = after.due.filter((d) => d.matchId === first.matchId && d.kind === first.kind && d.dueOn === first.dueOn);
    expect(stillDue).toEqual([]);
    expect(await sidebar.locator('#status').textContent()).toMatch(new RegExp(`^Review saved\\. ${after.due.length} reviews or check-ins due or coming up\\.$`));
    expect(await sidebar.locator('#reviews-due-count').textContent()).toBe(`Showing all ${after.due.length} reviews and check-ins.`);
    expect(await sidebar.locator('#reviews-due ul.choices button').count()).toBe(after.due.length);
    expect(await focusedId(sidebar)).toBe('review-form');
    await expectClean('Reviews: after saving');
  });

  it('keyboard only: a training session is added from the sidebar, checked first, written to the Trainings tab, and undone', async () => {
    const before = await inGrid('Trainings');
    await enterSidebar(page, sidebar);
    await pressOn(page, sidebar, nav('Training'));
    await settled();
    const form = sidebar.getByRole('group', { name: 'Add a training session' });
    await expectClean('Training: the form for a new session');
    // Ending before it starts is refused with a sentence that takes focus, and nothing is written.
    const date = form.getByLabel('Date');
    await tabTo(page, sidebar, date);
    await page.keyboard.type('03172026');
    expect(await date.inputValue()).toBe('2026-03-17');
    const start = form.getByLabel('Starts at');
    await tabTo(page, sidebar, start);
    await page.keyboard.type('0700P');
    await tabTo(page, sidebar, form.getByLabel('Ends at'));
    await page.keyboard.type('0530P');
    expect([await start.inputValue(), await form.getByLabel('Ends at').inputValue()]).toEqual(['19:00', '17:30']);
    await pressOn(page, sidebar, form.getByRole('button', { name: 'Add the session' }));
    await sidebar.locator('#error:not([hidden])').waitFor();
    expect(await sidebar.locator('#error').innerText()).toBe('The end time must be after the start time.');
    expect(await focusedId(sidebar)).toBe('error');
    await expectClean('Training: a session refused');
    await tabTo(page, sidebar, start);
    await page.keyboard.type('0500P');
    await tabTo(page, sidebar, form.getByLabel('Ends at'));
    await page.keyboard.type('0700P');
    await tabTo(page, sidebar, form.getByLabel('Place'));
    await page.keyboard.type('Rondo Library, 461 Dale St N');
    await tabTo(page, sidebar, form.getByLabel('Topic'));
    await page.keyboard.type('Peer Mentor Group: benefits basics');
    const version = Number(await page.locator('#grid').getAttribute('data-version'));
    await pressOn(page, sidebar, form.getByRole('button', { name: 'Add the session' }));
    await waitForGridVersion(page, version);
    await settled();
    const after = await inGrid('Trainings');
    // One row: the refused one wrote nothing.
    expect(after.length).toBe(before.length + 1);
    expect(after.slice(0, -1)).toEqual(before);
    const added = after[after.length - 1]!;
    expect(added).toMatchObject({ Type: expect.stringMatching(/ongoing/i), Date: '2026-03-17', Start: '5:00 pm', End: '7:00 pm', Location: 'Rondo Library, 461 Dale St N', Topic: 'Peer Mentor Group: benefits basics' });
    expect(await sidebar.locator('#status').textContent()).toMatch(new RegExp(`^Session ${added['Session ID']} added on 17 Mar 2026 at 5:00 pm\\. \\d+ mentors? needs? training\\.$`));
    expect(await sidebar.locator('h3:has-text("Upcoming sessions") + ul').innerText()).toContain('17 Mar 2026 at 5:00 pm: Peer Mentor Group: benefits basics, Rondo Library, 461 Dale St N');
    // A session still to come takes no attendance: it is not among the sessions to record.
    const recordable = await sidebar.locator('h3:has-text("Record attendance") + ul button').allInnerTexts();
    expect(recordable.length).toBeGreaterThan(0);
    expect(recordable.filter((label) => sessionDay(label) > '2026-03-02')).toEqual([]);
    await expectClean('Training: a session added');
    await screenshot(page, 'training-session-added');

    // Undo sits beside the outcome, one Tab after the view's heading; it empties the row it added, in the grid and the file.
    const sessionId = added['Session ID']!;
    expect(await focusedId(sidebar)).toBe('view-title');
    await page.keyboard.press('Tab');
    const undo = sidebar.locator('#outcome').getByRole('button', { name: `Undo adding training session ${sessionId}` });
    expect(await isFocused(undo)).toBe(true);
    const beforeUndo = Number(await page.locator('#grid').getAttribute('data-version'));
    await page.keyboard.press('Enter');
    await waitForGridVersion(page, beforeUndo);
    await settled();
    expect(await sidebar.locator('#status').textContent()).toMatch(new RegExp(`^Undone: adding training session ${sessionId}\\. \\d+ mentors? needs? training\\.$`));
    const filled = (rows: Record<string, string>[]) => rows.filter((r) => Object.values(r).some((v) => v !== ''));
    expect(filled(await inGrid('Trainings'))).toEqual(filled(before));
    expect(filled(records((await savedTabs(bench)).get('Trainings') ?? [])).map((r) => r['Session ID'])).not.toContain(sessionId);
    expect(await sidebar.locator('h3:has-text("Upcoming sessions") + *').innerText()).not.toContain('benefits basics');
    expect(await sidebar.locator('#outcome button').count()).toBe(0);
    await expectClean('Training: the added session undone');
  });

  it('keyboard only: attendance for a past session, a mentor found by typing part of the name and ticked with Space', async () => {
    await pressOn(page, sidebar, nav('Training'));
    await settled();
    await pressOn(page, sidebar, sidebar.locator('h3:has-text("Record attendance") + ul button').last());
    await sidebar.getByRole('group', { name: /^Who came on/ }).waitFor();
    await settled();
    const names = await sidebar.locator('#attendance label').allInnerTexts();
    // Sorted by name within each group, as on paper.
    const groups = await sidebar.locator('#attendance-list ul').evaluateAll((lists) => lists.map((l) => [...l.querySelectorAll('label')].map((x) => x.textContent ?? '')));
    for (const group of groups) expect(group).toEqual([...group].sort((a, b) => a.localeCompare(b)));
    const unticked = (await sidebar.locator('#attendance li', { has: sidebar.locator('input:not(:checked)') }).allInnerTexts())[0]!;
    expect(names).toContain(unticked);
    const search = sidebar.getByRole('searchbox', { name: 'Search mentors by name or ID' });
    await tabTo(page, sidebar, search);
    await page.keyboard.type(unticked.split(' ')[1]!.slice(0, 5));
    const box = sidebar.getByRole('checkbox', { name: unticked, exact: true });
    expect(await tabsTo(box)).toBeLessThanOrEqual(2 + (await sidebar.locator('#attendance input[type=checkbox]').count()));
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await expectClean('Training: attendance, searched');
    const version = Number(await page.locator('#grid').getAttribute('data-version'));
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Save attendance' }));
    await waitForGridVersion(page, version);
    await settled();
    expect(await sidebar.locator('#status').textContent()).toMatch(/^Attendance saved: 1 added, 0 changed\. \d+ mentors? needs? training\.$/);
    const mentorId = unticked.match(/\((M-\d+)\)$/)![1];
    expect((await inGrid('Attendance')).filter((a) => a['Mentor ID'] === mentorId).length).toBeGreaterThan(0);
  });

  it('keyboard only: Settings keeps the developer settings folded under Advanced, and the trip-limit choice is saved by arrow keys', async () => {
    await pressOn(page, sidebar, nav('Settings'));
    await settled();
    const advanced = sidebar.locator('#advanced-settings');
    expect(await advanced.getAttribute('open')).toBeNull();
    expect(await sidebar.getByLabel('Functions address (proximity and form intake)').isVisible()).toBe(false);
    await expectClean('Settings: Advanced folded');
    await pressOn(page, sidebar, advanced.locator('summary'));
    expect(await advanced.getAttribute('open')).not.toBeNull();
    expect(await advanced.getByLabel('Functions address (proximity and form intake)').isVisible()).toBe(true);
    expect(await advanced.getByLabel('Manager summary spreadsheet ID').isVisible()).toBe(true);
    await expectClean('Settings: Advanced open');
    const trip = sidebar.getByRole('combobox', { name: 'Compare the longest trip with' });
    await tabTo(page, sidebar, trip);
    expect(await trip.inputValue()).toBe('estimate');
    await page.keyboard.press('ArrowDown');
    expect(await trip.inputValue()).toBe('upper-bound');
    const version = Number(await page.locator('#grid').getAttribute('data-version'));
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Save settings' }));
    await waitForGridVersion(page, version);
    await settled();
    expect(await sidebar.locator('#status').textContent()).toBe('Settings saved.');
    // Redrawn with what the server saved: the choice kept, Advanced still open, focus back on Save.
    expect(await sidebar.getByRole('combobox', { name: 'Compare the longest trip with' }).inputValue()).toBe('upper-bound');
    expect(await sidebar.locator('#advanced-settings').getAttribute('open')).not.toBeNull();
    expect(await isFocused(sidebar.getByRole('button', { name: 'Save settings' }))).toBe(true);
    expect((await inGrid('Settings')).find((r) => r.Key === 'tripLimitUses')?.Value).toBe('upper-bound');
    await enterSidebar(page, sidebar);
  });
});

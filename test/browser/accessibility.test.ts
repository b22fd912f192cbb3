import type { Browser, Frame, Locator, Page, Route } from 'playwright-core';
import { axeViolations } from './axe';
import { AS_OF, Bench, callServer, gridRows, landApplication, records, savedTabs, waitForGridVersion } from './harness';
import { useWorkbench } from './workbench-fixture';
import { enterSidebar, focusedId, isFocused, pressOn, tabTo } from './keyboard';

jest.setTimeout(90000);

const VIEWS = ['Today', 'Setup', 'Match', 'Plan matches', 'Matches', 'Reviews', 'Training', 'Applications', 'Summaries', 'Settings'];

/** What the live region says once each view has opened: what loaded, or nothing for a view that loads nothing. */
const LOADED: Record<string, RegExp> = {
  Today: /^(\d+ things? needs? you today|Nothing needs you today)\.$/, Setup: /^Setup proposal ready\.$/, Match: /^$/, 'Plan matches': /^$/, Matches: /^\d+ open match(es)?\.$/, Reviews: /^\d+ reviews? (or check-ins?)? due or coming up\.$/,
  Training: /^\d+ mentors need training\.$/, Applications: /^\d+ waiting for a decision\.$/, Summaries: /^$/, Settings: /^\d+ settings loaded\.$/,
};

/**
 * Accessibility of the real sidebar in Chromium: axe-core (WCAG 2.x A and AA) on every view and state, the flows by
 * keyboard alone, live-region announcements, and reflow and contrast at 200% zoom in the 300 px sidebar.
 */
describe('accessibility of the sidebar in the workbench', () => {
  let browser: Browser;
  let bench: Bench;
  let page: Page;
  let sidebar: Frame;

  const nav = (name: string) => sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  const status = () => sidebar.locator('#status').innerText();
  /** Waits for the live region to say `text`; an error shown instead fails with its sentence. */
  const announced = async (text: string | RegExp) => {
    await sidebar.locator('#status', { hasText: text }).or(sidebar.locator('#error:not([hidden])')).first().waitFor();
    if (await sidebar.locator('#error').isVisible()) throw new Error(`The sidebar showed an error: ${await sidebar.locator('#error').innerText()}`);
  };
  /**
   * Waits until the live region's text matches `expected` in full, then checks it still does once the sidebar has
   * settled (nothing loading, no error): the last thing a screen reader hears after an action.
   */
  const finallySays = async (expected: RegExp) => {
    await sidebar
      .waitForFunction(([source, flags]) => new RegExp(source!, flags).test(document.getElementById('status')?.textContent ?? ''), [expected.source, expected.flags], { timeout: 5000 })
      .catch(() => undefined);
    await sidebar.waitForFunction(() => !/…$/.test(document.getElementById('status')?.textContent ?? ''));
    if (await sidebar.locator('#error').isVisible()) throw new Error(`The sidebar showed an error: ${await sidebar.locator('#error').innerText()}`);
    expect(await sidebar.locator('#status').textContent()).toMatch(expected);
  };
  /** A tab of the grid and of the saved .xlsx, as records. Reading the grid clicks its tabs, so focus leaves the sidebar. */
  const inGrid = async (tab: string) => records(await gridRows(page, tab));
  const inFile = async (tab: string) => records((await savedTabs(bench)).get(tab) ?? []);
  /** Chooses an option of a focused-by-Tab select with the arrow keys, never a click; fails if it is not there. */
  const arrowTo = async (select: Locator, label: string) => {
    await tabTo(page, sidebar, select);
    const labels = await select.locator('option').allInnerTexts();
    const target = labels.indexOf(label);
    if (target < 0) throw new Error(`No option "${label}" in ${labels.join(', ')}.`);
    const from = await select.evaluate((node) => (node as HTMLSelectElement).selectedIndex);
    for (let i = from; i !== target; i += target > from ? 1 : -1) await page.keyboard.press(target > from ? 'ArrowDown' : 'ArrowUp');
    expect(await select.evaluate((node) => (node as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(label);
  };
  const expectClean = async (state: string) => expect({ state, violations: await axeViolations(sidebar) }).toEqual({ state, violations: [] });
  /** Opens a view and waits until its call has answered (its heading has focus and nothing is loading). */
  const openView = async (name: string) => {
    await nav(name).click();
    await sidebar.waitForFunction(() => document.activeElement?.id === 'view-title' || !document.getElementById('error')?.hidden);
  };

  type Suggestions = { suggestions: { mentorId: string; mentorName: string }[]; notShown: { mentorName: string }[]; excluded: { mentorName: string }[] };
  /** Mentors suggested for a consumer, the top `top` of them, asked of the server as the sidebar asks it. */
  const ask = (id: string, top: number) => callServer<Suggestions>(bench, 'getMatchSuggestions', id, top);
  /** A waiting consumer with more mentors allowed than the 10 shown first, and those first 10. */
  const consumerWithMoreMentors = async () => {
    const waiting = (await inGrid('Consumers')).filter((c) => /waiting/i.test(c.Status ?? '')).map((c) => c['Consumer ID']!);
    for (const consumerId of waiting) {
      const first = await ask(consumerId, 10);
      if (first.notShown.length > 0) return { consumerId, first };
    }
    throw new Error('No waiting consumer has more than 10 mentors allowed.');
  };
  /**
   * A proposed match of the test's own (a consumer with many mentors allowed and their first suggestion, proposed
   * through the server), opened by keyboard from the Matches list: what a test acting on a proposed match starts from.
   */
  const openOwnProposal = async () => {
    const { consumerId, first } = await consumerWithMoreMentors();
    const { id } = await callServer<{ id: string }>(bench, 'proposeMatch', { consumerId, mentorId: first.suggestions[0]!.mentorId });
    await enterSidebar(page, sidebar);
    await pressOn(page, sidebar, nav('Matches'));
    await finallySays(/^\d+ open match(es)?\.$/);
    expect(await focusedId(sidebar)).toBe('view-title');
    await pressOn(page, sidebar, sidebar.getByRole('list', { name: /^Proposed \(\d+\)$/ }).getByRole('button', { name: new RegExp(`^${id}:`) }));
    await sidebar.waitForFunction((match) => document.getElementById('view-title')?.textContent === `Match ${match}`, id);
    await finallySays(new RegExp(`^Showing match ${id}: proposed\\.$`));
    expect(await focusedId(sidebar)).toBe('view-title');
    return id;
  };

  const workbench = useWorkbench({}, (opened) => ({ browser, bench, page, sidebar } = opened));

  it('the workbench page around the sidebar has no violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keyboard only: Setup, reached through the skip link, saved with Enter; focus goes to the result', async () => {
    // Start from the top of the page, as after loading it (the sidebar takes focus when it opens, as in Sheets).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await isFocused(page.locator('#skip-to-sidebar'))).toBe(true);
    await page.keyboard.press('Enter');
    await sidebar.getByRole('heading', { name: 'Setup' }).waitFor();
    await expectClean('Setup: the proposal (before setup)');
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Save setup' }));
    await announced('Setup saved.');
    await finallySays(/^Setup saved\.$/);
    expect(await focusedId(sidebar)).toBe('view-title');
    expect(await sidebar.locator('#view-title').innerText()).toBe('Setup saved');
    await expectClean('Setup: saved');
  });

  it('every view with its results has no violations', async () => {
    await workbench.setUp();
    for (const name of VIEWS) {
      await openView(name);
      await finallySays(LOADED[name]!);
      await expectClean(`${name}: loaded`);
    }
  });

  it('keyboard only: suggest and propose; focus moves to the results, and then to the new match', async () => {
    await workbench.setUp();
    await pressOn(page, sidebar, nav('Match'));
    expect(await focusedId(sidebar)).toBe('view-title');
    await expectClean('Match: empty');
    const search = sidebar.getByRole('searchbox', { name: 'Find a consumer by name or ID' });
    await tabTo(page, sidebar, search);
    await page.keyboard.type('nobody by this name');
    await page.keyboard.press('Enter');
    await announced('0 consumers found.');
    await finallySays(/^0 consumers found\.$/);
    await expectClean('Match: no search results');
    await search.fill('');
    await tabTo(page, sidebar, search);
    await page.keyboard.press('Enter');
    await announced(/consumers? found/);
    await pressOn(page, sidebar, sidebar.locator('#consumer-results button').first());
    await announced(/mentors suggested/);
    await finallySays(/^\d+ mentors suggested\.$/);
    expect(await focusedId(sidebar)).toBe('suggestions');
    await expectClean('Match: suggestions');
    const why = sidebar.locator('#suggestions summary');
    if (await why.count()) {
      await pressOn(page, sidebar, why, 'Enter');
      await expectClean('Match: why not the others, open');
    }
    await pressOn(page, sidebar, sidebar.locator('#suggestions').getByRole('button', { name: /^Propose / }).first(), 'Space');
    await announced(/proposed/);
    await sidebar.waitForFunction(() => /^Match [A-Z]+-\d+/.test(document.getElementById('view-title')?.textContent ?? ''));
    // The outcome is said after the match has loaded, not cut off by "Loading the match…".
    await finallySays(/^Match ([A-Z]+-\d+) proposed\. Showing match \1: .+\.$/);
    // Focus is on the outcome at the top of the new match's actions, with its Undo beside it.
    expect(await focusedId(sidebar)).toBe('outcome');
    expect(await sidebar.locator('#match-actions #outcome').getByRole('button').innerText()).toMatch(/^Undo proposing match [A-Z]+-\d+$/);
    await expectClean('Match detail: proposed');
  });

  it('keyboard only: an error is announced, takes focus, and passes axe; then the match is activated with goals', async () => {
    await workbench.setUp();
    await openOwnProposal();
    // No date given: the add-on refuses with a sentence, and focus moves to it.
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Schedule intro' }));
    await sidebar.locator('#error:not([hidden])').waitFor();
    expect(await focusedId(sidebar)).toBe('error');
    expect(await sidebar.locator('#error').getAttribute('role')).toBe('alert');
    await expectClean('Match detail: error');
    await tabTo(page, sidebar, sidebar.getByLabel('Intro meeting date'));
    await sidebar.getByLabel('Intro meeting date').fill(AS_OF);
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Schedule intro' }));
    await announced('Intro meeting scheduled.');
    await finallySays(/^Intro meeting scheduled\.$/);
    for (const group of ['The mentor', 'The consumer']) {
      await pressOn(page, sidebar, sidebar.getByRole('group', { name: group }).getByRole('button', { name: 'Wants to go on' }));
      await announced(/wants to go on/);
      await finallySays(new RegExp(`^Recorded: the ${group === 'The mentor' ? 'mentor' : 'consumer'} wants to go on\\.$`));
    }
    const form = sidebar.getByRole('group', { name: 'Activate with goals' });
    await pressOn(page, sidebar, form.getByRole('button', { name: 'Activate the match' }));
    await sidebar.locator('#error:not([hidden])').waitFor();
    expect(await focusedId(sidebar)).toBe('error');
    expect(await status()).toBe('');
    await expectClean('Match detail: activation refused');
    const area = form.getByLabel('Goal area');
    await tabTo(page, sidebar, area);
    const first = await area.inputValue();
    expect(first).not.toBe('');
    await page.keyboard.press('ArrowDown');
    expect(await area.inputValue()).not.toBe(first);
    await tabTo(page, sidebar, form.getByLabel('Goal', { exact: true }));
    await page.keyboard.type('Cook three dinners a week');
    await tabTo(page, sidebar, form.getByLabel('Objectives'));
    await page.keyboard.type('Plan meals; shop with a list; cook with my mentor');
    await pressOn(page, sidebar, form.getByRole('button', { name: 'Activate the match' }));
    await announced('Match is active.');
    await finallySays(/^Match is active\.$/);
    expect(await sidebar.locator('#error').isHidden()).toBe(true);
    await expectClean('Match detail: active');
  });

  it('keyboard only: Show more lists the next mentors past the top 10, focus on the first one added; why-not covers every mentor not shown', async () => {
    await workbench.setUp();
    const { consumerId, first } = await consumerWithMoreMentors();
    expect(first!.suggestions).toHaveLength(10);
    const mentorCount = (await inGrid('Mentors')).length;
    await enterSidebar(page, sidebar);
    await pressOn(page, sidebar, nav('Match'));
    await tabTo(page, sidebar, sidebar.getByRole('searchbox', { name: 'Find a consumer by name or ID' }));
    await page.keyboard.type(consumerId);
    await page.keyboard.press('Enter');
    await finallySays(/^1 consumer found\.$/);
    await pressOn(page, sidebar, sidebar.locator('#consumer-results button').first());
    await finallySays(/^10 mentors suggested\.$/);
    const cards = sidebar.locator('#suggestions ol.cards > li');
    const why = sidebar.locator('#suggestions details li');
    expect(await cards.count()).toBe(10);
    // Every mentor on the Mentors tab is either suggested or in "why not", once.
    expect((await cards.count()) + (await why.count())).toBe(mentorCount);
    const more = Math.min(10, first!.notShown.length);
    const showMore = sidebar.getByRole('button', { name: `Show ${more} more (${first!.notShown.length} not shown)` });
    await pressOn(page, sidebar, showMore);
    await finallySays(new RegExp(`^${10 + more} mentors suggested\\.$`));
    expect(await cards.count()).toBe(10 + more);
    const added = (await cards.locator('h4').allInnerTexts()).slice(10).map((h) => h.split(' · ')[0]);
    expect(added).toEqual(first!.notShown.slice(0, more).map((n) => n.mentorName));
    expect(await cards.nth(10).evaluate((node) => node === document.activeElement)).toBe(true);
    expect((await cards.count()) + (await why.count())).toBe(mentorCount);
    const after = await ask(consumerId, 10 + more);
    expect(await sidebar.locator('#suggestions details summary').innerText()).toBe(`Why not the others (${after.notShown.length + after.excluded.length})`);
    await expectClean('Match: after Show more');
  });

  it('keyboard only: decline with a no-fault reason chosen by arrow keys, then re-suggest; the pair stays apart', async () => {
    await workbench.setUp();
    const matchId = await openOwnProposal();
    const fact = async (term: string) => (await sidebar.locator(`dt:text-is("${term}") + dd`).innerText()).match(/^(.+) \(([^)]+)\)$/)!.slice(1);
    const [mentorName] = await fact('Mentor');
    const [, consumerId] = await fact('Consumer');
    const consumerSide = sidebar.getByRole('group', { name: 'The consumer' });
    await arrowTo(consumerSide.getByRole('combobox', { name: 'Reason, if not going on' }), 'Schedules do not fit');
    await pressOn(page, sidebar, consumerSide.getByRole('button', { name: 'Does not want to go on' }));
    await announced('Declined; both are back in the pool.');
    await finallySays(/^Declined; both are back in the pool\.$/);
    // The decision controls are gone with the decline: focus is on the outcome at the top of the match's actions.
    expect(await focusedId(sidebar)).toBe('outcome');
    expect(await sidebar.locator('dt:text-is("Declined by") + dd').innerText()).toMatch(/^consumer: Schedules do not fit$/i);
    await expectClean('Match detail: declined');

    // Re-suggest for the same consumer: found by ID with Enter in the search box, suggestions take focus.
    await pressOn(page, sidebar, nav('Match'));
    expect(await focusedId(sidebar)).toBe('view-title');
    await tabTo(page, sidebar, sidebar.getByRole('searchbox', { name: 'Find a consumer by name or ID' }));
    await page.keyboard.type(consumerId!);
    await page.keyboard.press('Enter');
    await announced('1 consumer found.');
    await finallySays(/^1 consumer found\.$/);
    await pressOn(page, sidebar, sidebar.locator('#consumer-results button', { hasText: `(${consumerId})` }), 'Space');
    await announced(/mentors suggested/);
    await finallySays(/^\d+ mentors suggested\.$/);
    expect(await focusedId(sidebar)).toBe('suggestions');
    const names = await sidebar.locator('#suggestions ol > li h4').allInnerTexts();
    expect(names.map((n) => n.split(' · ')[0])).not.toContain(mentorName);
    const why = sidebar.locator('#suggestions details');
    await pressOn(page, sidebar, why.locator('summary'), 'Enter');
    expect(await why.getAttribute('open')).not.toBeNull();
    expect(await why.locator('li').allInnerTexts()).toContain(`${mentorName}: this pair declined before`);
    await expectClean('Match: suggestions after a decline');

    const row = (await inGrid('Matches')).find((m) => m['Match ID'] === matchId);
    expect(row).toMatchObject({ Status: expect.stringMatching(/declined/i), 'Declined by': expect.stringMatching(/consumer/i) });
    expect((await inFile('Matches')).find((m) => m['Match ID'] === matchId)).toMatchObject({ Status: row!.Status, 'Declined by': row!['Declined by'] });
    await enterSidebar(page, sidebar);
  });

  it('keyboard only: batch, unticking with Space; focus moves to the plan and then to the outcome', async () => {
    await workbench.setUp();
    await pressOn(page, sidebar, nav('Plan matches'));
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Find matches for everyone waiting' }));
    await announced(/proposals? ready/);
    await finallySays(/^\d+ proposals? ready\.$/);
    expect(await focusedId(sidebar)).toBe('batch-result');
    await expectClean('Batch: plan');
    const first = sidebar.locator('#batch-result input[type=checkbox]').first();
    await pressOn(page, sidebar, first, 'Space');
    expect(await first.isChecked()).toBe(false);
    const version = Number(await page.locator('#grid').getAttribute('data-version'));
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Propose the ticked matches' }));
    await waitForGridVersion(page, version);
    await announced(/match(es)? proposed/);
    await finallySays(/^\d+ match(es)? proposed(, \d+ skipped)?\.$/);
    expect(await focusedId(sidebar)).toBe('batch-result');
    await expectClean('Batch: accepted');
    // Each match created opens its page by keyboard.
    const created = sidebar.locator('#batch-result ul.choices button').first();
    const createdId = (await created.innerText()).split(':')[0]!;
    await pressOn(page, sidebar, created);
    await finallySays(new RegExp(`^Showing match ${createdId}: proposed\\.$`));
  });

  it('keyboard only: attendance by checklist with Space, and the PPR refresh; focus moves to each result', async () => {
    await workbench.setUp();
    await pressOn(page, sidebar, nav('Training'));
    await announced(/mentors need training/);
    await pressOn(page, sidebar, sidebar.locator('h3:has-text("Record attendance") + ul button').first());
    await sidebar.getByRole('group', { name: /^Who came on/ }).waitFor();
    expect(await focusedId(sidebar)).toBe('attendance');
    await finallySays(/^Attendance for \d{1,2} [A-Z][a-z]{2} \d{4}: \d+ of \d+ mentors ticked\.$/);
    await expectClean('Training: attendance checklist');
    await pressOn(page, sidebar, sidebar.locator('#attendance input[type=checkbox]').first(), 'Space');
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Save attendance' }));
    await announced(/mentors need training/);
    // What was saved is said after the view has reloaded, with the reloaded count after it.
    await finallySays(/^Attendance saved: \d+ added, \d+ changed\. \d+ mentors need training\.$/);
    await pressOn(page, sidebar, nav('Summaries'));
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Rebuild the yearly report (PPR)' }));
    await announced('Yearly report (PPR) rebuilt.');
    await finallySays(/^Yearly report \(PPR\) rebuilt\.$/);
    expect(await focusedId(sidebar)).toBe('summary-result');
    await expectClean('Summaries: yearly report rebuilt');
  });

  it('a review: loading the form says whose it is and how many goals are open; saving says it was saved, last', async () => {
    await workbench.setUp();
    await openView('Reviews');
    const pick = sidebar.getByRole('combobox', { name: 'Match' });
    const options = await pick.locator('option').allInnerTexts();
    await pick.selectOption({ index: options.findIndex((o) => o !== 'Choose a match') });
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Log a review or check-in' }));
    await sidebar.locator('#review-form h3').waitFor();
    await finallySays(/^Log for .+ with .+: \d+ open goals?\.$/);
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Save', exact: true }));
    await announced(/Review saved/);
    await finallySays(/^Review saved\.( Next review \d{4}-\d\d-\d\d\.)? \d+ reviews? (or check-ins?)? due or coming up\.$/);
  });

  it('keyboard only: log a review with per-goal progress; focus moves to the form and then to what was saved', async () => {
    await workbench.setUp();
    await pressOn(page, sidebar, nav('Reviews'));
    await finallySays(LOADED.Reviews!);
    expect(await focusedId(sidebar)).toBe('view-title');
    const pick = sidebar.getByRole('combobox', { name: 'Match' });
    await tabTo(page, sidebar, pick);
    await page.keyboard.press('ArrowDown');
    expect(await pick.inputValue()).not.toBe('');
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Log a review or check-in' }), 'Space');
    await sidebar.locator('#review-form h3').waitFor();
    await finallySays(/^Log for .+ with .+: [1-9]\d* open goals?\.$/);
    expect(await focusedId(sidebar)).toBe('review-form');
    await expectClean('Reviews: the log form');
    const form = sidebar.locator('#review-form');
    await arrowTo(form.getByLabel('Kind'), 'Three-way review');
    const next = form.getByLabel('Next review (optional)');
    await tabTo(page, sidebar, next);
    await page.keyboard.type('06012026');
    expect(await next.inputValue()).toBe('2026-06-01');
    const goal = form.locator('fieldset').first();
    const goalText = (await goal.locator('legend').innerText()).replace(/^[^:]+: /, '');
    await tabTo(page, sidebar, goal.getByLabel('Progress'));
    await page.keyboard.type('Cooked twice this week by keyboard');
    await arrowTo(goal.getByLabel('New status'), 'In progress');
    const version = Number(await page.locator('#grid').getAttribute('data-version'));
    await pressOn(page, sidebar, form.getByRole('button', { name: 'Save', exact: true }));
    await waitForGridVersion(page, version);
    await announced(/Review saved/);
    await finallySays(/^Review saved\. Next review 2026-06-01\. \d+ reviews? (or check-ins?)? due or coming up\.$/);
    expect(await focusedId(sidebar)).toBe('review-form');
    expect(await form.locator('#outcome p').innerText()).toMatch(/^Saved for .+ \([A-Z]-\d+\) with .+ \([A-Z]-\d+\); progress on 1 goal; next review 2026-06-01\.$/);
    expect(await form.locator('#outcome').getByRole('button').innerText()).toMatch(/^Undo the review logged for match [A-Z]+-\d+$/);
    await expectClean('Reviews: saved');

    const logged = (await inGrid('Reviews')).find((r) => r.Progress === 'Cooked twice this week by keyboard');
    expect(logged).toMatchObject({ Kind: expect.stringMatching(/review/i), 'Next review': '2026-06-01' });
    expect((await inFile('Reviews')).find((r) => r.Progress === 'Cooked twice this week by keyboard')).toMatchObject({ 'Next review': '2026-06-01' });
    expect((await inGrid('Goals')).find((g) => g.Goal === goalText)?.Status).toMatch(/in.progress/i);
    expect((await inFile('Goals')).find((g) => g.Goal === goalText)?.Status).toMatch(/in.progress/i);
    await enterSidebar(page, sidebar);
  });

  it('an application decision is said after the list reloads, as the last thing announced', async () => {
    await workbench.setUp();
    landApplication(bench, {
      'Response ID': 'R-9101', Form: 'Ask for a peer mentor', 'Submitted at': '2026-03-01 09:00', Name: 'Lee Announce', Email: 'lee.announce@example.org',
      ZIP: '55104', 'Goal areas or skills': 'Employment', 'Has a disability': 'Yes', 'Consent to share contact': 'Yes', Status: 'New',
    });
    await openView('Applications');
    await finallySays(/^1 waiting for a decision\.$/);
    await expect(sidebar.locator('#forms-who-may-respond').textContent()).resolves.toMatch(/^Who may answer: Anyone with a form's link can answer it/);
    const card = sidebar.locator('li.card', { hasText: 'R-9101' });
    await pressOn(page, sidebar, card.getByRole('button', { name: 'Accept Lee Announce', exact: true }));
    await card.waitFor({ state: 'detached' });
    await finallySays(/^Application R-9101 accepted: .+\. 0 waiting for a decision\.$/);
    await expectClean('Applications: accepted');
  });

  it('keyboard only: accept an application; the list reloads with focus on its heading and says the decision last', async () => {
    await workbench.setUp();
    landApplication(bench, {
      'Response ID': 'R-9102', Form: 'Ask for a peer mentor', 'Submitted at': '2026-03-01 11:30', Name: 'Kim Keyboard', Email: 'kim.keyboard@example.org',
      ZIP: '55104', 'Goal areas or skills': 'Employment; Transportation / mobility', 'Has a disability': 'Yes', 'Consent to share contact': 'Yes', Status: 'New',
    });
    await pressOn(page, sidebar, nav('Applications'));
    await finallySays(/^1 waiting for a decision\.$/);
    expect(await focusedId(sidebar)).toBe('view-title');
    const card = sidebar.locator('li.card', { hasText: 'R-9102' });
    const version = Number(await page.locator('#grid').getAttribute('data-version'));
    await pressOn(page, sidebar, card.getByRole('button', { name: 'Accept Kim Keyboard', exact: true }));
    await card.waitFor({ state: 'detached' });
    await waitForGridVersion(page, version);
    await finallySays(/^Application R-9102 accepted: .+\. 0 waiting for a decision\.$/);
    expect(await focusedId(sidebar)).toBe('view-title');
    expect(await sidebar.locator('#outcome p').innerText()).toMatch(/^Application R-9102 accepted/);
    await expectClean('Applications: accepted by keyboard');

    const application = (await inGrid('Applications')).find((a) => a['Response ID'] === 'R-9102')!;
    expect(application.Status).toBe('Accepted');
    const consumer = (await inGrid('Consumers')).find((c) => c.Name === 'Kim Keyboard');
    expect(consumer).toMatchObject({ 'Consumer ID': application['Record ID'] });
    expect((await inGrid('Goals')).filter((g) => g['Consumer ID'] === consumer!['Consumer ID']).length).toBe(2);
    expect((await inFile('Applications')).find((a) => a['Response ID'] === 'R-9102')!.Status).toBe('Accepted');
    expect((await inFile('Consumers')).some((c) => c.Name === 'Kim Keyboard' && c['Consumer ID'] === consumer!['Consumer ID'])).toBe(true);
    await enterSidebar(page, sidebar);
  });

  it('settings: loading says how many, saving says it was saved', async () => {
    await workbench.setUp();
    await openView('Settings');
    await finallySays(LOADED.Settings!);
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Save settings' }));
    await announced('Settings saved.');
    await finallySays(/^Settings saved\.$/);
  });

  it('loading states are announced in the live region and pass axe', async () => {
    await workbench.setUp();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route) => {
      await held;
      await route.continue().catch(() => undefined);
    };
    await page.route('**/rpc', hold);
    try {
      for (const [name, busy] of [['Reviews', 'Loading reviews…'], ['Training', 'Loading training…']] as const) {
        await nav(name).click();
        await announced(busy);
        expect(await sidebar.locator('#status').getAttribute('aria-live')).toBe('polite');
        await expectClean(`${name}: loading`);
      }
    } finally {
      release();
      await page.unroute('**/rpc', hold);
      await announced(/.*[^…]$/);
    }
  });

  it('a failed call shows a coded message in the sidebar that takes focus and passes axe', async () => {
    await workbench.setUp();
    const fail = (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, message: 'Exception: Service Spreadsheets timed out' }) });
    await page.route('**/rpc', fail);
    try {
      await nav('Applications').click();
      await sidebar.locator('#error:not([hidden])').waitFor();
      expect(await focusedId(sidebar)).toBe('error');
      expect(await sidebar.locator('#error').innerText()).toMatch(/Could not reach the add-on/);
      await expectClean('Applications: error');
    } finally {
      await page.unroute('**/rpc', fail);
    }
  });

  it('Escape closes the workbench menu and the add-on alert, returning focus to where it was', async () => {
    await workbench.setUp();
    const menu = page.getByRole('button', { name: 'Extensions: Peer Mentoring' });
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await isFocused(menu)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Help' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Peer Mentoring' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await isFocused(menu)).toBe(true);
  });

  it('at 200% zoom in the 300 px sidebar, every view reflows without sideways scrolling and keeps its contrast', async () => {
    await workbench.setUp();
    // 300 CSS px at 200% zoom lays out like a 150 px wide window drawn at twice the density.
    const zoomed = await browser.newPage({ viewport: { width: 150, height: 600 }, deviceScaleFactor: 2 });
    try {
      await zoomed.goto(`${bench.url}/sidebar`);
      await zoomed.locator('#view-title').waitFor();
      for (const name of VIEWS) {
        await zoomed.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
        await zoomed.waitForFunction(() => document.activeElement?.id === 'view-title');
        const overflow = await zoomed.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect({ view: name, overflow }).toEqual({ view: name, overflow: 0 });
        expect({ view: name, violations: await axeViolations(zoomed) }).toEqual({ view: name, violations: [] });
      }
    } finally {
      await zoomed.close();
    }
  });
});

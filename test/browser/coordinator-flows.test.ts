import type { Frame, Page } from 'playwright-core';
import { AS_OF, Bench, gridRows, sessionDay, landApplication, records, savedTabs, waitForGridVersion } from './harness';
import { useWorkbench } from './workbench-fixture';
import { screenshot } from './screenshots';

jest.setTimeout(60000);

/**
 * The coordinator's whole flow, end to end in a real browser: the real sidebar calls the real add-on bundle through
 * google.script.run, each step is checked in the grid and in the saved .xlsx. The steps build on each other, as a
 * coordinator's day does, over one demo workbook.
 */
describe('the coordinator flow in the workbench', () => {
  let bench: Bench;
  let page: Page;
  let sidebar: Frame;

  const view = (name: string) => sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  const heading = (name: string | RegExp) => sidebar.getByRole('heading', { name }).first();
  const status = () => sidebar.locator('#status');
  const byHeader = async (tab: string) => records(await gridRows(page, tab));
  const saved = async (tab: string) => records((await savedTabs(bench)).get(tab) ?? []);
  /** Waits until the sidebar's live region says `text` (the sign a call finished); an error shown instead fails fast. */
  const announced = async (text: string | RegExp) => {
    await sidebar.locator('#status', { hasText: text }).or(sidebar.locator('#error:not([hidden])')).first().waitFor();
    if (await sidebar.locator('#error').isVisible()) throw new Error(`The sidebar showed an error: ${await sidebar.locator('#error').innerText()}`);
  };
  /** Runs a step that changes the workbook and waits until the grid has redrawn with the change. */
  const changes = async (step: () => Promise<void>) => {
    const version = Number(await page.locator('#grid').getAttribute('data-version'));
    await step();
    await waitForGridVersion(page, version);
    if (await sidebar.locator('#error').isVisible()) throw new Error(`The sidebar showed an error: ${await sidebar.locator('#error').innerText()}`);
  };
  const matchHeading = () => heading(/^Match [A-Z]+-\d+/);

  useWorkbench({}, (opened) => ({ bench, page, sidebar } = opened));

  let proposed: { matchId: string; consumerId: string; mentorName: string };

  it('setup wizard: confirms the columns, creates only the missing tabs, and saves the mapping', async () => {
    await heading('Setup').waitFor();
    await screenshot(page, 'setup');
    const before = (await gridRows(page, 'Mentors')).length;
    await sidebar.getByRole('button', { name: 'Save setup' }).click();
    await heading('Setup saved').waitFor();
    expect(await sidebar.locator('#view').innerText()).toMatch(/Created tabs: .*Applications.*Audit/);
    const tabs = await page.getByRole('tab').allInnerTexts();
    expect(tabs).toEqual(expect.arrayContaining(['Mentors', 'Consumers', 'Goals', 'Applications', 'PPR', 'Audit']));
    expect((await gridRows(page, 'Mentors')).length).toBe(before);
    const file = await savedTabs(bench);
    expect([...file.keys()]).toEqual(expect.arrayContaining(['Applications', 'PPR', 'Audit']));
  });

  it('suggest and propose: ranked mentors with reasons for the consumer under the cursor, then a proposed match', async () => {
    const consumers = await byHeader('Consumers');
    const index = consumers.findIndex((c) => /waiting/i.test(c.Status ?? ''));
    expect(index).toBeGreaterThanOrEqual(0);
    const consumer = consumers[index]!;
    await page.getByRole('button', { name: `Select row ${index + 2}`, exact: true }).click();
    await view('Match').click();
    await sidebar.getByRole('button', { name: 'Use the consumer under my cursor' }).click();
    await heading(`Mentors for ${consumer.Name}`).waitFor();
    const first = sidebar.locator('#suggestions ol > li').first();
    expect(await first.innerText()).toMatch(/score/);
    await screenshot(page, 'match-suggestions');
    const mentorName = (await first.locator('h4').innerText()).split(' · ')[0]!;
    await changes(async () => {
      await first.getByRole('button', { name: `Propose ${mentorName}` }).click();
      await matchHeading().waitFor();
    });
    const matchId = (await matchHeading().innerText()).replace('Match ', '');
    proposed = { matchId, consumerId: consumer['Consumer ID']!, mentorName };
    const row = (await byHeader('Matches')).find((m) => m['Match ID'] === matchId);
    expect(row).toMatchObject({ 'Consumer ID': consumer['Consumer ID'], Status: expect.stringMatching(/proposed/i) });
    expect((await saved('Matches')).find((m) => m['Match ID'] === matchId)).toMatchObject({ Status: row!.Status });
    await screenshot(page, 'match-detail');
    await matchHeading().evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'match-people');
  });

  it('batch: plans matches for everyone waiting; the coordinator unticks one and accepts the rest in one write', async () => {
    const before = (await byHeader('Matches')).length;
    await view('Plan matches').click();
    await sidebar.getByRole('button', { name: 'Find matches for everyone waiting' }).click();
    await heading(/\d+ proposals/).waitFor();
    const boxes = sidebar.locator('#batch-result input[type=checkbox]');
    const planned = await boxes.count();
    expect(planned).toBeGreaterThan(1);
    await screenshot(page, 'batch');
    await boxes.first().uncheck();
    await changes(async () => {
      await sidebar.getByRole('button', { name: 'Propose the ticked matches' }).click();
      await heading(/^\d+ match(es)? proposed/).waitFor();
    });
    const created = Number((await heading(/^\d+ match(es)? proposed/).innerText()).split(' ')[0]);
    expect(created).toBeGreaterThan(0);
    expect(created).toBeLessThanOrEqual(planned - 1);
    const rows = await byHeader('Matches');
    expect(rows.length).toBe(before + created);
    expect((await saved('Matches')).length).toBe(before + created);
    // The view lists what it created, by name with ID: the new rows of the Matches tab, each one.
    const listed = await sidebar.locator('#batch-result ul.choices button').allInnerTexts();
    const consumers = new Map((await byHeader('Consumers')).map((c) => [c['Consumer ID'], c.Name]));
    const mentors = new Map((await byHeader('Mentors')).map((m) => [m['Mentor ID'], m.Name]));
    expect(listed).toEqual(rows.slice(before).map((m) => `${m['Match ID']}: ${consumers.get(m['Consumer ID'])} (${m['Consumer ID']}) with ${mentors.get(m['Mentor ID'])} (${m['Mentor ID']})`));
    await sidebar.locator('#batch-created').evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'batch-created');
  });

  it('decline and re-suggest: a no-fault decline returns both to the pool and the pair is never suggested again', async () => {
    await view('Matches').click();
    await sidebar.getByRole('searchbox', { name: 'Search open matches by name or ID' }).waitFor();
    await screenshot(page, 'open-matches');
    await sidebar.getByRole('button', { name: new RegExp(`^${proposed.matchId}:`) }).click();
    await heading(`Match ${proposed.matchId}`).waitFor();
    const consumerSide = sidebar.getByRole('group', { name: 'The consumer' });
    await consumerSide.getByRole('combobox').selectOption({ index: 1 });
    await changes(async () => {
      await consumerSide.getByRole('button', { name: 'Does not want to go on' }).click();
      await announced('Declined; both are back in the pool.');
    });
    const row = (await byHeader('Matches')).find((m) => m['Match ID'] === proposed.matchId)!;
    expect(row.Status).toMatch(/declined/i);
    expect(row['Declined by']).toMatch(/consumer/i);
    expect((await saved('Matches')).find((m) => m['Match ID'] === proposed.matchId)!.Status).toBe(row.Status);

    await view('Match').click();
    await sidebar.getByRole('searchbox', { name: 'Find a consumer by name or ID' }).fill(proposed.consumerId);
    await sidebar.getByRole('button', { name: 'Search', exact: true }).click();
    await sidebar.locator('#consumer-results button').first().click();
    await sidebar.locator('#suggestions h3').waitFor();
    const names = await sidebar.locator('#suggestions ol > li h4').allInnerTexts();
    expect(names.map((n) => n.split(' · ')[0])).not.toContain(proposed.mentorName);
    // The declined mentor has a free place again, yet stays out — and "why not" says it is because of the decline.
    await sidebar.getByText(/^Why not the others/).click();
    const why = await sidebar.locator('#suggestions details li').allInnerTexts();
    expect(why).toContain(`${proposed.mentorName}: this pair declined before`);
  });

  it('activate with goals: intro meeting, both say yes, goals and objectives set, the match is active', async () => {
    const open = (await byHeader('Matches')).filter((m) => /proposed/i.test(m.Status ?? ''));
    const match = open[open.length - 1]!;
    await view('Matches').click();
    await sidebar.getByRole('button', { name: new RegExp(`^${match['Match ID']}:`) }).click();
    await heading(`Match ${match['Match ID']}`).waitFor();
    await sidebar.getByLabel('Intro meeting date').fill(AS_OF);
    await sidebar.getByRole('button', { name: 'Schedule intro' }).click();
    await announced('Intro meeting scheduled.');
    for (const side of ['mentor', 'consumer'] as const) {
      await sidebar.getByRole('group', { name: side === 'mentor' ? 'The mentor' : 'The consumer' }).getByRole('button', { name: 'Wants to go on' }).click();
      await announced(`Recorded: the ${side} wants to go on.`);
    }
    const form = sidebar.getByRole('group', { name: 'Activate with goals' });
    await form.getByLabel('Goal area').selectOption({ index: 0 });
    await form.getByLabel('Goal', { exact: true }).fill('Ride the bus to work on my own');
    await form.getByLabel('Objectives').fill('Plan the route; ride it twice with my mentor; ride it alone');
    await changes(async () => {
      await form.getByRole('button', { name: 'Activate the match' }).click();
      await announced('Match is active.');
    });
    expect((await byHeader('Matches')).find((m) => m['Match ID'] === match['Match ID'])!.Status).toMatch(/active/i);
    const goal = (await byHeader('Goals')).find((g) => g.Goal === 'Ride the bus to work on my own');
    expect(goal).toMatchObject({ 'Match ID': match['Match ID'], 'Consumer ID': match['Consumer ID'] });
    expect((await saved('Goals')).find((g) => g.Goal === 'Ride the bus to work on my own')).toMatchObject({ 'Match ID': match['Match ID'] });
  });

  it('log a review: per-goal progress on the active match, written to the Reviews tab with the next review date', async () => {
    const before = (await byHeader('Reviews')).length;
    await view('Reviews').click();
    await heading('Review log').waitFor();
    const pick = sidebar.getByRole('combobox', { name: 'Match' });
    // The heading can come before the list of matches has filled in: wait for a match to choose.
    await pick.locator('option', { hasNotText: 'Choose a match' }).first().waitFor({ state: 'attached' });
    await screenshot(page, 'reviews');
    const options = await pick.locator('option').allInnerTexts();
    const index = options.findIndex((o) => o !== 'Choose a match');
    await pick.selectOption({ index });
    await sidebar.getByRole('button', { name: 'Log a review or check-in' }).click();
    await sidebar.locator('#review-form h3').waitFor();
    await sidebar.getByLabel('Kind').selectOption('review');
    await sidebar.getByLabel('Next review (optional)').fill('2026-06-01');
    const goal = sidebar.locator('#review-form fieldset').first();
    await goal.getByLabel('Progress').fill('Rode the route twice with the mentor');
    await goal.getByLabel('New status').selectOption('in-progress');
    await changes(() => sidebar.getByRole('button', { name: 'Save', exact: true }).click());
    await announced('Review saved.');
    const rows = await byHeader('Reviews');
    expect(rows.length).toBeGreaterThan(before);
    const logged = rows.find((r) => r.Progress === 'Rode the route twice with the mentor');
    expect(logged).toMatchObject({ 'Next review': '2026-06-01' });
    expect((await saved('Reviews')).some((r) => r.Progress === 'Rode the route twice with the mentor')).toBe(true);
  });

  it('record attendance: a lapsed mentor who attends an ongoing session is current again', async () => {
    await view('Training').click();
    await heading('Training').waitFor();
    const needing = await sidebar.locator('#needing-training li').allInnerTexts();
    const lapsed = needing.find((line) => /lapsed/i.test(line));
    expect(lapsed).toBeDefined();
    const name = lapsed!.split(':')[0]!;
    await screenshot(page, 'training');
    const sessions = sidebar.locator('h3:has-text("Record attendance") + ul button');
    const labels = await sessions.allInnerTexts();
    const recent = labels.findIndex((label) => sessionDay(label) <= '2026-03-02' && !/initial/i.test(label));
    expect(recent).toBeGreaterThanOrEqual(0);
    const before = (await byHeader('Attendance')).length;
    await sessions.nth(recent).click();
    await sidebar.getByRole('group', { name: /^Who came on/ }).waitFor();
    await sidebar.getByRole('checkbox', { name, exact: true }).check();
    await changes(() => sidebar.getByRole('button', { name: 'Save attendance' }).click());
    await announced(/mentors need training/);
    const after = await sidebar.locator('#needing-training li').allInnerTexts();
    expect(after.some((line) => line.startsWith(`${name}:`))).toBe(false);
    const mentorId = name.match(/\((M-\d+)\)$/)![1];
    expect((await byHeader('Mentors')).find((m) => m['Mentor ID'] === mentorId)!.Name).toBe(name.replace(/ \(M-\d+\)$/, ''));
    const rows = await byHeader('Attendance');
    expect(rows.length).toBe(before + 1);
    expect(rows.some((r) => r['Mentor ID'] === mentorId)).toBe(true);
    expect((await saved('Attendance')).length).toBe(before + 1);
  });

  it('accept an application: a request for a mentor on the Applications tab becomes a consumer with goals', async () => {
    landApplication(bench, {
      'Response ID': 'R-9001', Form: 'Ask for a peer mentor', 'Submitted at': '2026-03-01 10:15', Name: 'Rosa Applicant', Email: 'rosa.applicant@example.org',
      ZIP: '55104', 'Goal areas or skills': 'Employment; Transportation / mobility', 'Has a disability': 'Yes', 'Consent to share contact': 'Yes', Status: 'New',
    });
    await view('Applications').click();
    await heading('Applications').waitFor();
    const card = sidebar.locator('li.card', { hasText: 'R-9001' });
    await card.waitFor();
    await gridRows(page, 'Applications');
    await card.evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'applications');
    await changes(() => card.getByRole('button', { name: 'Accept Rosa Applicant', exact: true }).click());
    await card.waitFor({ state: 'detached' });
    const application = (await byHeader('Applications')).find((a) => a['Response ID'] === 'R-9001')!;
    expect(application.Status).toBe('Accepted');
    const consumer = (await byHeader('Consumers')).find((c) => c.Name === 'Rosa Applicant');
    expect(consumer).toMatchObject({ 'Consumer ID': application['Record ID'] });
    const goals = (await byHeader('Goals')).filter((g) => g['Consumer ID'] === consumer!['Consumer ID']);
    expect(goals.length).toBe(2);
    const file = await savedTabs(bench);
    expect(records(file.get('Consumers')!).some((c) => c.Name === 'Rosa Applicant')).toBe(true);
    expect(records(file.get('Applications')!).find((a) => a['Response ID'] === 'R-9001')!.Status).toBe('Accepted');
  });

  it('refresh the PPR tab: goals by significant life area for the fiscal year, rebuilt in the workbook', async () => {
    await view('Summaries').click();
    await changes(async () => {
      await sidebar.getByRole('button', { name: 'Rebuild the yearly report (PPR)' }).click();
      await announced('Yearly report (PPR) rebuilt.');
    });
    await screenshot(page, 'summaries');
    const ppr = await gridRows(page, 'PPR');
    expect(ppr.flat().join(' ')).toMatch(/2026/);
    expect(ppr.length).toBeGreaterThan(5);
    const file = await savedTabs(bench);
    expect(file.get('PPR')!.length).toBe(ppr.length);
    const audit = records(file.get('Audit') ?? []);
    expect(audit.length).toBeGreaterThan(5);
  });
});

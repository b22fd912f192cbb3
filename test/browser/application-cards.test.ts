import type { Frame, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { Bench, gridRows, landApplication, records, savedTabs, waitForGridVersion } from './harness';
import { enterSidebar, isFocused, pressOn, tabTo } from './keyboard';
import { useWorkbench } from './workbench-fixture';

jest.setTimeout(120000);

/**
 * Deciding applications from their cards, by keyboard alone in the 300 px sidebar: each card shows who applied, what
 * they want help with in their words, how to reach them and what could not be read; accepting an application with
 * problems asks first and lists the fields left blank; a possible duplicate is shown beside the person on the sheets;
 * the buttons name the person; search finds an applicant by name. Axe finds nothing in any state.
 */
describe('application cards in the workbench', () => {
  let bench: Bench;
  let page: Page;
  let sidebar: Frame;

  const nav = (name: string) => sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  const card = (responseId: string) => sidebar.locator(`#application-${responseId}`);
  const inGrid = async (tab: string) => records(await gridRows(page, tab));
  const inFile = async (tab: string) => records((await savedTabs(bench)).get(tab) ?? []);
  const expectClean = async (state: string) => expect({ state, violations: await axeViolations(sidebar) }).toEqual({ state, violations: [] });
  const settled = async () => {
    await sidebar.waitForFunction(() => !/…$/.test(document.getElementById('status')?.textContent ?? ''));
    if (await sidebar.locator('#error').isVisible()) throw new Error(`The sidebar showed an error: ${await sidebar.locator('#error').innerText()}`);
  };
  /** Presses a control that writes, then waits until the grid has redrawn and the sidebar has settled. */
  const writes = async (press: () => Promise<void>) => {
    const version = Number(await page.locator('#grid').getAttribute('data-version'));
    await press();
    await waitForGridVersion(page, version);
    await settled();
  };
  /** Opens the Applications view by keyboard, from wherever focus is. */
  const openApplications = async () => {
    await enterSidebar(page, sidebar);
    await pressOn(page, sidebar, nav('Applications'));
    // The view puts focus on its heading once it has drawn everything, the forms section last.
    await sidebar.waitForFunction(() => document.activeElement?.id === 'view-title');
    await settled();
  };

  const FULL = {
    Form: 'Ask for a peer mentor', 'Submitted at': '2026-03-01 10:15', Email: 'keisha.brown@example.org', Phone: '(651) 555-0123', 'Preferred contact': 'Text',
    Address: '1600 University Ave W', City: 'St Paul', ZIP: '55104', 'Goal areas or skills': 'Employment; Transportation / mobility',
    'In their words': 'I want to learn the bus so I can get to work.', Languages: 'English; ASL', Availability: 'Tuesday afternoons',
    'Travel mode': 'transit', 'Has a disability': 'Yes', 'Consent to share contact': 'Yes', Status: 'New',
  };

  useWorkbench({ setUp: true, timeout: 15000 }, (opened) => ({ bench, page, sidebar } = opened));

  it('the sidebar is 300 px wide, as in Google Sheets', async () => {
    expect(await page.locator('iframe#sidebar').evaluate((node) => node.getBoundingClientRect().width)).toBe(300);
  });

  it('keyboard only: a card with everything shows the person, their words, the areas and how to reach them; a clean application accepts in one step', async () => {
    landApplication(bench, { ...FULL, 'Response ID': 'R-9201', Name: 'Keisha Brown' });
    await openApplications();
    const keisha = card('R-9201');
    expect(await keisha.getByRole('heading', { level: 4 }).innerText()).toBe('Keisha Brown');
    expect(await keisha.locator('blockquote').innerText()).toBe('I want to learn the bus so I can get to work.');
    const text = await keisha.innerText();
    expect(text).toContain('Goal areas: Employment, Transportation / mobility');
    const facts = await keisha.locator('dl').evaluate((dl) => [...dl.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`));
    expect(facts).toEqual([
      'Email: keisha.brown@example.org', 'Phone: 651-555-0123', 'Preferred contact: Text', 'Lives at: 1600 University Ave W, St Paul, 55104', 'Languages: English, ASL',
      'Free times: Tuesday afternoons', 'Travel: Bus or train', 'Consent: Yes, their name, phone and email may go to their mentor', 'Has a disability: Yes',
    ]);
    expect(text).not.toContain('Issues');
    // The buttons name the person, for sight and for screen readers alike.
    await keisha.getByRole('button', { name: 'Reject Keisha Brown', exact: true }).waitFor();
    await keisha.getByRole('textbox', { name: 'Reason if rejecting Keisha Brown' }).waitFor();
    await expectClean('Applications: a card with everything');

    const consumersBefore = (await inGrid('Consumers')).length;
    await enterSidebar(page, sidebar);
    await writes(() => pressOn(page, sidebar, keisha.getByRole('button', { name: 'Accept Keisha Brown', exact: true })));
    await keisha.waitFor({ state: 'detached' });
    expect(await sidebar.locator('#outcome p').innerText()).toMatch(/^Application R-9201 accepted: new consumer C-\d{4} with 2 goals/);
    const consumers = await inGrid('Consumers');
    expect(consumers.length).toBe(consumersBefore + 1);
    expect(consumers.find((c) => c.Name === 'Keisha Brown')).toMatchObject({ Email: 'keisha.brown@example.org', ZIP: '55104' });
    expect((await inFile('Applications')).find((a) => a['Response ID'] === 'R-9201')!.Status).toBe('Accepted');
  });

  it('keyboard only: a mentor application shows what they can help with and how many they can mentor, and accepts in one step', async () => {
    landApplication(bench, {
      ...FULL, 'Response ID': 'R-9206', Form: 'Become a peer mentor', Name: 'Dev Mentor', Email: 'dev.mentor@example.org', 'Goal areas or skills': 'Finances / benefits',
      'In their words': 'I have used SSDI for years.', 'Max mentees': '2', 'Lived experience': 'blind', 'Has a disability': '',
    });
    await openApplications();
    const dev = card('R-9206');
    const text = await dev.innerText();
    expect(text).toContain('About them, in their words:');
    expect(await dev.locator('blockquote').innerText()).toBe('I have used SSDI for years.');
    expect(text).toContain('Can help with: Finances / benefits');
    const facts = await dev.locator('dl').evaluate((dl) => [...dl.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`));
    expect(facts).toEqual(expect.arrayContaining(['Can mentor: 2 at a time', 'Would share: blind', 'Preferred contact: Text']));
    await expectClean('Applications: a mentor application');

    const mentorsBefore = (await inGrid('Mentors')).length;
    await enterSidebar(page, sidebar);
    await writes(() => pressOn(page, sidebar, dev.getByRole('button', { name: 'Accept Dev Mentor', exact: true })));
    await dev.waitFor({ state: 'detached' });
    expect(await sidebar.locator('#outcome p').innerText()).toMatch(/^Application R-9206 accepted: new mentor M-\d{4}\.$/);
    const mentors = await inGrid('Mentors');
    expect(mentors.length).toBe(mentorsBefore + 1);
    expect(mentors.find((m) => m.Name === 'Dev Mentor')).toMatchObject({ Email: 'dev.mentor@example.org', 'Max mentees': '2' });
  });

  it('keyboard only: unreadable answers are listed; Accept asks first with the fields left blank; Cancel changes nothing; Yes creates the person', async () => {
    landApplication(bench, { ...FULL, 'Response ID': 'R-9202', Name: 'Rae Unread', Email: 'rae at home', Phone: '651-55', ZIP: 'fifty five', Languages: '', Status: 'Needs review' });
    await openApplications();
    const rae = card('R-9202');
    const issues = rae.getByRole('list', { name: 'Issues (3)' });
    expect(await issues.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Email: .*rae at home/), expect.stringMatching(/^Phone: .*651-55/), expect.stringMatching(/^ZIP: "fifty five"/),
    ]);
    expect(await rae.locator('dl').innerText()).toContain('rae at home (could not be read)');
    await expectClean('Applications: a card with answers that could not be read');

    const accept = rae.getByRole('button', { name: 'Accept Rae Unread', exact: true });
    await pressOn(page, sidebar, accept);
    const question = rae.getByRole('group', { name: 'Accept Rae Unread as a new consumer?' });
    const yes = question.getByRole('button', { name: 'Yes, accept Rae Unread' });
    expect(await isFocused(yes)).toBe(true);
    expect(await question.innerText()).toContain('4 fields will be left blank on the new consumer');
    expect(await question.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Email: could not be read: .*rae at home/), expect.stringMatching(/^Phone: could not be read: .*651-55/),
      expect.stringMatching(/^ZIP: could not be read: .*fifty five/), 'Languages: not answered',
    ]);
    await expectClean('Applications: asking before accepting');

    // Cancel takes the question away, puts focus back on Accept and writes nothing.
    const version = Number(await page.locator('#grid').getAttribute('data-version'));
    const savedBefore = await savedTabs(bench);
    await pressOn(page, sidebar, question.getByRole('button', { name: 'Cancel' }));
    expect(await question.count()).toBe(0);
    expect(await isFocused(accept)).toBe(true);
    expect(Number(await page.locator('#grid').getAttribute('data-version'))).toBe(version);
    expect(await savedTabs(bench)).toEqual(savedBefore);

    await page.keyboard.press('Enter');
    expect(await isFocused(yes)).toBe(true);
    await writes(() => page.keyboard.press('Enter'));
    await rae.waitFor({ state: 'detached' });
    expect(await sidebar.locator('#outcome p').innerText()).toMatch(/^Application R-9202 accepted: new consumer C-\d{4}.* Left blank because they could not be read: Email, Phone, ZIP\.$/);
    const created = (await inGrid('Consumers')).find((c) => c.Name === 'Rae Unread')!;
    expect(created).toMatchObject({ Email: '', Phone: '', ZIP: '', Languages: '' });
    expect((await inFile('Consumers')).some((c) => c.Name === 'Rae Unread' && c['Consumer ID'] === created['Consumer ID'])).toBe(true);
  });

  it('keyboard only: a possible duplicate is shown beside the person on the sheets, and Merge names that person', async () => {
    const existing = (await inGrid('Consumers')).find((c) => c.Email && c.ZIP && c.Status === 'Waiting')!;
    const id = existing['Consumer ID']!;
    landApplication(bench, {
      ...FULL, 'Response ID': 'R-9203', Name: existing.Name!, Email: existing.Email!, Phone: '(651) 555-0177', ZIP: existing.ZIP!, Status: 'Needs review', 'Duplicate of': id,
    });
    await openApplications();
    const dupe = card('R-9203');
    const table = dupe.getByRole('table', { name: new RegExp(`^Possibly the same person as ${existing.Name} \\(${id}\\), a consumer: same name, email and ZIP$`) });
    const rows = await table.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(rows).toEqual([
      ['', 'This application', `${existing.Name} (${id})`],
      ['Name (same)', existing.Name, existing.Name],
      ['ID', 'R-9203', id],
      ['Email (same)', existing.Email!.toLowerCase(), existing.Email],
      ['Phone', '651-555-0177', expect.any(String)],
      ['ZIP (same)', existing.ZIP, existing.ZIP],
    ]);
    await expectClean('Applications: a possible duplicate side by side');

    // Accepting it anyway asks first and says who it may be.
    await pressOn(page, sidebar, dupe.getByRole('button', { name: `Accept ${existing.Name}`, exact: true }));
    const question = dupe.getByRole('group', { name: `Accept ${existing.Name} as a new consumer?` });
    expect(await question.innerText()).toContain(`This may be ${existing.Name} (${id}), already on your sheets.`);
    expect(await question.innerText()).toContain('Nothing will be left blank.');
    await expectClean('Applications: asking before accepting a possible duplicate');
    await pressOn(page, sidebar, question.getByRole('button', { name: 'Cancel' }));

    const consumersBefore = (await inGrid('Consumers')).length;
    await enterSidebar(page, sidebar);
    await writes(() => pressOn(page, sidebar, dupe.getByRole('button', { name: `Merge into ${existing.Name} (${id})`, exact: true })));
    await dupe.waitFor({ state: 'detached' });
    expect(await sidebar.locator('#outcome p').innerText()).toMatch(new RegExp(`^Application R-9203 merged into ${id}`));
    expect((await inGrid('Consumers')).length).toBe(consumersBefore);
    expect((await inFile('Applications')).find((a) => a['Response ID'] === 'R-9203')).toMatchObject({ Status: 'Merged', 'Record ID': id });
  });

  it('keyboard only: search finds an applicant by name', async () => {
    landApplication(bench, { ...FULL, 'Response ID': 'R-9204', Name: 'Marisol Ortega' });
    landApplication(bench, { ...FULL, 'Response ID': 'R-9205', Name: 'Tom Whitfield' });
    await openApplications();
    const search = sidebar.getByRole('searchbox', { name: 'Search applications by name or ID' });
    await tabTo(page, sidebar, search);
    await page.keyboard.type('marisol');
    expect(await sidebar.locator('#applications-list-count').textContent()).toBe('Showing 1 of 2 applications.');
    expect(await sidebar.locator('li.card h4').allInnerTexts()).toEqual(['Marisol Ortega']);
    await expectClean('Applications: searched by name');
    // The card found is reached from the search box by keyboard.
    await tabTo(page, sidebar, card('R-9204').getByRole('button', { name: 'Accept Marisol Ortega', exact: true }));
  });
});

import type { Frame, Locator, Page } from 'playwright-core';
import { CORPUS, CORPUS_AS_OF } from '../corpus/corpus-workbooks';
import { writeCorpusWorkbook } from '../corpus/write-corpus';
import { axeViolations } from './axe';
import { Bench } from './harness';
import { useWorkbench } from './workbench-fixture';
import { focusedId, isFocused, pressOn, tabTo } from './keyboard';
import { screenshot } from './screenshots';

jest.setTimeout(90000);

/**
 * Setup in three steps, readiness and Go to cell in the real sidebar at its 300 px, by keyboard alone, on a workbook
 * shaped like a coordinator's: "Volunteer Mentors" and "Peer Consumers 2026", no eligibility column, one unreadable
 * training value.
 */
describe('Setup steps, readiness and Go to cell in the workbench', () => {
  let bench: Bench;
  let page: Page;
  let sidebar: Frame;

  const workbook = CORPUS.find((w) => w.file === 'volunteer-mentors-peer-consumers.xlsx')!;
  const status = () => sidebar.locator('#status').textContent();
  const says = (text: string) => sidebar.locator('#status', { hasText: text }).waitFor();
  const expectClean = async (state: string) => expect({ state, violations: await axeViolations(sidebar) }).toEqual({ state, violations: [] });
  const fitsWidth = async (state: string) => {
    const sizes = await sidebar.evaluate(() => ({ overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, width: window.innerWidth }));
    expect({ state, ...sizes }).toEqual({ state, overflow: 0, width: 300 });
  };
  /** Chooses an option of a select by keyboard: Tab to it, then arrow keys. */
  const arrowTo = async (control: Locator, label: string) => {
    await tabTo(page, sidebar, control);
    const labels = await control.locator('option').allInnerTexts();
    const target = labels.indexOf(label);
    if (target < 0) throw new Error(`No option "${label}" in ${labels.join(', ')}.`);
    const from = await control.evaluate((node) => (node as HTMLSelectElement).selectedIndex);
    for (let i = from; i !== target; i += target > from ? 1 : -1) await page.keyboard.press(target > from ? 'ArrowDown' : 'ArrowUp');
  };
  const step = () => sidebar.locator('#setup-step').innerText();

  useWorkbench({ workbook: { write: (file) => writeCorpusWorkbook(workbook, file), asOf: CORPUS_AS_OF } }, (opened) => ({ bench, page, sidebar } = opened));

  it('walks the three steps by keyboard; each fits 300 px and passes axe; the columns follow the chosen tab', async () => {
    await says('Setup proposal ready.');
    expect(await step()).toBe('Your tabs');
    await fitsWidth('step 1');
    await expectClean('step 1');
    const mentorsTab = sidebar.getByLabel('Tab for Mentors');
    expect(await mentorsTab.locator('option').allInnerTexts()).toEqual(['Volunteer Mentors', 'Peer Consumers 2026', 'Create a new Mentors tab']);

    // Another tab for mentors: its columns are proposed, then back to the mentors' own tab.
    await arrowTo(mentorsTab, 'Peer Consumers 2026');
    await says('10 columns of Peer Consumers 2026 loaded.');
    expect(await isFocused(sidebar.getByLabel('Tab for Mentors'))).toBe(true);
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Next: what matching needs' }));
    expect(await focusedId(sidebar)).toBe('setup-step');
    expect(await sidebar.getByLabel('ZIP').first().locator('option').allInnerTexts()).toContain('Guardian Name');
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Back: your tabs' }));
    await arrowTo(sidebar.getByLabel('Tab for Mentors'), 'Volunteer Mentors');
    await says('9 columns of Volunteer Mentors loaded.');

    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Next: what matching needs' }));
    expect(await step()).toBe('What matching needs');
    const zip = sidebar.getByRole('group', { name: /^Mentors/ }).getByLabel('ZIP');
    expect(await zip.inputValue()).toBe('Zip');
    expect(await zip.locator('option').allInnerTexts()).not.toContain('Guardian Name');
    expect(await sidebar.getByLabel('Everyone on Peer Consumers 2026 is eligible under the Americans with Disabilities Act (ADA)').isVisible()).toBe(true);
    await fitsWidth('step 2');
    await expectClean('step 2');

    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Next: optional columns' }));
    expect(await step()).toBe('Optional columns');
    // Collapsed: the optional columns are a summary line per tab until opened.
    expect(await sidebar.getByRole('group', { name: /^Mentors/ }).count()).toBe(0);
    const mentorsOptional = sidebar.locator('summary', { hasText: /^Mentors: \d+ of \d+ found$/ });
    await pressOn(page, sidebar, mentorsOptional);
    expect(await sidebar.getByLabel('Email').first().inputValue()).toBe('Email');
    await fitsWidth('step 3');
    await expectClean('step 3');
  });

  it('Save on the last step ends on readiness and the goals to copy; a fix and the copy are one key press each, and Go to cell shows the cell in the grid', async () => {
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Save setup' }));
    await says('Setup saved.');
    expect(await sidebar.locator('#view-title').innerText()).toBe('Setup saved');
    const panel = sidebar.getByRole('region', { name: 'Not ready to match yet' });
    expect(await panel.locator('p').first().innerText()).toBe('2 of 3 mentors can be suggested; 0 of 3 consumers are waiting and eligible.');
    await fitsWidth('readiness');
    await expectClean('readiness');

    // The goals typed in Goal 1/2/3: a preview, then one copy; the copy leaves nothing more to copy.
    const goals = sidebar.getByRole('region', { name: 'Goals typed on your consumers’ tab' });
    expect(await goals.locator('li').first().innerText()).toBe("C-0001: “get a job” → Employment (Peer Consumers 2026, row 2, column 'Goal 1')");
    await pressOn(page, sidebar, goals.getByRole('button', { name: 'Copy 6 goals to the Goals tab' }));
    await says('6 goals copied to the Goals tab.');
    expect(await focusedId(sidebar)).toBe('goals-copy');
    // Nothing left to copy; the one button is the copy's Undo.
    expect(await goals.getByRole('button').allInnerTexts()).toEqual(['Undo copying 6 goals']);
    expect(await goals.innerText()).toContain('All 6 are on the Goals tab already.');
    await expectClean('goals copied');
    // Undo takes the six back and offers them again; copying once more leaves the workbook as the copy did.
    await pressOn(page, sidebar, goals.getByRole('button', { name: 'Undo copying 6 goals' }));
    await says('Undone: copying 6 goals.');
    expect(await focusedId(sidebar)).toBe('goals-copy');
    expect(await goals.getByRole('button').allInnerTexts()).toEqual(['Copy 6 goals to the Goals tab']);
    await expectClean('goals copy undone');
    await pressOn(page, sidebar, goals.getByRole('button', { name: 'Copy 6 goals to the Goals tab' }));
    await says('6 goals copied to the Goals tab.');

    // Match and Batch say why when nothing can be suggested: the same panel, with the same fix.
    await sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Match', exact: true }).click();
    await sidebar.getByLabel('Find a consumer by name or ID').fill('Dee');
    await sidebar.getByRole('button', { name: 'Search', exact: true }).click();
    await sidebar.getByRole('button', { name: /^Dee Moua/ }).click();
    await sidebar.getByRole('region', { name: 'Not ready to match yet' }).waitFor();
    expect(await status()).toBe('0 mentors suggested. Not ready to match yet.');
    await expectClean('match: not ready');
    await sidebar.getByRole('heading', { name: 'Mentors for Dee Moua' }).evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'match-not-ready');
    await sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Plan matches', exact: true }).click();
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Find matches for everyone waiting' }));
    const stuck = sidebar.getByRole('region', { name: 'Not ready to match yet' });
    await stuck.waitFor();
    expect(await status()).toBe('0 proposals ready. Not ready to match yet.');
    await fitsWidth('batch: not ready');
    await expectClean('batch: not ready');
    await sidebar.locator('#view-title').evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'plan-not-ready');

    await pressOn(page, sidebar, stuck.getByRole('button', { name: 'Everyone on Peer Consumers 2026 is eligible under the Americans with Disabilities Act (ADA)' }));
    const ready = sidebar.getByRole('region', { name: 'You can match today' });
    await ready.waitFor();
    expect(await focusedId(sidebar)).toBe('readiness');
    expect(await status()).toBe('Saved. 2 of 3 mentors can be suggested; 3 of 3 consumers are waiting and eligible.');

    const goTo = ready.getByRole('button', { name: "Go to cell: Volunteer Mentors, row 3, column 'Trained?'" });
    expect(await ready.getByText(/^Volunteer Mentors, row 3, column 'Trained\?': /).count()).toBe(1);
    await pressOn(page, sidebar, goTo);
    await says('The cursor is on Volunteer Mentors, cell H3.');
    await page.waitForFunction(() => document.getElementById('grid')?.dataset.tab === 'Volunteer Mentors');
    const cell = page.locator('#grid td.active-cell');
    await cell.waitFor();
    expect(await cell.innerText()).toBe('Trained ✓');
    expect(await cell.getAttribute('aria-current')).toBe('true');
    expect(await page.getByRole('tab', { name: 'Volunteer Mentors', exact: true }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#grid-status').innerText()).toBe('Cursor on Volunteer Mentors, cell H3.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Setup again shows the saved value for everyone, in step 2', async () => {
    await sidebar.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Setup', exact: true }).click();
    await says('Setup proposal ready.');
    await pressOn(page, sidebar, sidebar.getByRole('button', { name: 'Next: what matching needs' }));
    expect(await sidebar.getByLabel('Everyone on Peer Consumers 2026 is eligible under the Americans with Disabilities Act (ADA)').isChecked()).toBe(true);
  });
});

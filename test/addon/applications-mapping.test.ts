// The Applications tab's columns are found like every other tab's: through its fields in schema.ts and the header
// mapping the coordinator saved in Setup, so an answer column renamed in the sheet is still read when accepting.
import { APPLICATION_COLUMNS, APPLICATION_HEADERS } from '../../src/domain/intake/application-row';
import { prepareIntake } from '../../src/domain/intake/prepare-intake';
import { layoutRow, resolveLayout } from '../../src/domain/intake/tab-layout';
import { tabSpec } from '../../src/domain/schema';
import { aSubmission } from '../helpers/intake-submissions';
import { acceptProposal, demoSpreadsheet, sidebarCall, startAddon } from '../helpers/addon-runtime';

const RENAMED = 'Who is asking';

describe('the Applications tab through the saved header mapping', () => {
  it('lists every Applications column among the tab’s schema fields, in the order the intake writes them', () => {
    expect(tabSpec('applications').fields.map((f) => f.header)).toEqual([...APPLICATION_HEADERS]);
  });

  it('accepting reads the name from the column the coordinator mapped in Setup, under a header no rule would guess', () => {
    const ss = demoSpreadsheet();
    const submission = aSubmission('consumer-request', { name: 'Ann Mapped', email: 'ann.mapped@example.org' });
    const [row] = prepareIntake([submission], { people: [], applications: [], checkIns: { mentors: [], consumers: [], matches: [] } as never, nextReviewId: () => 'V-9999' });
    const header = APPLICATION_HEADERS.map((h) => (h === 'Name' ? RENAMED : h));
    ss.addSheet('Applications', [header, layoutRow(row!.values, resolveLayout(APPLICATION_HEADERS, APPLICATION_COLUMNS))]);
    const addon = startAddon(ss);
    const choices = acceptProposal(sidebarCall(addon, 'getSetupProposal'));
    expect(choices.tabs.applications!.fields.name).toBeUndefined();
    choices.tabs.applications!.fields.name = RENAMED;
    sidebarCall(addon, 'applySetup', choices);

    const result = sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'accept' });

    const consumers = ss.sheet('Consumers')!.values();
    const created = consumers.find((r) => r[0] === result.recordId)!;
    expect(created[consumers[0]!.indexOf('Name')]).toBe('Ann Mapped');
  });
});

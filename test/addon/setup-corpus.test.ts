import { FakeSpreadsheet } from '../../src/workbench/gas';
import { CORPUS, CORPUS_AS_OF } from '../corpus/corpus-workbooks';
import { acceptProposal, sidebarCall, startAddon } from '../helpers/addon-runtime';

function spreadsheetOf(workbook: (typeof CORPUS)[number]): FakeSpreadsheet {
  const ss = new FakeSpreadsheet({ timeZone: 'America/Chicago' });
  for (const tab of workbook.tabs) ss.addSheet(tab.name, tab.rows.map((row) => [...row]));
  return ss;
}

describe('Setup in the built add-on, on every workbook of the corpus', () => {
  it.each(CORPUS.map((w) => [w.file, w] as const))('%s: proposes the expected mapping and readiness, and saves it', (_file, workbook) => {
    const ss = spreadsheetOf(workbook);
    const runtime = startAddon(ss, { now: new Date(`${CORPUS_AS_OF}T15:00:00Z`) });
    const proposal = sidebarCall(runtime, 'getSetupProposal');
    expect(proposal.tabNames).not.toContain('Proximity cache');
    expect(proposal.tabNames).not.toContain('Intake queue');
    for (const role of ['mentors', 'consumers'] as const) {
      const tab = proposal.tabs.find((t: { key: string }) => t.key === role);
      const expected = workbook.expected[role];
      expect(tab.tab).toBe(expected.tab);
      if (!expected.fields) continue;
      expect(tab.headerRow).toBe(expected.headerRow);
      expect(Object.fromEntries(tab.fields.filter((f: { header: string | null }) => f.header).map((f: { field: string; header: string }) => [f.field, f.header]))).toEqual(expected.fields);
      expect(tab.otherPerson).toEqual(expected.otherPerson ?? []);
      for (const field of tab.fields.filter((f: { header: string | null }) => f.header)) expect(['exact header', 'common wording', 'a guess to check']).toContain(field.howLabel);
    }
    const { ready, mentorsSuggestable, consumersWaitingEligible, blockers } = proposal.readiness;
    expect({ ready, mentorsSuggestable, consumersWaitingEligible, blockers: blockers.map((b: { code: string }) => b.code) }).toEqual(workbook.expected.readiness);

    const titles = workbook.tabs.map((t) => ss.sheet(t.name)!.get(1, 1));
    const result = sidebarCall(runtime, 'applySetup', acceptProposal(proposal));
    // Setup ends on readiness: every required tab exists now, and nothing above a header row was given an ID.
    expect(result.check.readiness.blockers.map((b: { code: string }) => b.code)).not.toContain('READY.NO_TAB');
    expect(workbook.tabs.map((t) => ss.sheet(t.name)!.get(1, 1))).toEqual(titles);
  });
});

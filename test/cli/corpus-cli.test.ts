import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORPUS, CORPUS_AS_OF } from '../corpus/corpus-workbooks';
import { writeCorpus } from '../corpus/write-corpus';
import { CLI_BIN } from '../helpers/paths';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-corpus-cli-'));
const checked = new Map<string, { code: number | null; report: any }>();
beforeAll(async () => {
  await writeCorpus(dir);
  for (const workbook of CORPUS) {
    const result = spawnSync(process.execPath, [CLI_BIN, 'check', path.join(dir, workbook.file), '--json', '--as-of', CORPUS_AS_OF], { encoding: 'utf8' });
    checked.set(workbook.file, { code: result.status, report: JSON.parse(result.stdout) });
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const check = (file: string) => checked.get(file)!;

describe('peer-mentoring check on the corpus', () => {
  it.each(CORPUS.map((w) => [w.file, w] as const))('%s: the mapping and every unreadable cell, as expected', (file, workbook) => {
    const { code, report } = check(file);
    for (const role of ['mentors', 'consumers'] as const) {
      const tab = report.tabs.find((t: { role: string }) => t.role === role);
      const expected = workbook.expected[role];
      expect(tab.tab).toBe(expected.tab);
      if (!expected.fields) continue;
      expect(Object.fromEntries(Object.entries(tab.fields as Record<string, { header: string }>).map(([field, m]) => [field, m.header]))).toEqual(expected.fields);
      expect(tab.rows).toBe(expected.rows);
      expect(tab.headerRow).toBe(expected.headerRow);
      expect(tab.otherPerson).toEqual(expected.otherPerson ?? []);
      expect(tab.nameChoice !== null).toBe(expected.asksName ?? false);
    }
    const { ready, mentorsSuggestable, consumersWaitingEligible, blockers } = report.readiness;
    expect({ ready, mentorsSuggestable, consumersWaitingEligible, blockers: blockers.map((b: { code: string }) => b.code) }).toEqual(workbook.expected.readiness);
    for (const blocker of blockers) expect(blocker.fix).toMatch(/\w.*\.$/);
    const unreadable = report.issues.filter((i: { code: string }) => i.code === 'VALUE.UNREADABLE').map((i: { location: { tab: string; row: number; column: string } }) => [i.location.tab, i.location.row, i.location.column]);
    expect(unreadable).toEqual(workbook.expected.unreadable);
    // A workbook missing a role's tab or a column it needs is not usable: exit 1.
    const usable = [workbook.expected.mentors, workbook.expected.consumers].every((role) => role.tab !== null && role.fields !== undefined);
    expect(code).toBe(usable ? 0 : 1);
  });

  it('prints readiness in words: each blocker, its fix, and each unreadable cell to go to', () => {
    const result = spawnSync(process.execPath, [CLI_BIN, 'check', path.join(dir, 'volunteer-mentors-peer-consumers.xlsx'), '--as-of', CORPUS_AS_OF], { encoding: 'utf8' });
    expect(result.stdout).toContain('Not ready to match: 2 of 3 mentors can be suggested; 0 of 3 consumers are waiting and eligible.');
    expect(result.stdout).toContain("BLOCKS: Peer Consumers 2026 has no column saying who is eligible (has a disability under the Americans with Disabilities Act, ADA), so no consumer can be matched.");
    expect(result.stdout).toContain('Fix: Choose the column that records eligibility under the Americans with Disabilities Act (ADA), or say that everyone on Peer Consumers 2026 is eligible.');
    expect(result.stdout).toContain("- Volunteer Mentors, row 3, column 'Trained?'");
    expect(result.stdout).toContain('about another person (never read as this person\'s details): "Guardian Name", "Parent/Guardian Email"');
    expect(result.stdout).toContain('goalAreas              ← G "Goal 1" + "Goal 2", "Goal 3" (common wording)');
  });

  it('reads the coordinator\'s saved answers for a missing column and a header row', () => {
    const mapping = path.join(dir, 'answers.json');
    fs.writeFileSync(mapping, JSON.stringify({ version: 1, tabs: { consumers: { tab: 'Peer Consumers 2026', fields: {}, defaults: { adaEligible: 'yes' } } } }));
    const result = spawnSync(process.execPath, [CLI_BIN, 'check', path.join(dir, 'volunteer-mentors-peer-consumers.xlsx'), '--mapping', mapping, '--json', '--as-of', CORPUS_AS_OF], { encoding: 'utf8' });
    expect(JSON.parse(result.stdout).readiness).toMatchObject({ ready: true, consumersWaitingEligible: 3 });
  });

  it('never maps a guardian\'s, case manager\'s or emergency contact\'s column as the person\'s own', () => {
    for (const workbook of CORPUS) {
      const { report } = check(workbook.file);
      for (const tab of report.tabs) {
        for (const [field, match] of Object.entries(tab.fields as Record<string, { header: string }>)) {
          if (['name', 'firstName', 'lastName', 'email', 'phone', 'address', 'city', 'zip'].includes(field)) {
            expect(match.header).not.toMatch(/guardian|parent|emergency|caregiver|case manager|contact person|referred by/i);
          }
        }
      }
    }
  });
});

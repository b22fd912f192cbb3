import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI_BIN } from '../helpers/paths';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const AS_OF = '2026-11-22';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-match-'));
const demo = path.join(dir, 'demo.xlsx');

beforeAll(() => {
  expect(cli('demo', demo, '--as-of', AS_OF)).toMatchObject({ code: 0 });
});

interface Plan {
  proposals: { consumerId: string; mentorId: string; score: number; reasons: string[] }[];
  totalScore: number;
  unmatched: { consumerId: string; reason: string }[];
}

describe('peer-mentoring assign and suggest on the demo workbook', () => {
  let plan: Plan;
  beforeAll(() => {
    const result = cli('assign', demo, '--as-of', AS_OF, '--json');
    expect(result.code).toBe(0);
    plan = JSON.parse(result.stdout);
  });

  it('assign proposes each consumer at most once, and totals the scores', () => {
    expect(plan.proposals.length).toBeGreaterThan(0);
    const consumers = plan.proposals.map((p) => p.consumerId);
    expect(new Set(consumers).size).toBe(consumers.length);
    expect(plan.totalScore).toBeCloseTo(plan.proposals.reduce((sum, p) => sum + p.score, 0), 1);
    for (const u of plan.unmatched) expect(u.reason).toMatch(/^(outscored|no allowed mentor|C-\d+ is not marked eligible)/);
    for (const p of plan.proposals) expect(p.score).toBeGreaterThan(0);
  });

  it('suggest ranks mentors best first with reasons, lists who was left out, and agrees with assign on what is allowed', () => {
    const proposal = plan.proposals[0]!;
    const result = cli('suggest', demo, '--consumer', proposal.consumerId, '--as-of', AS_OF, '--top', '5', '--json');
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer.consumerId).toBe(proposal.consumerId);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.suggestions.length).toBeLessThanOrEqual(5);
    const scores = answer.suggestions.map((s: { score: number }) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of answer.suggestions) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['mentorId', 'score', 'distanceKm', 'travelMinutes', 'reasons']));
      expect(s.reasons[0]).toMatch(/^covers /);
    }
    for (const e of answer.excluded) expect(e.rule).toMatch(/^MATCH\./);
    // The mentor assign proposed is allowed for this consumer, so suggest does not exclude them.
    expect(answer.excluded.map((e: { mentorId: string }) => e.mentorId)).not.toContain(proposal.mentorId);
  });

  it('prints plain words without --json', () => {
    const result = cli('suggest', demo, '--consumer', plan.proposals[0]!.consumerId, '--as-of', AS_OF, '--top', '2');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/best first/);
    expect(result.stdout).toMatch(/training (current until|due soon)/);
  });

  it('answers an unknown consumer with one sentence and exit 1', () => {
    const result = cli('suggest', demo, '--consumer', 'C-9999', '--as-of', AS_OF);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('There is no consumer with ID C-9999 on the Consumers tab.');
  });

  it('rejects bad arguments with exit 2', () => {
    for (const args of [['suggest', demo], ['suggest', demo, '--consumer', 'C-0001', '--top', 'zero'], ['assign', demo, '--as-of', 'tomorrow']]) {
      const result = cli(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 1 when the workbook cannot be used for matching', async () => {
    const { XlsxWorkbook } = await import('../../src/adapters/local/xlsx-workbook');
    const broken = XlsxWorkbook.empty();
    broken.createTab('Volunteers', ['Favourite colour']);
    const file = path.join(dir, 'broken.xlsx');
    await broken.save(file);
    const result = cli('assign', file, '--as-of', AS_OF);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot be used for matching/);
  });
});

import { planGoalsCopy } from '../../src/domain/goals-copy';
import { readWorkbook, WorkbookSource } from '../../src/domain/workbook-reader';
import { CORPUS, CORPUS_AS_OF } from '../corpus/corpus-workbooks';

function read(file: string) {
  const workbook = CORPUS.find((w) => w.file === file)!;
  const source: WorkbookSource = { tabNames: () => workbook.tabs.map((t) => t.name), read: (name) => workbook.tabs.find((t) => t.name === name)!.rows };
  return readWorkbook(source);
}

describe('planGoalsCopy', () => {
  it('turns a free-text goals column into one goal per phrase and area, and lists the phrase it cannot place', () => {
    const model = read('free-text-goals-checkboxes.xlsx');
    const plan = planGoalsCopy(model.typedGoals, model.goals, CORPUS_AS_OF);
    expect(plan.add.map((g) => [g.consumerId, g.area, g.goal, g.status])).toEqual([
      ['C-0001', 'employment', 'get a job', 'not-started'],
      ['C-0001', 'transportation', 'learn the bus', 'not-started'],
      ['C-0002', 'social-recreation', 'make friends and cook', 'not-started'],
      ['C-0002', 'daily-living', 'make friends and cook', 'not-started'],
      ['C-0003', 'education-technology', 'go back to school', 'not-started'],
      ['C-0003', 'finances-benefits', 'manage my money', 'not-started'],
    ]);
    expect(plan.add[0]!.from).toEqual({ tab: 'Consumers', row: 2, column: 'Goals' });
    expect(plan.unknown).toEqual([{ consumerId: 'C-0003', text: 'sort out my mail', could: [], from: { tab: 'Consumers', row: 4, column: 'Goals' } }]);
  });

  it('reads every numbered goal column, and leaves out a goal already on the Goals tab', () => {
    const model = read('goal-area-columns.xlsx');
    const plan = planGoalsCopy(model.typedGoals, model.goals, CORPUS_AS_OF);
    expect(plan.add.map((g) => [g.consumerId, g.area, g.from.column])).toEqual([
      ['C-0001', 'daily-living', 'Goal area 2'],
      ['C-0002', 'transportation', 'Goal area 1'],
    ]);
    expect(plan.alreadyThere).toEqual([{ consumerId: 'C-0001', area: 'employment', goal: 'Employment', from: { tab: 'Consumers', row: 2, column: 'Goal area 1' } }]);
  });

  it('adds nothing when run again after the copy', () => {
    const model = read('volunteer-mentors-peer-consumers.xlsx');
    const first = planGoalsCopy(model.typedGoals, model.goals, CORPUS_AS_OF);
    expect(first.add.length).toBe(6);
    const copied = first.add.map((g, i) => ({ ...g, id: `G-${i}`, objectives: '', targetDate: null, metOn: null, matchId: null, source: { tab: 'Goals', row: i + 2 } }));
    expect(planGoalsCopy(model.typedGoals, copied, CORPUS_AS_OF).add).toEqual([]);
  });
});

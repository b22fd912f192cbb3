import { DomainError } from '../../src/domain/errors';
import { changeGoalStatus, createGoal, GOAL_STATUSES, validateGoals } from '../../src/domain/goals';
import { Goal, GoalStatus } from '../../src/domain/model';
import { aGoal } from '../helpers/builders';

const ASOF = '2026-06-01';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('goal status changes', () => {
  const allowed: Record<GoalStatus, GoalStatus[]> = {
    'not-started': ['in-progress', 'met', 'not-met', 'withdrawn'],
    'in-progress': ['met', 'not-met', 'withdrawn'],
    met: ['in-progress'],
    'not-met': ['in-progress'],
    withdrawn: ['not-started', 'in-progress'],
  };
  const cases = GOAL_STATUSES.flatMap((from) => GOAL_STATUSES.map((to) => [from, to, allowed[from].includes(to)] as const));

  it.each(cases)('%s → %s allowed: %s', (from, to, ok) => {
    const goal = aGoal({ status: from, metOn: from === 'met' ? '2026-05-01' : null });
    if (ok) {
      const changed = changeGoalStatus(goal, to, ASOF, '2026-05-20');
      expect(changed.status).toBe(to);
      expect(changed.metOn).toBe(to === 'met' ? '2026-05-20' : null);
    } else {
      expect(codeOf(() => changeGoalStatus(goal, to, ASOF, '2026-05-20'))).toBe('GOAL.BAD_STATUS');
    }
  });

  it('names both statuses when a change is not allowed', () => {
    expect(() => changeGoalStatus(aGoal({ status: 'met', metOn: '2026-05-01' }), 'withdrawn', ASOF)).toThrow('is met and cannot become withdrawn');
  });

  it.each([
    ['a status that does not exist', 'finished', undefined, 'GOAL.BAD_STATUS'],
    ['met without a date', 'met', undefined, 'GOAL.MET_DATE_REQUIRED'],
    ['met tomorrow', 'met', '2026-06-02', 'GOAL.FUTURE_DATE'],
    ['met before it was set', 'met', '2026-02-14', 'GOAL.DATES_OUT_OF_ORDER'],
  ])('refuses %s', (_what, status, metOn, code) => {
    expect(codeOf(() => changeGoalStatus(aGoal({ status: 'in-progress', setOn: '2026-02-15' }), status, ASOF, metOn))).toBe(code);
  });

  it('accepts met today and met on the day it was set', () => {
    expect(changeGoalStatus(aGoal(), 'met', ASOF, ASOF).metOn).toBe(ASOF);
    expect(changeGoalStatus(aGoal({ setOn: '2026-02-15' }), 'met', ASOF, '2026-02-15').metOn).toBe('2026-02-15');
  });
});

describe('createGoal', () => {
  const input = { consumerId: 'C-0001', area: 'transportation', goal: 'Ride the bus alone', objectives: 'Plan a trip; ride twice with mentor' };
  const source = { tab: 'Goals', row: 9 };

  it('creates a not-started goal set today', () => {
    expect(createGoal(input, 'G-0009', source, ASOF)).toMatchObject({ id: 'G-0009', status: 'not-started', setOn: ASOF, area: 'transportation', matchId: null });
  });

  it.each([
    [{ area: 'astrophysics' }, 'GOAL.UNKNOWN_AREA'],
    [{ goal: '  ' }, 'GOAL.NO_TEXT'],
    [{ setOn: '2026-06-02' }, 'GOAL.FUTURE_DATE'],
    [{ setOn: '2026-05-01', targetDate: '2026-04-30' }, 'GOAL.DATES_OUT_OF_ORDER'],
  ])('refuses %o', (overrides, code) => {
    expect(codeOf(() => createGoal({ ...input, ...overrides }, 'G-0009', source, ASOF))).toBe(code);
  });
});

describe('validateGoals', () => {
  it.each<[Partial<Goal>, string, string]>([
    [{ area: 'astrology' as Goal['area'] }, 'GOAL.UNKNOWN_AREA', 'Area'],
    [{ setOn: '2026-03-01', metOn: '2026-02-01', status: 'met' }, 'GOAL.DATES_OUT_OF_ORDER', 'Met on'],
    [{ setOn: '2026-03-01', targetDate: '2026-02-01' }, 'GOAL.DATES_OUT_OF_ORDER', 'Target date'],
    [{ status: 'met', metOn: null }, 'GOAL.NO_MET_DATE', 'Met on'],
  ])('reports %o and leaves it out', (overrides, code, column) => {
    const bad = aGoal({ ...overrides, id: 'G-0005', source: { tab: 'Goals', row: 6 } });
    const good = aGoal();
    const { valid, issues } = validateGoals([good, bad]);
    expect(valid).toEqual([good]);
    expect(issues).toEqual([expect.objectContaining({ code, location: { tab: 'Goals', row: 6, column } })]);
  });
});

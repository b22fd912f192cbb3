import { readGoalArea, GOAL_AREAS, GOAL_AREA_LABELS } from '../../src/domain/goal-areas';

describe('readGoalArea', () => {
  it.each([
    ['Transportation', 'transportation'],
    ['rides & getting around', 'transportation'],
    ['Finding a job', 'employment'],
    ['SSI and budgeting', 'finances-benefits'],
    ['Health care/nutrition', 'health-nutrition'],
    ['Consumer/legal rights', 'rights'],
    ['making friends', 'social-recreation'],
    ['learn to use my smartphone', 'education-technology'],
    ['Daily Living / Housing', 'daily-living'],
    ['Self-help', 'personal-growth'],
    // Words about learning in general name Education only when nothing more specific is named.
    ['Learning the bus', 'transportation'],
    ['training for a job', 'employment'],
    ['learning to budget', 'finances-benefits'],
    ['cooking classes', 'daily-living'],
    ['learning', 'education-technology'],
    ['classes at the community college', 'education-technology'],
  ])('reads "%s" as %s', (text, area) => {
    expect(readGoalArea(text)).toEqual({ kind: 'area', area });
  });

  it('reads every program label back as its own area', () => {
    for (const area of GOAL_AREAS) expect(readGoalArea(GOAL_AREA_LABELS[area])).toEqual({ kind: 'area', area });
  });

  it('reports wording it does not know instead of guessing', () => {
    expect(readGoalArea('astrophysics')).toEqual({ kind: 'unknown', text: 'astrophysics' });
    expect(readGoalArea('   ')).toEqual({ kind: 'unknown', text: '   ' });
  });
});

import { groupsOf, keeps, ListQuery } from '../../src/client/list-filter';

const ANY: ListQuery = { text: '', group: '', due: '' };
const match = { words: ['X-0012', 'Nadia Nguyễn', 'C-0040', 'Ben Olson', 'M-0003'], group: 'Active' };

describe('which list entries a search and filters keep', () => {
  it('finds an entry by any word of a name, in any case and without accents', () => {
    expect(keeps(match, { ...ANY, text: 'nguyen' })).toBe(true);
    expect(keeps(match, { ...ANY, text: 'nadia ols' })).toBe(true);
    expect(keeps(match, { ...ANY, text: 'nadia anderson' })).toBe(false);
  });

  it('finds an entry by its ID typed in full, without the dash or without leading zeros', () => {
    for (const text of ['X-0012', 'x0012', 'x12', 'X-12', 'c40', 'M-3']) expect({ text, kept: keeps(match, { ...ANY, text }) }).toEqual({ text, kept: true });
    expect(keeps(match, { ...ANY, text: 'x120' })).toBe(false);
    expect(keeps(match, { ...ANY, text: 'c4' })).toBe(false);
  });

  it('keeps only the chosen status', () => {
    expect(keeps(match, { ...ANY, group: 'Active' })).toBe(true);
    expect(keeps(match, { ...ANY, group: 'Proposed' })).toBe(false);
  });

  it('keeps only what falls due in the chosen window, and nothing without a due date', () => {
    const due = (dueInDays: number, window: string) => keeps({ ...match, dueInDays }, { ...ANY, due: window });
    expect([due(-3, 'overdue'), due(0, 'overdue'), due(0, 'today'), due(1, 'today'), due(7, 'week'), due(8, 'week'), due(30, 'month'), due(31, 'month')]).toEqual([
      true, false, true, false, true, false, true, false,
    ]);
    expect(keeps(match, { ...ANY, due: 'week' })).toBe(false);
  });
});

describe('the groups of a list', () => {
  it('come in the given order first, then the others as met, each with its count; empty ones are left out', () => {
    const entries = ['Active', 'Proposed', 'Active', 'Paused'].map((group) => ({ words: [], group }));
    expect(groupsOf(entries, ['Proposed', 'Intro scheduled', 'Active'])).toEqual([
      { group: 'Proposed', count: 1 }, { group: 'Active', count: 2 }, { group: 'Paused', count: 1 },
    ]);
  });
});

import { derivableCells, suppressCounts } from '../../src/domain/suppression';

/** Every way to fill the hidden cells of one line that agrees with what is shown: brute force, for small lines. */
function solutions(shown: Record<string, number | string>, cells: string[], total: string, threshold: number, max = 80): Record<string, number>[] {
  const keys = [...cells, total].filter((k) => typeof shown[k] !== 'number');
  const range = (k: string) => (shown[k] === `<${threshold}` ? [1, threshold - 1] : [0, max]);
  const out: Record<string, number>[] = [];
  const walk = (i: number, acc: Record<string, number>) => {
    if (i === keys.length) {
      const value = (k: string) => (typeof shown[k] === 'number' ? (shown[k] as number) : acc[k]!);
      if (cells.reduce((n, k) => n + value(k), 0) === value(total)) out.push({ ...acc });
      return;
    }
    const [lo, hi] = range(keys[i]!);
    for (let v = lo!; v <= hi!; v++) walk(i + 1, { ...acc, [keys[i]!]: v });
  };
  walk(0, {});
  return out;
}

describe('suppressCounts', () => {
  const line = (values: number[]) => {
    const cells = Object.fromEntries(values.map((v, i) => [`c${i}`, v]));
    return { cells: { ...cells, total: values.reduce((a, b) => a + b, 0) }, lines: [{ cells: Object.keys(cells), total: 'total' }] };
  };

  it('shows counts from 1 to 4 as "<5" and leaves zeros and larger counts', () => {
    const shown = suppressCounts(line([0, 5, 12, 7, 9, 3, 4]), 5);
    expect(shown).toMatchObject({ c0: 0, c1: 5, c5: '<5', c6: '<5', total: 40 });
  });

  it('hides a second cell when a single small count could be worked out from the total', () => {
    const shown = suppressCounts(line([3, 20, 9, 30]), 5);
    expect(shown).toEqual({ c0: '<5', c1: 20, c2: '*', c3: 30, total: 62 });
  });

  it('publishes everything when the threshold is 0 or 1', () => {
    expect(suppressCounts(line([1, 2, 3]), 0)).toEqual(line([1, 2, 3]).cells);
    expect(suppressCounts(line([1, 2, 3]), 1)).toEqual(line([1, 2, 3]).cells);
  });

  it('shows a small count as "*" when every cell is hidden and the "<N" bounds alone would pin the counts', () => {
    const table = line([0, 1, 1]); // total 2: two cells of at least 1 under a total below 3 must both be 1
    const shown = suppressCounts(table, 3);
    expect(derivableCells(shown, table.lines, 3, table.cells)).toEqual([]);
    expect(shown.total).toBe('*');
    expect([shown.c1, shown.c2]).toEqual(['<3', '<3']);
  });

  it.each([
    [[3, 20, 9, 30]],
    [[1, 1, 30]], // two hidden ones summing to 2 would pin both at 1
    [[1, 0, 0, 12]],
    [[4, 0, 6]],
    [[2, 2, 2]],
    [[0, 0, 1]],
    [[1, 9]],
    [[4, 4, 4, 4, 40]],
  ])('leaves no hidden cell of %j with only one possible value', (values) => {
    const table = line(values);
    const shown = suppressCounts(table, 5);
    expect(derivableCells(shown, table.lines, 5, table.cells)).toEqual([]);
    const fills = solutions(shown, table.lines[0]!.cells, 'total', 5);
    for (const key of Object.keys(shown).filter((k) => typeof shown[k] === 'string')) {
      expect(new Set(fills.map((f) => f[key])).size).toBeGreaterThan(1);
    }
    // the true values are one of the fills
    expect(fills).toContainEqual(Object.fromEntries(Object.keys(shown).filter((k) => typeof shown[k] === 'string').map((k) => [k, table.cells[k as keyof typeof table.cells]])));
  });
});

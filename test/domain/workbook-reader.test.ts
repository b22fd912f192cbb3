import { readWorkbook, WorkbookSource } from '../../src/domain/workbook-reader';
import type { Cell } from '../../src/domain/values';

function source(tabs: Record<string, Cell[][]>): WorkbookSource {
  return { tabNames: () => Object.keys(tabs), read: (tab) => tabs[tab] ?? [] };
}

const MENTORS: Cell[][] = [
  ['Mentor ID', 'Full Name', 'Zip Code', 'Areas I can help with', 'Max # of mentees', 'Status', 'Initial training'],
  ['M-0001', 'Ana Ruiz', '55104-1234', 'Employment, rides & getting around', 2, 'Active', new Date('2026-06-10T00:00:00Z')],
  [null, null, null, null, null, null, null],
  ['', 'Ben Olson', 55102, 'budgeting; astrology', 'a few', 'on hold', 'next spring'],
  ['M-0001', 'Duplicate Person', '55101', 'Employment', 1, 'Active', null],
  ['M-0009', '', '55101', 'Employment', 1, 'Active', null],
];
const CONSUMERS: Cell[][] = [
  ['ID', 'First Name', 'Last Name', 'Postal code', 'Goals', 'ADA eligible', 'Date requested'],
  ['C-0001', 'Lee', 'Vang', '55106', 'Transportation', 'Y', '3/3/2026'],
  ['C-0002', 'Sam', 'Lor', '55107', 'Employment', 'x', 'March 3, 2026'],
];

describe('readWorkbook', () => {
  const model = readWorkbook(source({ Volunteers: MENTORS, Mentees: CONSUMERS }));
  const at = (row: number) => model.issues.filter((issue) => issue.location.tab === 'Volunteers' && issue.location.row === row);

  it('reads what it can and normalizes it', () => {
    expect(model.usable).toBe(true);
    expect(model.mentors[0]).toMatchObject({ id: 'M-0001', name: 'Ana Ruiz', zip: '55104', skills: ['employment', 'transportation'], maxMentees: 2, status: 'active', initialTrainingOn: '2026-06-10' });
    expect(model.consumers.map((c) => [c.id, c.name, c.adaEligible, c.requestedOn])).toEqual([
      ['C-0001', 'Lee Vang', true, '2026-03-03'],
      ['C-0002', 'Sam Lor', true, '2026-03-03'],
    ]);
  });

  it('skips blank rows silently', () => {
    expect(at(3)).toEqual([]);
  });

  it('reports each unreadable value with its tab, row and column, and keeps the rest of the row', () => {
    const ben = model.mentors.find((m) => m.name === 'Ben Olson');
    expect(ben).toMatchObject({ zip: '55102', skills: ['finances-benefits'], maxMentees: null, status: 'on-hold', initialTrainingOn: null });
    expect(at(4).map((i) => [i.code, i.location.column])).toEqual([
      ['VALUE.UNREADABLE', 'Areas I can help with'],
      ['VALUE.UNREADABLE', 'Max # of mentees'],
      ['VALUE.UNREADABLE', 'Initial training'],
      ['RECORD.NO_ID', 'Mentor ID'],
    ]);
  });

  it('gives a row without an ID the next free ID', () => {
    expect(model.mentors.find((m) => m.name === 'Ben Olson')?.id).toBe('M-0010');
  });

  it('skips a row whose ID repeats an earlier one, and a row without a name', () => {
    expect(model.mentors.map((m) => m.name)).toEqual(['Ana Ruiz', 'Ben Olson']);
    expect(at(5).map((i) => i.code)).toEqual(['RECORD.DUPLICATE_ID']);
    expect(at(6).map((i) => i.code)).toEqual(['RECORD.MISSING_VALUE']);
  });

  it('reports a missing required tab and is not usable', () => {
    const missing = readWorkbook(source({ Mentors: MENTORS }));
    expect(missing.usable).toBe(false);
    expect(missing.issues).toContainEqual({ code: 'WORKBOOK.MISSING_TAB', message: 'No Consumers tab was found', location: { tab: 'Consumers' } });
  });

  it('reports a missing required column and reads no rows from that tab', () => {
    const noZip = readWorkbook(source({ Mentors: MENTORS, Consumers: [['Name', 'Goals'], ['Lee', 'Employment']] }));
    expect(noZip.usable).toBe(false);
    expect(noZip.consumers).toEqual([]);
    expect(noZip.issues.find((i) => i.code === 'WORKBOOK.MISSING_FIELD')?.message).toBe('No column for a location (ZIP or address) was found on Consumers');
  });

  it('reads an optional tab only when its own required columns are there', () => {
    const goals = readWorkbook(source({ Mentors: MENTORS, Consumers: CONSUMERS, Goals: [['Goal ID', 'Consumer ID', 'Area'], ['G-0001', 'C-0001', 'bus training'], ['G-0002', 'C-0001', 'knitting']] }));
    expect(goals.goals).toHaveLength(1);
    expect(goals.goals[0]).toMatchObject({ id: 'G-0001', area: 'transportation', status: 'not-started' });
    expect(goals.issues.find((i) => i.location.tab === 'Goals')?.location).toEqual({ tab: 'Goals', row: 3, column: 'Area' });
  });

  it('handles an empty tab and a tab with only a header', () => {
    expect(readWorkbook(source({ Mentors: [], Consumers: CONSUMERS })).usable).toBe(false);
    const headerOnly = readWorkbook(source({ Mentors: [MENTORS[0]!], Consumers: CONSUMERS }));
    expect(headerOnly.usable).toBe(true);
    expect(headerOnly.mentors).toEqual([]);
  });

  it('reads a 10,000-row sheet', () => {
    const rows: Cell[][] = [MENTORS[0]!];
    for (let i = 1; i <= 10000; i++) rows.push([`M-${i}`, `Mentor ${i}`, '55104', 'Employment', 1, 'Active', '2026-06-10']);
    const big = readWorkbook(source({ Mentors: rows, Consumers: CONSUMERS }));
    expect(big.mentors).toHaveLength(10000);
    expect(big.issues).toEqual([]);
  });
});

// A read focused on one consumer (what suggesting mentors for them needs) gives exactly the whole read's records and
// problems for that consumer, and the whole read's everything else: IDs are given and repeats found as in a whole read.
import fc from 'fast-check';
import type { Issue } from '../../src/domain/errors';
import type { Cell } from '../../src/domain/values';
import { readText } from '../../src/domain/values';
import { readWorkbook, WorkbookModel, WorkbookSource } from '../../src/domain/workbook-reader';

const MENTORS: Cell[][] = [
  ['Mentor ID', 'Name', 'ZIP', 'Skills', 'Max mentees', 'Status'],
  ['M-0001', 'Ana Ruiz', '55104', 'Employment', 2, 'Active'],
  ['M-0002', 'Ben Olson', 'not a zip', 'Employment', 1, 'Active'],
];
const CONSUMER_HEADER = ['Consumer ID', 'Name', 'ZIP', 'Goal areas', 'ADA eligible', 'Status'];
const GOAL_HEADER = ['Goal ID', 'Consumer ID', 'Area', 'Status'];

// IDs repeat, differ only in case, are blank (and so given one) or look like another tab's; values are sometimes unreadable.
const consumerId = fc.constantFrom('C-0001', 'C-0002', 'c-0002', 'C-0003', 'C-0010', '', '', 'X-1');
const consumerRow = fc
  .record({
    id: consumerId,
    name: fc.constantFrom('Lee Vang', 'Sam Lor', ''),
    zip: fc.constantFrom('55106', '5510', 'unknown'),
    goals: fc.constantFrom('Transportation', 'knitting; employment', ''),
    ada: fc.constantFrom('Yes', 'maybe', ''),
    status: fc.constantFrom('Waiting', 'someday', ''),
  })
  // A row with no ID keeps its name, so the ID the whole read gives it can be seen in the whole read.
  .map((r): Cell[] => [r.id, r.id === '' ? 'Pat Nguyen' : r.name, r.zip, r.goals, r.ada, r.status]);
const goalRow = fc
  .record({ id: fc.constantFrom('G-0001', 'G-0002', 'G-0003', ''), consumer: consumerId, area: fc.constantFrom('Employment', 'knitting', ''), status: fc.constantFrom('In progress', 'Met', 'later') })
  .map((r): Cell[] => [r.id, r.consumer, r.area, r.status]);
const book = fc.record({ consumers: fc.array(consumerRow, { minLength: 1, maxLength: 9 }), goals: fc.array(goalRow, { maxLength: 9 }) });

function source(consumers: Cell[][], goals: Cell[][]): WorkbookSource {
  const tabs: Record<string, Cell[][]> = { Mentors: MENTORS, Consumers: [CONSUMER_HEADER, ...consumers], Goals: [GOAL_HEADER, ...goals] };
  return { tabNames: () => Object.keys(tabs), read: (tab) => tabs[tab] ?? [] };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The whole read's problems, less those on data rows of the Consumers and Goals tabs that are not this consumer's. */
function expectedIssues(whole: WorkbookModel, id: string, consumers: Cell[][], goals: Cell[][]): Issue[] {
  const mine = new Set<string>();
  consumers.forEach((row, i) => same(readText(row[0]), id) && mine.add(`Consumers ${i + 2}`));
  for (const c of whole.consumers) if (same(c.id, id)) mine.add(`Consumers ${c.source.row}`);
  goals.forEach((row, i) => same(readText(row[1]), id) && mine.add(`Goals ${i + 2}`));
  return whole.issues.filter(({ location: { tab, row } }) => !['Consumers', 'Goals'].includes(tab) || row === 1 || mine.has(`${tab} ${row}`));
}

describe('a read focused on one consumer', () => {
  it('holds the whole read’s records and problems for that consumer, and the whole read’s other tabs', () => {
    fc.assert(
      fc.property(book, ({ consumers, goals }) => {
        const whole = readWorkbook(source(consumers, goals));
        const ids = new Set([...whole.consumers.map((c) => c.id), 'C-0002', 'C-0099']);
        for (const id of ids) {
          const focused = readWorkbook(source(consumers, goals), undefined, { consumerId: id });
          expect(focused.consumers).toEqual(whole.consumers.filter((c) => same(c.id, id)));
          expect(focused.typedGoals).toEqual(whole.typedGoals.filter((t) => same(t.consumerId, id)));
          expect(focused.goals).toEqual(whole.goals.filter((g) => same(g.consumerId, id)));
          expect(focused.mentors).toEqual(whole.mentors);
          expect(focused.tabs).toEqual(whole.tabs);
          expect(focused.usable).toBe(whole.usable);
          expect(focused.issues).toEqual(expectedIssues(whole, id, consumers, goals));
        }
      }),
      { numRuns: 80, seed: 20261201 },
    );
  });

  it('reads other consumers’ rows for their ID alone, so their unreadable values are not reported', () => {
    const consumers: Cell[][] = [
      ['C-0001', 'Lee Vang', 'unknown', 'Transportation', 'maybe', 'Waiting'],
      ['C-0002', 'Sam Lor', '55106', 'Employment', 'Yes', 'Waiting'],
      ['', 'Pat Nguyen', '55107', 'Employment', 'Yes', 'Waiting'],
    ];
    const whole = readWorkbook(source(consumers, []));
    expect(whole.issues.filter((i) => i.location.tab === 'Consumers').map((i) => [i.location.row, i.code])).toEqual([
      [2, 'VALUE.UNREADABLE'], [2, 'VALUE.UNREADABLE'], [4, 'RECORD.NO_ID'],
    ]);
    const sam = readWorkbook(source(consumers, []), undefined, { consumerId: 'C-0002' });
    expect(sam.consumers.map((c) => c.id)).toEqual(['C-0002']);
    expect(sam.issues.filter((i) => i.location.tab === 'Consumers')).toEqual([]);
    // The row with no ID is given the same ID as in the whole read, and its problem is its own.
    const pat = readWorkbook(source(consumers, []), undefined, { consumerId: 'C-0003' });
    expect(pat.consumers.map((c) => [c.id, c.name])).toEqual([['C-0003', 'Pat Nguyen']]);
    expect(pat.issues.filter((i) => i.location.tab === 'Consumers').map((i) => [i.location.row, i.code])).toEqual([[4, 'RECORD.NO_ID']]);
  });
});

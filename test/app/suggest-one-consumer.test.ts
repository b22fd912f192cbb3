// Suggesting mentors for one consumer reads only that consumer's rows of the Consumers and Goals tabs in full. Its
// answer is the one a whole read gives: the same mentors in the same order with the same scores and reasons, the same
// left out and why, on seeded random programs (with repeated, missing and differently written IDs) and on the demo.
import fc from 'fast-check';
import { lookupZipCentroid } from '../../src/adapters/local/zip-centroids';
import { suggestMentors, SuggestResult } from '../../src/app/suggest-mentors';
import { buildDemoWorkbook } from '../../src/demo/demo-workbook';
import type { Cell } from '../../src/domain/values';
import { readWorkbook, WorkbookModel, WorkbookSource } from '../../src/domain/workbook-reader';

const AS_OF = '2026-11-20';
type Book = { tab: string; rows: Cell[][] }[];

function sourceOf(book: Book): WorkbookSource {
  return { tabNames: () => book.map((t) => t.tab), read: (tab) => book.find((t) => t.tab === tab)?.rows ?? [] };
}

/** The consumer's answer from a whole read and from a read of their rows only. */
function bothWays(book: Book, whole: WorkbookModel, consumerId: string): { whole: SuggestResult; focused: SuggestResult } {
  const request = { consumerId, asOf: AS_OF, top: 5, lookupZip: lookupZipCentroid };
  return { whole: suggestMentors(whole, request), focused: suggestMentors(readWorkbook(sourceOf(book), undefined, { consumerId }), request) };
}

function expectSameAnswer({ whole, focused }: { whole: SuggestResult; focused: SuggestResult }): void {
  expect(focused.blocked).toEqual(whole.blocked);
  expect(focused.suggestions).toEqual(whole.suggestions);
  expect(focused.notShown).toEqual(whole.notShown);
  expect(focused.excluded).toEqual(whole.excluded);
  // Rows left out: the whole read's, less other consumers' rows.
  for (const issue of focused.issues) expect(whole.issues).toContainEqual(issue);
}

type Edit = { row: number; kind: 'blank-id' | 'repeat' | 'lower-case' | 'goal-met' | 'goal-open' };
const AREAS = ['Employment', 'Transportation', 'Self advocacy', 'Housing', 'Social skills'];

/**
 * Messes up some Consumers rows the way sheets are messed up (a blank ID, a repeated row, an ID in other letters), and
 * gives some consumers goals of their own on the Goals tab, met or open, which change the areas they are matched on.
 */
function messUp(book: Book, edits: Edit[]): Book {
  const copy = book.map(({ tab, rows }) => ({ tab, rows: rows.map((r) => [...r]) }));
  const consumers = copy.find((t) => t.tab === 'Consumers')!.rows;
  const goals = copy.find((t) => t.tab === 'Goals')!.rows;
  const column = (header: string) => goals[0]!.indexOf(header);
  edits.forEach(({ row, kind }, i) => {
    const at = 1 + (row % (consumers.length - 1));
    if (kind === 'blank-id') consumers[at]![0] = '';
    if (kind === 'repeat') consumers.push([...consumers[at]!]);
    if (kind === 'lower-case') consumers[at]![0] = String(consumers[at]![0]).toLowerCase();
    if (kind === 'goal-met' || kind === 'goal-open') {
      const goal: Cell[] = goals[0]!.map(() => '');
      goal[column('Goal ID')] = `G-9${i}`;
      goal[column('Consumer ID')] = consumers[at]![0]!;
      goal[column('Area')] = AREAS[row % AREAS.length]!;
      goal[column('Status')] = kind === 'goal-met' ? 'Met' : 'In progress';
      goals.push(goal);
    }
  });
  return copy;
}

const program = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  mentors: fc.integer({ min: 1, max: 25 }),
  consumers: fc.integer({ min: 1, max: 24 }),
  matches: fc.integer({ min: 0, max: 8 }),
  edits: fc.array(fc.record({ row: fc.nat(), kind: fc.constantFrom<Edit['kind']>('blank-id', 'repeat', 'lower-case', 'goal-met', 'goal-open', 'goal-open') }), { maxLength: 6 }),
});

describe('suggesting for one consumer from their rows only', () => {
  it('gives the whole read’s answer on seeded random programs', () => {
    fc.assert(
      fc.property(program, ({ seed, mentors, consumers, matches, edits }) => {
        const book = messUp(buildDemoWorkbook({ asOf: AS_OF, mentors, consumers, matches, seed }), edits);
        const whole = readWorkbook(sourceOf(book));
        for (const { id } of whole.consumers) expectSameAnswer(bothWays(book, whole, id));
      }),
      { numRuns: 15, seed: 20261201 },
    );
  });

  it('gives the whole read’s answer for every waiting consumer in the demo', () => {
    const book = buildDemoWorkbook({ asOf: AS_OF });
    const whole = readWorkbook(sourceOf(book));
    const waiting = whole.consumers.filter((c) => c.status === 'waiting');
    expect(waiting.length).toBeGreaterThan(5);
    let suggested = 0;
    for (const { id } of waiting) {
      const answer = bothWays(book, whole, id);
      suggested += answer.whole.suggestions.length;
      expectSameAnswer(answer);
    }
    expect(suggested).toBeGreaterThan(0);
  });
});

import { assessReadiness } from '../../src/domain/readiness';
import { readWorkbook, WorkbookSource } from '../../src/domain/workbook-reader';
import type { SavedMapping } from '../../src/domain/header-mapping';
import type { Cell } from '../../src/domain/values';

function source(tabs: Record<string, Cell[][]>): WorkbookSource {
  return { tabNames: () => Object.keys(tabs), read: (tab) => tabs[tab] ?? [] };
}
const AS_OF = '2026-03-15';
const MENTORS: Cell[][] = [['Name', 'ZIP', 'Skills', 'Initial training date'], ['Ana Ruiz', '55104', 'Employment', '2/1/2026'], ['Ben Olson', '55102', 'Housing', '2/2/2026']];
const CONSUMERS: Cell[][] = [['Name', 'ZIP', 'Goals', 'ADA eligible'], ['Lee Vang', '55106', 'Employment', 'Yes'], ['Sam Lor', '55107', 'Housing', '12']];

const assess = (tabs: Record<string, Cell[][]>, saved?: SavedMapping) => assessReadiness(readWorkbook(source(tabs), saved), AS_OF);

describe('assessReadiness', () => {
  it('counts the mentors who can be suggested and the consumers waiting and eligible', () => {
    const readiness = assess({ Mentors: MENTORS, Consumers: CONSUMERS });
    expect(readiness).toMatchObject({ ready: true, mentors: 2, mentorsSuggestable: 2, consumers: 2, consumersWaitingEligible: 1 });
  });

  it('lists each unreadable value with its tab, row and column and why it was not read, for Go to cell', () => {
    const blocker = assess({ Mentors: MENTORS, Consumers: CONSUMERS }).blockers.find((b) => b.code === 'READY.UNREADABLE_VALUES')!;
    expect(blocker).toMatchObject({ blocks: false, action: { kind: 'go-to-cells' } });
    expect(blocker.cells).toEqual([{ tab: 'Consumers', row: 3, column: 'ADA eligible', note: '"12" is not yes or no' }]);
  });

  it('says each mentor gets one place when there is no capacity column, and offers a default for everyone', () => {
    const blocker = assess({ Mentors: MENTORS, Consumers: CONSUMERS }).blockers.find((b) => b.code === 'READY.NO_CAPACITY_COLUMN')!;
    expect(blocker.message).toMatch(/each mentor is given 1 place/);
    expect(blocker.action).toMatchObject({ kind: 'set-default', role: 'mentors', field: 'maxMentees' });
    const saved: SavedMapping = { version: 1, tabs: { mentors: { tab: 'Mentors', fields: {}, defaults: { maxMentees: '3' } } } };
    const model = readWorkbook(source({ Mentors: MENTORS, Consumers: CONSUMERS }), saved);
    expect(model.mentors.map((m) => m.maxMentees)).toEqual([3, 3]);
    expect(assessReadiness(model, AS_OF).blockers.map((b) => b.code)).not.toContain('READY.NO_CAPACITY_COLUMN');
  });

  it('names why no mentor can be suggested, counted by reason', () => {
    const lapsed: Cell[][] = [MENTORS[0]!, ['Ana Ruiz', '55104', 'Employment', '6/1/2025'], ['Ben Olson', '55102', 'Housing', null]];
    const readiness = assess({ Mentors: lapsed, Consumers: CONSUMERS });
    expect(readiness.ready).toBe(false);
    const blocker = readiness.blockers.find((b) => b.code === 'READY.NO_MENTOR_SUGGESTABLE')!;
    expect(blocker.message).toBe('No mentor can be suggested: 2 mentors, 1 with ongoing training lapsed, 1 without initial training recorded.');
    expect(blocker.fix.length).toBeGreaterThan(0);
  });

  it('says when no consumer is marked eligible, and how to mark them', () => {
    const none: Cell[][] = [CONSUMERS[0]!, ['Lee Vang', '55106', 'Employment', 'No'], ['Sam Lor', '55107', 'Housing', null]];
    const blocker = assess({ Mentors: MENTORS, Consumers: none }).blockers.find((b) => b.code === 'READY.NO_CONSUMER_WAITING')!;
    expect(blocker).toMatchObject({ blocks: true, message: 'No consumer can be matched: 2 not marked ADA eligible.' });
    expect(blocker.fix).toMatch(/Mark Yes in 'ADA eligible'/);
  });

  it('asks which row holds the headers when the first full row does not read as headers', () => {
    const titled: Cell[][] = [['Roster'], [], ['Col A', 'Col B', 'Col C'], ['x', 'y', 'z']];
    const readiness = assess({ Mentors: titled, Consumers: CONSUMERS });
    const blocker = readiness.blockers.find((b) => b.code === 'READY.HEADER_ROW')!;
    expect(blocker).toMatchObject({ blocks: true, action: { kind: 'choose-header-row', role: 'mentors' }, cells: [{ tab: 'Mentors', row: 3 }] });
  });

  it('uses a saved header row', () => {
    const titled: Cell[][] = [['Roster'], [], ['Notes for staff', 'see below'], ...MENTORS];
    const saved: SavedMapping = { version: 1, tabs: { mentors: { tab: 'Mentors', fields: {}, headerRow: 4 } } };
    const model = readWorkbook(source({ Mentors: titled, Consumers: CONSUMERS }), saved);
    expect(model.mentors.map((m) => [m.name, m.source.row])).toEqual([['Ana Ruiz', 5], ['Ben Olson', 6]]);
  });
});

// Each tab's mapper holds both directions: a record written to its row's cells (xToCells) reads back (xFromRow, through
// the workbook reader) as the same record, for every record of the demo program.
import { buildDemoWorkbook } from '../../src/demo/demo-workbook';
import { attendanceToCells } from '../../src/domain/mappers/attendance.mapper';
import { changedCells } from '../../src/domain/mappers/cell-values';
import { consumerToCells } from '../../src/domain/mappers/consumer.mapper';
import { goalToCells } from '../../src/domain/mappers/goal.mapper';
import { matchToCells } from '../../src/domain/mappers/match.mapper';
import { mentorToCells } from '../../src/domain/mappers/mentor.mapper';
import { reviewToCells } from '../../src/domain/mappers/review.mapper';
import { settingToCells } from '../../src/domain/mappers/setting.mapper';
import { trainingToCells } from '../../src/domain/mappers/training.mapper';
import { TabKey, tabSpec } from '../../src/domain/schema';
import type { Cell } from '../../src/domain/values';
import { readWorkbook, WorkbookModel } from '../../src/domain/workbook-reader';

const demo = buildDemoWorkbook({ asOf: '2026-11-20' });
const read = (tabs: ReadonlyMap<string, Cell[][]>) => readWorkbook({ tabNames: () => [...tabs.keys()], read: (tab) => tabs.get(tab) ?? [] });
const model = read(new Map(demo.map(({ tab, rows }) => [tab, rows as Cell[][]])));

/** A tab written from records: the schema's header of each field the mapper writes, then each record's cells. */
function written<T>(key: TabKey, records: readonly T[], toCells: (record: T) => Record<string, Cell>): Cell[][] {
  const rows = records.map(toCells);
  const fields = tabSpec(key).fields.filter((field) => rows.some((cells) => field.key in cells));
  return [fields.map((field) => field.header), ...rows.map((cells) => fields.map((field) => cells[field.key] ?? ''))];
}

/** Records without where they were read from (the rewritten tab has its rows in the same order, but no title rows). */
const withoutSource = (records: readonly object[]) => records.map(({ source: _source, ...record }: { source?: unknown }) => record);

describe('each tab\'s mapper, both directions', () => {
  const again: WorkbookModel = read(
    new Map<string, Cell[][]>([
      ['Mentors', written('mentors', model.mentors, mentorToCells)],
      ['Consumers', written('consumers', model.consumers, consumerToCells)],
      ['Goals', written('goals', model.goals, goalToCells)],
      ['Matches', written('matches', model.matches, matchToCells)],
      ['Reviews', written('reviews', model.reviews, reviewToCells)],
      ['Trainings', written('trainings', model.trainings, trainingToCells)],
      ['Attendance', written('attendance', model.attendance, attendanceToCells)],
      ['Settings', written('settings', model.settings, settingToCells)],
    ]),
  );

  it.each(['mentors', 'consumers', 'goals', 'matches', 'reviews', 'trainings', 'attendance', 'settings'] as const)('reads back every %s record it wrote', (key) => {
    expect(model[key].length).toBeGreaterThan(0);
    expect(withoutSource(again[key])).toEqual(withoutSource(model[key]));
  });

  it('names only the cells a change touches, in their written form', () => {
    const match = model.matches.find((m) => m.status === 'active')!;
    expect(changedCells(matchToCells, match, { ...match, status: 'completed', endedOn: '2026-11-20' })).toEqual({ status: 'Completed', endedOn: '2026-11-20' });
    expect(changedCells(matchToCells, match, { ...match })).toEqual({});
  });
});

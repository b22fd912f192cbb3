// Benchmark: header mapping and value reading on a 10,000-row workbook.
import { readWorkbook, WorkbookSource } from '../src/domain/workbook-reader';
import { buildDemoWorkbook } from '../src/demo/demo-workbook';
import { median, timeRuns } from './bench-util';

const ROWS = 10000;
const demo = buildDemoWorkbook({ asOf: '2026-11-22', mentors: ROWS, consumers: ROWS });
const tabs = new Map(demo.map(({ tab, rows }) => [tab, rows]));
const source: WorkbookSource = { tabNames: () => [...tabs.keys()], read: (tab) => tabs.get(tab) ?? [] };

const times = timeRuns(7, () => readWorkbook(source));
const model = readWorkbook(source);
console.log(
  JSON.stringify({
    bench: 'workbook-read',
    mentorRows: model.mentors.length,
    consumerRows: model.consumers.length,
    cells: [...tabs.values()].reduce((sum, rows) => sum + rows.length * (rows[0]?.length ?? 0), 0),
    medianMs: median(times),
    issues: model.issues.length,
  }),
);

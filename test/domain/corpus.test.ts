import { readWorkbook, WorkbookSource } from '../../src/domain/workbook-reader';
import { assessReadiness } from '../../src/domain/readiness';
import { CORPUS, CORPUS_AS_OF, CorpusWorkbook } from '../corpus/corpus-workbooks';
import { describeReading } from '../corpus/corpus-expectations';

function source(workbook: CorpusWorkbook): WorkbookSource {
  return { tabNames: () => workbook.tabs.map((t) => t.name), read: (name) => workbook.tabs.find((t) => t.name === name)!.rows.map((row) => [...row]) };
}

describe('the corpus of real-shaped workbooks', () => {
  it('holds at least ten workbooks, each a different shape', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(CORPUS.map((w) => w.file)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((w) => [w.file, w] as const))('%s is mapped, read and judged as expected', (_file, workbook) => {
    expect(describeReading(readWorkbook(source(workbook)), workbook)).toEqual(workbook.expected);
  });

  it.each(CORPUS.filter((w) => w.expected.fixedBy).map((w) => [w.file, w] as const))('%s is ready once its first blocker is fixed', (_file, workbook) => {
    const readiness = assessReadiness(readWorkbook(source(workbook), workbook.expected.fixedBy), CORPUS_AS_OF);
    expect(readiness.blockers.map((b) => b.code)).not.toContain(workbook.expected.readiness.blockers[0]);
    expect(readiness.ready).toBe(true);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/local/xlsx-workbook';
import { readWorkbook } from '../../src/domain/workbook-reader';
import { CORPUS } from '../corpus/corpus-workbooks';
import { describeReading } from '../corpus/corpus-expectations';
import { writeCorpus } from '../corpus/write-corpus';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-corpus-'));
beforeAll(() => writeCorpus(dir));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the corpus as real .xlsx files', () => {
  it.each(CORPUS.map((w) => [w.file, w] as const))('%s reads as expected through the .xlsx workbook', async (file, workbook) => {
    const book = await XlsxWorkbook.open(path.join(dir, file));
    expect(describeReading(readWorkbook(book), workbook)).toEqual(workbook.expected);
  });

  it('writes each workbook\'s expectations beside it', () => {
    for (const workbook of CORPUS) {
      const expected = JSON.parse(fs.readFileSync(path.join(dir, workbook.file.replace('.xlsx', '.expected.json')), 'utf8'));
      expect(expected).toEqual(JSON.parse(JSON.stringify({ shape: workbook.shape, ...workbook.expected })));
    }
  });
});

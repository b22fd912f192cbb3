// This file writes the corpus as real .xlsx files (exceljs), with merged titles, hidden tabs, checkboxes stored as
// booleans, date cells as dates, and beside each workbook its expected mapping and readiness as JSON.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS, CorpusWorkbook } from './corpus-workbooks';

export async function writeCorpusWorkbook(workbook: CorpusWorkbook, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const tab of workbook.tabs) {
    const sheet = book.addWorksheet(tab.name, { state: tab.hidden ? 'hidden' : 'visible' });
    tab.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell !== null && cell !== undefined) sheet.getCell(r + 1, c + 1).value = cell;
      });
    });
    for (const range of tab.merges ?? []) sheet.mergeCells(range);
  }
  await book.xlsx.writeFile(file);
}

/** Writes every workbook of the corpus and its expectations into `dir`; returns the workbook paths. */
export async function writeCorpus(dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const workbook of CORPUS) {
    const file = path.join(dir, workbook.file);
    await writeCorpusWorkbook(workbook, file);
    fs.writeFileSync(file.replace(/\.xlsx$/, '.expected.json'), `${JSON.stringify({ shape: workbook.shape, ...workbook.expected }, null, 2)}\n`);
    files.push(file);
  }
  return files;
}

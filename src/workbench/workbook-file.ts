// This file opens the workbench's .xlsx file: checks it can be read and written, and turns what goes wrong into a
// sentence with the fix (a corrupt file, one open in another program, no permission).
import fs from 'node:fs';
import path from 'node:path';
import { loadXlsx } from './gas';
import type { LoadedFile } from './gas/xlsx-file';
import { WorkbenchError } from './workbench-error';

/** Lock files spreadsheet programs leave beside a workbook they have open (LibreOffice, Excel). */
export function lockFilesOf(file: string): string[] {
  const dir = path.dirname(file);
  const base = path.basename(file);
  return [path.join(dir, `.~lock.${base}#`), path.join(dir, `~$${base}`)];
}

export function assertWritable(file: string): void {
  const lock = lockFilesOf(file).find((candidate) => fs.existsSync(candidate));
  if (lock) {
    throw new WorkbenchError(`${file} is open in another program (found ${path.basename(lock)}); close it there, or delete that lock file if nothing has it open, and start again.`);
  }
  try {
    fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch {
    throw new WorkbenchError(`${file} cannot be changed (no permission to write it or its folder); copy it somewhere you can write, or fix its permissions, and start again.`);
  }
}

/** Loads the workbook, or explains in one sentence why it cannot be used. */
export async function openWorkbookFile(file: string): Promise<LoadedFile> {
  if (!fs.existsSync(file)) throw new WorkbenchError(`${file} does not exist; check the path, or leave it out to use the demo workbook.`);
  if (!file.toLowerCase().endsWith('.xlsx')) throw new WorkbenchError(`${file} is not an .xlsx file; in Google Sheets use File → Download → Microsoft Excel (.xlsx) and start with that file.`);
  assertWritable(file);
  try {
    return await loadXlsx(file);
  } catch {
    throw new WorkbenchError(`${file} is not a readable .xlsx workbook (it may be damaged or only partly copied); download it again from Google Sheets (File → Download → Microsoft Excel), or delete it to get a fresh demo workbook.`);
  }
}

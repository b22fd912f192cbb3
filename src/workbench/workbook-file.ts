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

/** The file that says which workbench has a workbook open: its process ID, beside the workbook. */
export const workbenchLockOf = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.workbench-lock`);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Claims the workbook for this workbench, or refuses when another running workbench has it: two would each save over
 * the other's changes. A lock left by a workbench that is no longer running is taken over.
 */
export function claimWorkbook(file: string): () => void {
  const lock = workbenchLockOf(file);
  const holder = fs.existsSync(lock) ? Number(fs.readFileSync(lock, 'utf8').trim()) : NaN;
  if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
    throw new WorkbenchError(`${file} is already open in another workbench (process ${holder}); use that one, or stop it with Ctrl-C and start again.`);
  }
  fs.writeFileSync(lock, String(process.pid));
  return () => {
    if (fs.existsSync(lock) && fs.readFileSync(lock, 'utf8').trim() === String(process.pid)) fs.rmSync(lock);
  };
}

/** What identifies the file's contents on disk, to notice a change made by another program. */
export function fileStamp(file: string): string {
  const stat = fs.statSync(file);
  return `${stat.size}:${stat.mtimeMs}`;
}

/** Where the workbench saves instead when the workbook changed on disk meanwhile: beside it, never over it. */
export function sideFileOf(file: string): string {
  const ext = path.extname(file);
  let n = 1;
  while (fs.existsSync(`${file.slice(0, -ext.length)} (workbench ${n})${ext}`)) n++;
  return `${file.slice(0, -ext.length)} (workbench ${n})${ext}`;
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

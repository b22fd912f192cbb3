// This file keeps the manager summary the add-on publishes as a second .xlsx beside the workbook
// (demo.xlsx → demo.manager-summary.xlsx): the add-on writes it through the in-process Sheets API stand-in, and each
// publish is saved here — values and tab layout (charts live only in Google Sheets). At start, a file kept from an
// earlier run is put back under the ID Settings remembers, so publishing again updates it in place.
import fs from 'node:fs';
import path from 'node:path';
import { FakeSheetsRest, loadXlsx, saveXlsx } from './gas';

/** The title Google Sheets would show; the .xlsx does not keep one. */
const TITLE = 'Peer Mentoring: manager summary';

export function managerFilePath(workbook: string): string {
  return path.join(path.dirname(workbook), `${path.basename(workbook, path.extname(workbook))}.manager-summary.xlsx`);
}

export class ManagerSummaryFile {
  readonly api: FakeSheetsRest;
  private seen = 0;

  /** `owner` is the OAuth token the add-on calls with (drive.file: only the app that made a file may open it). */
  constructor(readonly file: string, private readonly owner: string) {
    this.api = new FakeSheetsRest((token) => token === owner);
  }

  /** Loads the kept file as `fileId`; a missing or unreadable file is skipped (the next publish makes a new one). */
  async restore(fileId: string): Promise<void> {
    if (!fileId || !fs.existsSync(this.file)) return;
    try {
      const { spreadsheet } = await loadXlsx(this.file);
      this.api.restoreFile(fileId, TITLE, spreadsheet.sheets.map((s) => ({ title: s.name, values: s.values(), frozenRows: s.frozenRows })), this.owner);
    } catch {
      // Not an .xlsx we can read: publishing again creates a new file and writes over it.
    }
  }

  /** True once after each call that reached the Sheets API. */
  takeChange(): boolean {
    const changed = this.api.requests.length !== this.seen;
    this.seen = this.api.requests.length;
    return changed;
  }

  /** Saves the file Settings points at (`fileId`), or the newest one when that is not known. */
  async save(fileId: string): Promise<void> {
    const id = this.api.file(fileId) ? fileId : [...this.api.files.keys()].pop();
    if (id) await saveXlsx(this.api.asSpreadsheet(id), this.file);
  }
}

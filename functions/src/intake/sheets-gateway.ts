// This file is the few Sheets API calls the intake makes, through the real googleapis client: list tabs, read whole
// tabs in one batchGet, append rows (RAW, INSERT_ROWS), write header cells, add a tab. Each call has a timeout; the
// client's own retries are off because the writer retries with the response-ID check in between.
// The Sheets API module alone: the full googleapis index loads every Google API.
import { auth, sheets, sheets_v4 } from 'googleapis/build/src/apis/sheets';
import type { Cell } from '../../../src/domain/values';

export interface SheetsGateway {
  tabNames(spreadsheetId: string): Promise<string[]>;
  /** Each tab's used cells, header row first ([] for an empty tab). */
  readTabs(spreadsheetId: string, tabs: readonly string[]): Promise<Map<string, Cell[][]>>;
  /**
   * Appends rows after the table whose header is on `headerRow` (1-based); returns the 1-based row number of the first
   * appended row.
   */
  append(spreadsheetId: string, tab: string, rows: readonly Cell[][], headerRow: number): Promise<number>;
  /** Writes header cells on a 1-based row from a 0-based column. */
  writeHeader(spreadsheetId: string, tab: string, row: number, startColumn: number, headers: readonly string[]): Promise<void>;
  addTab(spreadsheetId: string, title: string): Promise<void>;
}

export function a1Tab(tab: string): string {
  return `'${tab.replace(/'/g, "''")}'`;
}

export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The first row of an updatedRange such as "Applications!A5:X7" or "'My tab'!A5:X7". */
export function firstRowOf(updatedRange: string | null | undefined): number {
  const match = /!\$?[A-Z]+\$?(\d+)/.exec(updatedRange ?? '');
  if (!match) throw new Error('The Sheets API answered an append without the range it wrote');
  return Number(match[1]);
}

const toApiCell = (cell: Cell): string | number | boolean => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return cell;
};

export interface SheetsClientOptions {
  /** Google's endpoint in production; a loopback fake in tests. */
  rootUrl?: string;
  /** An auth client (Application Default Credentials in Cloud Functions) or, in tests, a stand-in. */
  auth: sheets_v4.Options['auth'];
}

/** An auth client holding a fixed access token: for loopback stand-ins (tests, the emulator, the bench) only. */
export function staticTokenAuth(token: string) {
  const client = new auth.OAuth2();
  client.setCredentials({ access_token: token, expiry_date: Date.now() + 86_400_000 });
  return client;
}

export function createSheetsClient(options: SheetsClientOptions): sheets_v4.Sheets {
  // The platform fetch (Node 20+): gaxios would otherwise load node-fetch with a dynamic import.
  return sheets({ version: 'v4', auth: options.auth, ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}), retry: false, fetchImplementation: fetch });
}

export function createSheetsGateway(client: sheets_v4.Sheets, timeoutMs: number): SheetsGateway {
  const request = { timeout: timeoutMs, retry: false, fetchImplementation: fetch } as const;
  return {
    async tabNames(spreadsheetId) {
      const { data } = await client.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties.title' }, request);
      return (data.sheets ?? []).map((sheet) => sheet.properties?.title ?? '').filter((title) => title !== '');
    },
    async readTabs(spreadsheetId, tabs) {
      const grids = new Map<string, Cell[][]>();
      if (tabs.length === 0) return grids;
      const { data } = await client.spreadsheets.values.batchGet(
        { spreadsheetId, ranges: tabs.map(a1Tab), valueRenderOption: 'UNFORMATTED_VALUE', majorDimension: 'ROWS' },
        request,
      );
      tabs.forEach((tab, index) => grids.set(tab, (data.valueRanges?.[index]?.values ?? []) as Cell[][]));
      return grids;
    },
    async append(spreadsheetId, tab, rows, headerRow) {
      // Sheets looks for the table within the range given and appends after its last row
      // (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/append): the range
      // starts on the header row, so a title or instructions above the headers are never taken for the table.
      const { data } = await client.spreadsheets.values.append(
        {
          spreadsheetId,
          range: `${a1Tab(tab)}!A${headerRow}`,
          valueInputOption: 'RAW',
          insertDataOption: 'INSERT_ROWS',
          requestBody: { majorDimension: 'ROWS', values: rows.map((row) => row.map(toApiCell)) },
        },
        request,
      );
      return firstRowOf(data.updates?.updatedRange);
    },
    async writeHeader(spreadsheetId, tab, row, startColumn, headers) {
      await client.spreadsheets.values.batchUpdate(
        { spreadsheetId, requestBody: { valueInputOption: 'RAW', data: [{ range: `${a1Tab(tab)}!${columnLetters(startColumn)}${row}`, values: [headers as string[]] }] } },
        request,
      );
    },
    async addTab(spreadsheetId, title) {
      await client.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [{ addSheet: { properties: { title } } }] } }, request);
    },
  };
}

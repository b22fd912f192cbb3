// This file is a Sheets API v4 fake on loopback, faithful enough for the real googleapis client: spreadsheets.get,
// values.get / batchGet / update / append / batchUpdate, A1 ranges with quoted tab names, RAW and USER_ENTERED input,
// INSERT_ROWS appends. Faults are injected per request: an error status, a delay, a dropped connection, a write
// that is applied and then never answered in time ("timed out after it succeeded"), or a write that is never answered
// and commits later ("a slow commit landing after the client gave up") — but never later than Sheets' processing
// deadline: https://developers.google.com/workspace/sheets/api/limits says a request processed for more than 180
// seconds returns a timeout error, so a write commits within that time of arriving or not at all.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeCell = string | number | boolean;
/** A cell written with USER_ENTERED that Sheets would have turned into a formula. */
export interface FormulaCell {
  formula: string;
}
type Stored = FakeCell | FormulaCell | null;

export type SheetsRequestKind = 'spreadsheet' | 'get' | 'batchGet' | 'update' | 'append' | 'batchUpdate' | 'addSheet';
export const WRITE_KINDS: readonly SheetsRequestKind[] = ['update', 'append', 'batchUpdate', 'addSheet'];

export interface SheetsFault {
  /** Answer with this status (429, 500, 503, 400, 403 …) without doing anything. */
  status?: number;
  /** Wait this long before doing anything. */
  delayMs?: number;
  /** Close the connection before doing anything. */
  drop?: boolean;
  /** Do the write, then close the connection after this many ms instead of answering. */
  hangAfterSuccessMs?: number;
  /** Never answer; do the write this many ms after the request arrived (not at all past the processing deadline). */
  commitAfterMs?: number;
}

export interface SheetsRequestInfo {
  kind: SheetsRequestKind;
  spreadsheetId: string;
  /** 1-based count of requests of this kind so far. */
  n: number;
}

interface Sheet {
  sheetId: number;
  title: string;
  rows: Stored[][];
}

interface A1 {
  tab: string;
  startRow: number;
  startCol: number;
  endRow?: number;
  endCol?: number;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function quoteTab(tab: string): string {
  return /^[A-Za-z0-9_]+$/.test(tab) ? tab : `'${tab.replace(/'/g, "''")}'`;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason = 'badRequest',
  ) {
    super(message);
  }
}

export class FakeSheetsApi {
  private server?: http.Server;
  private readonly books = new Map<string, Map<string, Sheet>>();
  private readonly sockets = new Set<import('node:net').Socket>();
  private nextSheetId = 1;
  /** Requests received, by kind (faulted ones included). */
  readonly counts: Record<SheetsRequestKind, number> = { spreadsheet: 0, get: 0, batchGet: 0, update: 0, append: 0, batchUpdate: 0, addSheet: 0 };
  /** Writes actually applied, in order. */
  readonly appliedWrites: { kind: SheetsRequestKind; at: number; rows: number }[] = [];
  fault: (request: SheetsRequestInfo) => SheetsFault | undefined = () => undefined;
  /** Google's 180 s; tests scale it down together with their clients' timeouts. */
  processingDeadlineMs = 180_000;
  /** Runs late commits: real timers by default, a test's virtual clock when it has one. */
  schedule: (ms: number, run: () => void) => void = (ms, run) => void setTimeout(run, ms);
  /** Late commits that were applied, and those dropped at the deadline. */
  readonly lateCommits = { applied: 0, dropped: 0 };
  rootUrl = '';

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.rootUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.rootUrl;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Creates (or replaces) a spreadsheet with the given tabs and their rows (header first). */
  addSpreadsheet(spreadsheetId: string, tabs: Record<string, FakeCell[][]>): void {
    const sheets = new Map<string, Sheet>();
    for (const [title, rows] of Object.entries(tabs)) sheets.set(title, { sheetId: this.nextSheetId++, title, rows: rows.map((row) => [...row]) });
    this.books.set(spreadsheetId, sheets);
  }

  /** A tab's rows as stored (formulas as { formula }). Tests may edit them (delete rows, sort). */
  rows(spreadsheetId: string, tab: string): Stored[][] {
    const sheet = this.books.get(spreadsheetId)?.get(tab);
    if (!sheet) throw new Error(`no tab ${tab} in ${spreadsheetId}`);
    return sheet.rows;
  }

  /** Forgets request counts and applied writes (between tests). */
  resetCounts(): void {
    for (const kind of Object.keys(this.counts) as SheetsRequestKind[]) this.counts[kind] = 0;
    this.appliedWrites.length = 0;
  }

  writeRequests(): number {
    return WRITE_KINDS.reduce((sum, kind) => sum + this.counts[kind], 0);
  }

  private sheet(spreadsheetId: string, tab: string): Sheet {
    const sheet = this.books.get(spreadsheetId)?.get(tab);
    if (!sheet) throw new ApiError(400, `Unable to parse range: ${quoteTab(tab)}`);
    return sheet;
  }

  private parseRange(range: string): A1 {
    const match = /^(?:'((?:[^']|'')+)'|([^!]+?))(?:!([A-Za-z]*)(\d*)(?::([A-Za-z]*)(\d*))?)?$/.exec(range);
    if (!match) throw new ApiError(400, `Unable to parse range: ${range}`);
    const tab = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!;
    const [, , , c1 = '', r1 = '', c2, r2] = match;
    return {
      tab,
      startCol: c1 ? columnIndex(c1) : 0,
      startRow: r1 ? Number(r1) - 1 : 0,
      endCol: c2 ? columnIndex(c2) : c1 && c2 === undefined ? columnIndex(c1) : undefined,
      endRow: r2 ? Number(r2) - 1 : r1 && c2 === undefined ? Number(r1) - 1 : undefined,
    };
  }

  private read(spreadsheetId: string, range: string, unformatted: boolean) {
    const a1 = this.parseRange(range);
    const sheet = this.sheet(spreadsheetId, a1.tab);
    const lastRow = Math.min(a1.endRow ?? Infinity, sheet.rows.length - 1);
    const values: FakeCell[][] = [];
    for (let r = a1.startRow; r <= lastRow; r++) {
      const source = sheet.rows[r] ?? [];
      const lastCol = Math.min(a1.endCol ?? Infinity, source.length - 1);
      const row: FakeCell[] = [];
      for (let c = a1.startCol; c <= lastCol; c++) {
        const cell = source[c] ?? null;
        const shown = cell === null ? '' : typeof cell === 'object' ? `#FORMULA ${cell.formula}` : unformatted || typeof cell === 'string' ? cell : String(cell);
        row.push(typeof shown === 'boolean' && !unformatted ? (shown ? 'TRUE' : 'FALSE') : shown);
      }
      while (row.length > 0 && row[row.length - 1] === '') row.pop();
      values.push(row);
    }
    while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
    const out: { range: string; majorDimension: string; values?: FakeCell[][] } = { range: `${quoteTab(a1.tab)}!${range.includes('!') ? range.split('!')[1] : `A1:${columnName(25)}${sheet.rows.length || 1}`}`, majorDimension: 'ROWS' };
    if (values.length > 0) out.values = values;
    return out;
  }

  private input(value: unknown, valueInputOption: string): Stored {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value !== 'string') throw new ApiError(400, 'Invalid values: a cell must be a string, number or boolean');
    if (valueInputOption === 'USER_ENTERED') {
      if (value.startsWith('=')) return { formula: value };
      if (value.startsWith("'")) return value.slice(1);
      if (/^[+-]?\d+(\.\d+)?$/.test(value)) return Number(value);
    }
    if (value.length > 50000) throw new ApiError(400, 'Your input contains more than the maximum of 50000 characters in a single cell.');
    return value;
  }

  private writeAt(sheet: Sheet, startRow: number, startCol: number, values: unknown[][], valueInputOption: string): void {
    const converted = values.map((row) => row.map((value) => this.input(value, valueInputOption)));
    converted.forEach((row, r) => {
      const target = (sheet.rows[startRow + r] ??= []);
      row.forEach((value, c) => {
        while (target.length < startCol + c) target.push(null);
        target[startCol + c] = value;
      });
    });
    for (let r = 0; r < startRow; r++) sheet.rows[r] ??= [];
  }

  private lastDataRow(sheet: Sheet): number {
    for (let r = sheet.rows.length - 1; r >= 0; r--) if ((sheet.rows[r] ?? []).some((cell) => cell !== null && cell !== '')) return r;
    return -1;
  }

  private apply(kind: SheetsRequestKind, spreadsheetId: string, url: URL, rangeParam: string, body: any): unknown {
    const book = this.books.get(spreadsheetId);
    if (!book) throw new ApiError(404, 'Requested entity was not found.', 'notFound');
    const option = url.searchParams.get('valueInputOption') ?? body?.valueInputOption;
    const unformatted = url.searchParams.get('valueRenderOption') === 'UNFORMATTED_VALUE';
    switch (kind) {
      case 'spreadsheet':
        return {
          spreadsheetId,
          properties: { title: spreadsheetId },
          sheets: [...book.values()].map((sheet, index) => ({
            properties: { sheetId: sheet.sheetId, title: sheet.title, index, gridProperties: { rowCount: Math.max(1000, sheet.rows.length), columnCount: 26 } },
          })),
        };
      case 'get':
        return this.read(spreadsheetId, rangeParam, unformatted);
      case 'batchGet':
        return { spreadsheetId, valueRanges: url.searchParams.getAll('ranges').map((range) => this.read(spreadsheetId, range, unformatted)) };
      case 'update': {
        if (option !== 'RAW' && option !== 'USER_ENTERED') throw new ApiError(400, "Invalid valueInputOption: ''");
        const a1 = this.parseRange(rangeParam);
        this.writeAt(this.sheet(spreadsheetId, a1.tab), a1.startRow, a1.startCol, body?.values ?? [], option);
        this.appliedWrites.push({ kind, at: Date.now(), rows: (body?.values ?? []).length });
        return { spreadsheetId, updatedRange: rangeParam, updatedRows: (body?.values ?? []).length };
      }
      case 'append': {
        if (option !== 'RAW' && option !== 'USER_ENTERED') throw new ApiError(400, "Invalid valueInputOption: ''");
        const a1 = this.parseRange(rangeParam);
        const sheet = this.sheet(spreadsheetId, a1.tab);
        const values: unknown[][] = body?.values ?? [];
        const start = this.lastDataRow(sheet) + 1;
        // INSERT_ROWS inserts new rows after the table; OVERWRITE writes into the empty rows below it. Either way the
        // rows land after the last row with data.
        if (url.searchParams.get('insertDataOption') === 'INSERT_ROWS') sheet.rows.splice(start, 0, ...values.map(() => [] as Stored[]));
        this.writeAt(sheet, start, a1.startCol, values, option);
        this.appliedWrites.push({ kind, at: Date.now(), rows: values.length });
        const width = Math.max(0, ...values.map((row) => row.length));
        return {
          spreadsheetId,
          tableRange: start > 0 ? `${quoteTab(sheet.title)}!A1:${columnName(Math.max(0, width - 1))}${start}` : undefined,
          updates: {
            spreadsheetId,
            updatedRange: `${quoteTab(sheet.title)}!${columnName(a1.startCol)}${start + 1}:${columnName(a1.startCol + Math.max(0, width - 1))}${start + values.length}`,
            updatedRows: values.length,
            updatedColumns: width,
            updatedCells: values.reduce((sum, row) => sum + row.length, 0),
          },
        };
      }
      case 'addSheet': {
        // Only addSheet requests are supported; anything else is reported as the real API would a bad request.
        const replies = [];
        for (const request of body?.requests ?? []) {
          const title = request?.addSheet?.properties?.title;
          if (typeof title !== 'string') throw new ApiError(400, 'The fake supports only addSheet requests');
          if (book.has(title)) throw new ApiError(400, `Invalid requests[0].addSheet: A sheet with the name "${title}" already exists.`);
          const sheet: Sheet = { sheetId: this.nextSheetId++, title, rows: [] };
          book.set(title, sheet);
          replies.push({ addSheet: { properties: { sheetId: sheet.sheetId, title } } });
        }
        this.appliedWrites.push({ kind, at: Date.now(), rows: 0 });
        return { spreadsheetId, replies };
      }
      case 'batchUpdate': {
        const valueInput = body?.valueInputOption;
        if (valueInput !== 'RAW' && valueInput !== 'USER_ENTERED') throw new ApiError(400, "Invalid valueInputOption: ''");
        const data: { range: string; values: unknown[][] }[] = body?.data ?? [];
        for (const item of data) {
          const a1 = this.parseRange(item.range);
          this.writeAt(this.sheet(spreadsheetId, a1.tab), a1.startRow, a1.startCol, item.values ?? [], valueInput);
        }
        this.appliedWrites.push({ kind, at: Date.now(), rows: data.reduce((sum, item) => sum + (item.values?.length ?? 0), 0) });
        return { spreadsheetId, totalUpdatedRows: data.reduce((sum, item) => sum + (item.values?.length ?? 0), 0), responses: data.map((item) => ({ updatedRange: item.range })) };
      }
    }
  }

  private route(method: string, path: string): { kind: SheetsRequestKind; spreadsheetId: string; range: string } | undefined {
    const match = /^\/v4\/spreadsheets\/([^/:]+)(.*)$/.exec(path);
    if (!match) return undefined;
    const spreadsheetId = decodeURIComponent(match[1]!);
    const rest = match[2]!;
    if (rest === '' && method === 'GET') return { kind: 'spreadsheet', spreadsheetId, range: '' };
    if (rest === '/values:batchGet' && method === 'GET') return { kind: 'batchGet', spreadsheetId, range: '' };
    if (rest === ':batchUpdate' && method === 'POST') return { kind: 'addSheet', spreadsheetId, range: '' };
    if (rest === '/values:batchUpdate' && method === 'POST') return { kind: 'batchUpdate', spreadsheetId, range: '' };
    const values = /^\/values\/([^/]+?)(:append)?$/.exec(rest);
    if (!values) return undefined;
    const range = decodeURIComponent(values[1]!);
    if (values[2] && method === 'POST') return { kind: 'append', spreadsheetId, range };
    if (!values[2] && method === 'GET') return { kind: 'get', spreadsheetId, range };
    if (!values[2] && method === 'PUT') return { kind: 'update', spreadsheetId, range };
    return undefined;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    const route = this.route(req.method ?? 'GET', url.pathname);
    if (!route) return send(404, { error: { code: 404, message: `No route ${req.method} ${url.pathname}`, status: 'NOT_FOUND' } });
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
      return send(401, { error: { code: 401, message: 'Request is missing required authentication credential.', status: 'UNAUTHENTICATED' } });
    }
    this.counts[route.kind] += 1;
    const fault = this.fault({ kind: route.kind, spreadsheetId: route.spreadsheetId, n: this.counts[route.kind] }) ?? {};
    if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.drop) {
      req.socket.destroy();
      return;
    }
    if (fault.status) {
      const status = fault.status === 429 ? 'RESOURCE_EXHAUSTED' : fault.status >= 500 ? 'UNAVAILABLE' : fault.status === 403 ? 'PERMISSION_DENIED' : 'INVALID_ARGUMENT';
      return send(fault.status, { error: { code: fault.status, message: `Injected ${fault.status}`, status } });
    }
    if (fault.commitAfterMs !== undefined) {
      const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      if (fault.commitAfterMs > this.processingDeadlineMs) {
        this.lateCommits.dropped += 1;
        return;
      }
      this.schedule(fault.commitAfterMs, () => {
        try {
          this.apply(route.kind, route.spreadsheetId, url, route.range, body);
          this.lateCommits.applied += 1;
        } catch {
          // A late write that Sheets would refuse (a tab that is gone) is simply not applied.
        }
        req.socket.destroy();
      });
      return;
    }
    let result: unknown;
    try {
      const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      result = this.apply(route.kind, route.spreadsheetId, url, route.range, body);
    } catch (error) {
      if (error instanceof ApiError) return send(error.status, { error: { code: error.status, message: error.message, status: error.status === 404 ? 'NOT_FOUND' : 'INVALID_ARGUMENT' } });
      return send(500, { error: { code: 500, message: 'Internal error encountered.', status: 'INTERNAL' } });
    }
    if (fault.hangAfterSuccessMs !== undefined) {
      setTimeout(() => req.socket.destroy(), fault.hangAfterSuccessMs).unref();
      return;
    }
    send(200, result);
  }
}

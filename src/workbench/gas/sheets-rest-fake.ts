// This file emulates the few Sheets REST API endpoints the add-on calls through UrlFetchApp to write the manager
// summary file: spreadsheets.create and get, values.batchClear and values.batchUpdate, and batchUpdate with addSheet,
// addChart, updateChartSpec and deleteEmbeddedObject. It runs in-process (no loopback) and keeps each file as tabs of
// plain values plus chart specs, so tests can check the file and the workbench can save it as its own .xlsx.
import type { FetchHandler, FetchRequest, FetchResponse } from './services';
import { FakeSpreadsheet } from './spreadsheet';

export interface FakeChart {
  chartId: number;
  spec: Record<string, unknown>;
  anchor?: unknown;
}

export interface FakeSheetsTab {
  sheetId: number;
  title: string;
  /** What a read of the tab returns: values exactly as written (RAW), never evaluated. */
  values: unknown[][];
  charts: FakeChart[];
  frozenRows: number;
}

export interface FakeSheetsFile {
  spreadsheetId: string;
  title: string;
  tabs: FakeSheetsTab[];
  /** Who created it (the bearer token); drive.file lets only that app open it again. */
  owner: string;
}

const HOST = 'sheets.googleapis.com';

const json = (status: number, body: unknown): FetchResponse => ({ status, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
const apiError = (status: number, message: string) => json(status, { error: { code: status, message, status: status === 404 ? 'NOT_FOUND' : status === 403 ? 'PERMISSION_DENIED' : 'INVALID_ARGUMENT' } });

/** "'Tab ''x'''!A1" → "Tab 'x'"; "Tab" → "Tab". Only whole-tab and A1-anchored ranges are supported. */
function tabOfRange(range: string): { title: string; row: number; column: number } {
  const match = /^(?:'((?:[^']|'')*)'|([^!]+))(?:!([A-Z]+)(\d+))?$/.exec(range.trim());
  if (!match) throw new Error(`not implemented: range ${range}`);
  const title = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!;
  const letters = match[3] ?? 'A';
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { title, row: match[4] ? Number(match[4]) - 1 : 0, column };
}

/** Google's answer when the API is off in the caller's project: 403 with ErrorInfo reason SERVICE_DISABLED. */
function serviceDisabled(): FetchResponse {
  const message = 'Google Sheets API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project=123456789012 then retry.';
  return json(403, {
    error: {
      code: 403, message, status: 'PERMISSION_DENIED',
      details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'SERVICE_DISABLED', domain: 'googleapis.com', metadata: { service: 'sheets.googleapis.com', consumer: 'projects/123456789012' } }],
      errors: [{ message, domain: 'usageLimits', reason: 'accessNotConfigured' }],
    },
  });
}

export class FakeSheetsRest {
  readonly files = new Map<string, FakeSheetsFile>();
  readonly requests: { method: string; path: string }[] = [];
  /** Set to make every call answer with this status (to test failures). */
  failWith: number | null = null;
  /**
   * False when the Sheets API is not enabled in the Cloud project behind the caller's token: a REST call made with
   * ScriptApp.getOAuthToken() needs that API enabled in the script's own project
   * (https://developers.google.com/apps-script/guides/cloud-platform-projects#enabling_an_api_in_a_standard_gcp_project),
   * and Google answers 403 SERVICE_DISABLED (https://cloud.google.com/apis/design/errors#error_info) otherwise.
   */
  apiEnabled = true;
  private nextFile = 1;
  private nextId = 100;

  constructor(private readonly acceptToken: (token: string) => boolean = (token) => token.length > 0) {}

  /** The UrlFetchApp handler: Sheets API calls are answered here, anything else goes to `next`. */
  handler(next?: FetchHandler): FetchHandler {
    return (request) => {
      const url = new URL(request.url);
      if (url.hostname !== HOST) {
        if (next) return next(request);
        return { status: 503, body: '{"error":"no network in the local runtime"}' };
      }
      try {
        return this.handle(request, url);
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status) return apiError(status, (error as Error).message);
        throw error;
      }
    };
  }

  file(id: string): FakeSheetsFile | undefined {
    return this.files.get(id);
  }

  /**
   * The file as a spreadsheet of plain values, e.g. to save it next to the workbook with saveXlsx. Text stays text
   * ("2026-03-02", "55104", "=x"), as the RAW values the add-on wrote.
   */
  asSpreadsheet(id: string): FakeSpreadsheet {
    const file = this.files.get(id);
    if (!file) throw new Error(`no manager file ${id}`);
    const spreadsheet = new FakeSpreadsheet({ id, name: file.title });
    for (const tab of file.tabs) {
      const sheet = spreadsheet.addSheet(tab.title, tab.values.map((row) => row.map((v) => (typeof v === 'string' ? `'${v}` : v))));
      sheet.frozenRows = tab.frozenRows;
    }
    return spreadsheet;
  }

  /**
   * Puts back a file kept from an earlier run (values and tab layout; charts are added again on the next publish),
   * under its old ID, so the add-on finds the file Settings remembers and updates it in place.
   */
  restoreFile(spreadsheetId: string, title: string, tabs: readonly { title: string; values: unknown[][]; frozenRows: number }[], owner: string): FakeSheetsFile {
    const file: FakeSheetsFile = { spreadsheetId, title, owner, tabs: tabs.map((t) => ({ ...this.newTab(t.title, t.frozenRows), values: t.values.map((row) => [...row]) })) };
    this.files.set(spreadsheetId, file);
    const numbered = /^manager-file-(\d+)$/.exec(spreadsheetId);
    if (numbered) this.nextFile = Math.max(this.nextFile, Number(numbered[1]) + 1);
    return file;
  }

  private handle(request: FetchRequest, url: URL): FetchResponse {
    const path = decodeURIComponent(url.pathname);
    this.requests.push({ method: request.method, path });
    const auth = Object.entries(request.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1] ?? '';
    const token = /^Bearer (.+)$/.exec(auth)?.[1] ?? '';
    if (!token || !this.acceptToken(token)) return apiError(401, 'Request is missing required authentication credential.');
    if (!this.apiEnabled) return serviceDisabled();
    if (this.failWith) return apiError(this.failWith, 'Injected failure.');
    const body = request.payload ? (JSON.parse(request.payload) as Record<string, unknown>) : {};
    const m = /^\/v4\/spreadsheets(?:\/([^/:]+))?(?:\/values)?(?::(\w+))?$/.exec(path);
    if (!m) return apiError(404, 'Not found.');
    const [, id, verb] = m;
    if (!id) {
      if (request.method !== 'POST') return apiError(400, 'Use POST.');
      return json(200, this.describe(this.create(body, token)));
    }
    const file = this.files.get(id);
    // drive.file: a file this app did not create (or that does not exist) cannot be seen at all.
    if (!file || file.owner !== token) return apiError(404, 'Requested entity was not found.');
    if (!verb && request.method === 'GET') return json(200, this.describe(file));
    if (request.method !== 'POST') return apiError(400, 'Use POST.');
    if (verb === 'batchClear' && path.includes('/values')) return json(200, this.batchClear(file, body));
    if (verb === 'batchUpdate' && path.includes('/values')) return json(200, this.valuesBatchUpdate(file, body));
    if (verb === 'batchUpdate') return json(200, this.batchUpdate(file, body));
    throw new Error(`not implemented: Sheets API ${request.method} ${path}`);
  }

  private create(body: Record<string, unknown>, owner: string): FakeSheetsFile {
    const spreadsheetId = `manager-file-${this.nextFile++}`;
    const title = String((body.properties as { title?: string } | undefined)?.title ?? 'Untitled spreadsheet');
    const wanted = (body.sheets as { properties?: { title?: string; gridProperties?: { frozenRowCount?: number } } }[] | undefined) ?? [];
    const tabs = (wanted.length ? wanted : [{ properties: { title: 'Sheet1' } }]).map((s) => this.newTab(String(s.properties?.title ?? 'Sheet1'), s.properties?.gridProperties?.frozenRowCount ?? 0));
    const file = { spreadsheetId, title, tabs, owner };
    this.files.set(spreadsheetId, file);
    return file;
  }

  private newTab(title: string, frozenRows = 0): FakeSheetsTab {
    return { sheetId: this.nextId++, title, values: [], charts: [], frozenRows };
  }

  private describe(file: FakeSheetsFile) {
    return {
      spreadsheetId: file.spreadsheetId,
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${file.spreadsheetId}/edit`,
      properties: { title: file.title },
      sheets: file.tabs.map((t) => ({ properties: { sheetId: t.sheetId, title: t.title, gridProperties: { frozenRowCount: t.frozenRows } }, charts: t.charts.map((c) => ({ chartId: c.chartId, spec: c.spec })) })),
    };
  }

  private tab(file: FakeSheetsFile, title: string): FakeSheetsTab {
    const tab = file.tabs.find((t) => t.title === title);
    if (!tab) throw Object.assign(new Error(`Unable to parse range: ${title}`), { status: 400 });
    return tab;
  }

  private batchClear(file: FakeSheetsFile, body: Record<string, unknown>) {
    const ranges = (body.ranges as string[]) ?? [];
    for (const range of ranges) {
      const at = tabOfRange(range);
      if (at.row !== 0 || at.column !== 0) throw new Error('not implemented: clearing part of a tab');
      this.tab(file, at.title).values = [];
    }
    return { spreadsheetId: file.spreadsheetId, clearedRanges: ranges };
  }

  private valuesBatchUpdate(file: FakeSheetsFile, body: Record<string, unknown>) {
    if (body.valueInputOption !== 'RAW' && body.valueInputOption !== 'USER_ENTERED') throw new Error('valueInputOption is required');
    if (body.valueInputOption !== 'RAW') throw new Error('not implemented: USER_ENTERED (the add-on writes RAW values only)');
    let cells = 0;
    for (const entry of (body.data as { range: string; values: unknown[][] }[]) ?? []) {
      const at = tabOfRange(entry.range);
      const tab = this.tab(file, at.title);
      entry.values.forEach((row, r) => {
        const target = (tab.values[at.row + r] ??= []);
        row.forEach((value, c) => {
          while (target.length < at.column + c) target.push('');
          target[at.column + c] = value;
          cells++;
        });
      });
      for (let r = 0; r < tab.values.length; r++) tab.values[r] ??= [];
    }
    return { spreadsheetId: file.spreadsheetId, totalUpdatedCells: cells };
  }

  private batchUpdate(file: FakeSheetsFile, body: Record<string, unknown>) {
    const replies: unknown[] = [];
    for (const request of (body.requests as Record<string, any>[]) ?? []) {
      if (request.addSheet) {
        const props = request.addSheet.properties ?? {};
        if (file.tabs.some((t) => t.title === props.title)) throw new Error(`A sheet with the name "${props.title}" already exists.`);
        const tab = this.newTab(String(props.title), props.gridProperties?.frozenRowCount ?? 0);
        file.tabs.push(tab);
        replies.push({ addSheet: { properties: { sheetId: tab.sheetId, title: tab.title } } });
      } else if (request.addChart) {
        const chart = request.addChart.chart;
        const sheetId = chart.position?.overlayPosition?.anchorCell?.sheetId ?? chart.position?.sheetId;
        const tab = file.tabs.find((t) => t.sheetId === sheetId);
        if (!tab) throw new Error(`addChart: no sheet ${sheetId}`);
        checkChartSources(file, chart.spec);
        const created = { chartId: this.nextId++, spec: chart.spec, anchor: chart.position };
        tab.charts.push(created);
        replies.push({ addChart: { chart: { chartId: created.chartId, spec: created.spec } } });
      } else if (request.updateChartSpec) {
        const found = file.tabs.flatMap((t) => t.charts).find((c) => c.chartId === request.updateChartSpec.chartId);
        if (!found) throw new Error(`updateChartSpec: no chart ${request.updateChartSpec.chartId}`);
        checkChartSources(file, request.updateChartSpec.spec);
        found.spec = request.updateChartSpec.spec;
        replies.push({});
      } else if (request.deleteEmbeddedObject) {
        for (const tab of file.tabs) tab.charts = tab.charts.filter((c) => c.chartId !== request.deleteEmbeddedObject.objectId);
        replies.push({});
      } else {
        throw new Error(`not implemented: Sheets API batchUpdate ${Object.keys(request).join(', ')}`);
      }
    }
    return { spreadsheetId: file.spreadsheetId, replies };
  }
}

/** A chart's data must come from this file's own sheets (never another spreadsheet). */
function checkChartSources(file: FakeSheetsFile, spec: any): void {
  const ranges = [...(spec?.basicChart?.domains ?? []).map((d: any) => d.domain), ...(spec?.basicChart?.series ?? []).map((s: any) => s.series)];
  for (const range of ranges) {
    for (const source of range?.sourceRange?.sources ?? []) {
      if (!file.tabs.some((t) => t.sheetId === source.sheetId)) throw new Error(`chart source on unknown sheet ${source.sheetId}`);
    }
  }
}

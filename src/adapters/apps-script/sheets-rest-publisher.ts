// This file writes the manager summary into its own spreadsheet through the Sheets REST API, with the user's OAuth
// token. The add-on holds only the drive.file scope for this: it can open the files it created and nothing else in
// the user's Drive, so a saved file ID that now points elsewhere simply leads to a new file.
import { DomainError } from '../../domain/errors';
import type { SummaryPublisherPort, SummaryTable } from '../../ports/summary-publisher.port';
import type { HttpCall, HttpReply } from './http';

export const SHEETS_API = 'https://sheets.googleapis.com/v4/spreadsheets';

interface SheetInfo {
  sheetId: number;
  title: string;
  chartIds: number[];
}

interface FileInfo {
  spreadsheetId: string;
  spreadsheetUrl: string;
  sheets: SheetInfo[];
}

const CHART_TYPES = { bar: 'BAR', column: 'COLUMN', line: 'LINE' } as const;

/** A tab name as an A1 range: quoted, with quotes doubled. */
const a1 = (title: string) => `'${title.replace(/'/g, "''")}'`;

export class SheetsRestPublisher implements SummaryPublisherPort {
  constructor(
    private readonly http: HttpCall,
    private readonly token: () => string,
    private readonly api = SHEETS_API,
  ) {}

  publish(fileId: string, title: string, tables: readonly SummaryTable[]): { fileId: string; url: string; created: boolean } {
    let file = fileId ? this.open(fileId) : null;
    const created = file === null;
    if (!file) file = this.create(title, tables);
    else file = this.addMissingTabs(file, tables);
    if (!created) {
      this.call('post', `${this.api}/${encodeURIComponent(file.spreadsheetId)}/values:batchClear`, { ranges: tables.map((t) => a1(t.title)) });
    }
    // RAW: every value is stored exactly as given; text such as "<5" never turns into a formula or a number.
    this.call('post', `${this.api}/${encodeURIComponent(file.spreadsheetId)}/values:batchUpdate`, {
      valueInputOption: 'RAW',
      data: tables.map((t) => ({ range: `${a1(t.title)}!A1`, majorDimension: 'ROWS', values: t.rows })),
    });
    const requests = this.chartRequests(file, tables);
    if (requests.length) this.call('post', `${this.api}/${encodeURIComponent(file.spreadsheetId)}:batchUpdate`, { requests });
    return { fileId: file.spreadsheetId, url: file.spreadsheetUrl, created };
  }

  /** The saved file, or null when it is gone or not one this add-on may open (drive.file). */
  private open(fileId: string): FileInfo | null {
    const fields = 'spreadsheetId,spreadsheetUrl,sheets(properties(sheetId,title),charts(chartId))';
    const reply = this.send('get', `${this.api}/${encodeURIComponent(fileId)}?fields=${encodeURIComponent(fields)}`);
    if (reply.status === 404 || reply.status === 403 || reply.status === 400) return null;
    return readFile(this.check(reply));
  }

  private create(title: string, tables: readonly SummaryTable[]): FileInfo {
    const reply = this.call('post', this.api, {
      properties: { title },
      sheets: tables.map((t) => ({ properties: { title: t.title, gridProperties: { frozenRowCount: 1 } } })),
    });
    return readFile(reply);
  }

  private addMissingTabs(file: FileInfo, tables: readonly SummaryTable[]): FileInfo {
    const missing = tables.filter((t) => !file.sheets.some((s) => s.title === t.title));
    if (!missing.length) return file;
    const reply = this.call('post', `${this.api}/${encodeURIComponent(file.spreadsheetId)}:batchUpdate`, {
      requests: missing.map((t) => ({ addSheet: { properties: { title: t.title, gridProperties: { frozenRowCount: 1 } } } })),
    }) as { replies?: { addSheet?: { properties?: { sheetId?: number; title?: string } } }[] };
    const added = (reply.replies ?? []).map((r) => ({ sheetId: Number(r.addSheet?.properties?.sheetId), title: String(r.addSheet?.properties?.title ?? ''), chartIds: [] }));
    return { ...file, sheets: [...file.sheets, ...added] };
  }

  /** One chart per table that wants one: the existing chart is updated in place, extra or unwanted ones removed. */
  private chartRequests(file: FileInfo, tables: readonly SummaryTable[]): object[] {
    const requests: object[] = [];
    for (const table of tables) {
      const sheet = file.sheets.find((s) => s.title === table.title);
      if (!sheet) continue;
      const [keep, ...extra] = sheet.chartIds;
      for (const chartId of table.chart ? extra : sheet.chartIds) requests.push({ deleteEmbeddedObject: { objectId: chartId } });
      if (!table.chart) continue;
      const spec = chartSpec(sheet.sheetId, table);
      if (keep !== undefined) requests.push({ updateChartSpec: { chartId: keep, spec } });
      else {
        const width = Math.max(...table.rows.map((r) => r.length));
        requests.push({ addChart: { chart: { spec, position: { overlayPosition: { anchorCell: { sheetId: sheet.sheetId, rowIndex: 1, columnIndex: width + 1 } } } } } });
      }
    }
    return requests;
  }

  private send(method: 'get' | 'post', url: string, body?: unknown): HttpReply {
    return this.http(url, {
      method,
      headers: { Authorization: `Bearer ${this.token()}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  private call(method: 'get' | 'post', url: string, body?: unknown): unknown {
    return this.check(this.send(method, url, body));
  }

  /** The answer's JSON, or a coded error that says what to do (the body is never quoted: it may echo data). */
  private check(reply: HttpReply): unknown {
    if (reply.status >= 200 && reply.status < 300) {
      try {
        return JSON.parse(reply.body || '{}') as unknown;
      } catch {
        throw new DomainError('SUMMARY.PUBLISH_FAILED', 'Google Sheets sent an answer that could not be read. Nothing else was changed; please try again.');
      }
    }
    const reason = errorReason(reply.body);
    if (reason === 'SERVICE_DISABLED' || reason === 'accessNotConfigured') {
      throw new DomainError(
        'SUMMARY.API_DISABLED',
        "The Google Sheets API is not turned on for this add-on's Cloud project: in the Apps Script editor open Project Settings to see the project, enable the Google Sheets API for it in the Google Cloud console (APIs & Services, Library), then publish again.",
      );
    }
    if (reply.status === 401 || reply.status === 403) {
      throw new DomainError('SUMMARY.NOT_ALLOWED', `Google Sheets did not allow the add-on to write the manager file (HTTP ${reply.status}). Open the add-on again to re-authorize it, then publish again.`);
    }
    if (reply.status === 429) throw new DomainError('SUMMARY.BUSY', 'Google Sheets is busy right now (too many requests). Please publish again in a minute.');
    throw new DomainError('SUMMARY.PUBLISH_FAILED', `Google Sheets could not write the manager file (HTTP ${reply.status}). Please try again later.`);
  }
}

/**
 * Why Google refused, from its error body: ErrorInfo's reason (https://cloud.google.com/apis/design/errors#error_info)
 * or the older errors[].reason ("accessNotConfigured" when the API is off in the caller's Cloud project).
 */
function errorReason(body: string): string {
  try {
    const error = (JSON.parse(body) as { error?: { details?: { reason?: string }[]; errors?: { reason?: string }[] } }).error;
    return error?.details?.find((d) => d.reason)?.reason ?? error?.errors?.find((e) => e.reason)?.reason ?? '';
  } catch {
    return '';
  }
}

function readFile(json: unknown): FileInfo {
  const file = json as { spreadsheetId?: string; spreadsheetUrl?: string; sheets?: { properties?: { sheetId?: number; title?: string }; charts?: { chartId?: number }[] }[] };
  if (!file?.spreadsheetId) throw new DomainError('SUMMARY.PUBLISH_FAILED', 'Google Sheets did not say which file it wrote. Please try again.');
  return {
    spreadsheetId: file.spreadsheetId,
    spreadsheetUrl: file.spreadsheetUrl ?? `https://docs.google.com/spreadsheets/d/${file.spreadsheetId}/edit`,
    sheets: (file.sheets ?? []).map((s) => ({
      sheetId: Number(s.properties?.sheetId ?? 0),
      title: String(s.properties?.title ?? ''),
      chartIds: (s.charts ?? []).map((c) => Number(c.chartId)).filter((id) => Number.isFinite(id)),
    })),
  };
}

/** A basic chart: labels from the first column, one series per other column, header row as series names. */
function chartSpec(sheetId: number, table: SummaryTable): object {
  const chart = table.chart!;
  const width = Math.max(...table.rows.map((r) => r.length));
  const endRowIndex = 1 + Math.min(chart.dataRows ?? table.rows.length - 1, table.rows.length - 1);
  const range = (column: number) => ({ sourceRange: { sources: [{ sheetId, startRowIndex: 0, endRowIndex, startColumnIndex: column, endColumnIndex: column + 1 }] } });
  const valueAxis = chart.type === 'bar' ? 'BOTTOM_AXIS' : 'LEFT_AXIS';
  return {
    title: chart.title,
    basicChart: {
      chartType: CHART_TYPES[chart.type],
      legendPosition: width > 2 ? 'BOTTOM_LEGEND' : 'NO_LEGEND',
      headerCount: 1,
      domains: [{ domain: range(0) }],
      series: Array.from({ length: width - 1 }, (_, i) => ({ series: range(i + 1), targetAxis: valueAxis })),
    },
  };
}

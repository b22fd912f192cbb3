import { FakeSheetsRest } from '../../src/workbench/gas';
import { callError, demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

function publishing() {
  const ss = demoSpreadsheet();
  const sheetsApi = new FakeSheetsRest((token) => token === 'local-oauth-token');
  const addon = startAddon(ss, { fetch: sheetsApi.handler() });
  setUp(addon);
  return { ss, sheetsApi, addon };
}

const settingValue = (ss: ReturnType<typeof demoSpreadsheet>, key: string) => ss.sheet('Settings')!.values().find((r) => r[0] === key)?.[1];

describe('publishing the manager summary from the built add-on', () => {
  it('creates a separate file of values with charts, remembers it in Settings, and audits it', () => {
    const { ss, sheetsApi, addon } = publishing();
    expect(sidebarCall(addon, 'getStartup').setupDone).toBe(true);
    const result = sidebarCall(addon, 'publishManagerSummary');
    expect(result.message).toMatch(/^Created the manager summary \(8 tabs/);
    const [file] = [...sheetsApi.files.values()];
    expect(file).toBeDefined();
    expect(result.url).toBe(`https://docs.google.com/spreadsheets/d/${file!.spreadsheetId}/edit`);
    expect(settingValue(ss, 'managerFileId')).toBe(file!.spreadsheetId);
    expect(file!.tabs.map((t) => t.title)).toEqual(['Overview', 'Goals by area', 'Goals by status', 'Matches', 'Consumers', 'Training', 'Reviews', 'Trends']);
    const byArea = file!.tabs.find((t) => t.title === 'Goals by area')!;
    expect(byArea.values[0]).toEqual(['Goal area', 'Goals']);
    expect(byArea.values).toHaveLength(12);
    expect(byArea.charts).toHaveLength(1);
    expect(byArea.charts[0]!.spec).toMatchObject({ title: 'Goals by area', basicChart: { chartType: 'BAR', headerCount: 1 } });
    // The chart leaves the total out, and reads only this file's own tab.
    const source = (byArea.charts[0]!.spec as any).basicChart.domains[0].domain.sourceRange.sources[0];
    expect(source).toMatchObject({ sheetId: byArea.sheetId, startRowIndex: 0, endRowIndex: 11 });
    expect(file!.tabs.find((t) => t.title === 'Trends')!.charts[0]!.spec).toMatchObject({ basicChart: { chartType: 'LINE' } });
    expect(file!.tabs.find((t) => t.title === 'Overview')!.charts).toHaveLength(0);
    const audit = ss.sheet('Audit')!.values();
    expect(audit[audit.length - 1]!.slice(2, 4)).toEqual(['summary.publish', file!.spreadsheetId]);
    // Calls go with the user's OAuth token, to the Sheets API only.
    expect(addon.fetchLog.every((r) => r.url.startsWith('https://sheets.googleapis.com/v4/spreadsheets') && r.headers.Authorization === 'Bearer local-oauth-token')).toBe(true);
  });

  it('writes values only: no formulas, no IMPORTRANGE, no names, IDs or ZIP codes', () => {
    const { ss, sheetsApi, addon } = publishing();
    sidebarCall(addon, 'publishManagerSummary');
    const file = [...sheetsApi.files.values()][0]!;
    const cells = file.tabs.flatMap((t) => t.values.flat());
    expect(cells.length).toBeGreaterThan(100);
    for (const cell of cells) {
      expect(['string', 'number']).toContain(typeof cell);
      if (typeof cell === 'string') {
        expect(cell).not.toMatch(/^[=+@]/);
        expect(cell).not.toMatch(/IMPORTRANGE|\b[MCGX]-\d{4}\b|\b55\d{3}\b/);
      }
    }
    const names = [...ss.sheet('Consumers')!.values().slice(1), ...ss.sheet('Mentors')!.values().slice(1)].map((r) => String(r[1]));
    const text = JSON.stringify(file.tabs.map((t) => t.values));
    for (const name of names) expect(text).not.toContain(name);
    expect(addon.fetchLog.filter((r) => r.url.includes('values:batchUpdate')).every((r) => JSON.parse(r.payload).valueInputOption === 'RAW')).toBe(true);
    // Small counts are suppressed by the domain before they reach the file.
    expect(cells.some((c) => c === '<5' || c === '*')).toBe(true);
  });

  it('updates the same file when published again: values replaced, charts updated in place, no duplicate tabs', () => {
    const { ss, sheetsApi, addon } = publishing();
    sidebarCall(addon, 'publishManagerSummary');
    const file = [...sheetsApi.files.values()][0]!;
    const chartIds = file.tabs.flatMap((t) => t.charts.map((c) => c.chartId));
    file.tabs.find((t) => t.title === 'Overview')!.values.push(['stale row left by hand', 1], ['another', 2], ['and more', 3]);
    addon.fetchLog.length = 0;
    const again = sidebarCall(addon, 'publishManagerSummary');
    expect(again.message).toMatch(/^Updated the manager summary/);
    expect(sheetsApi.files.size).toBe(1);
    expect(file.tabs).toHaveLength(8);
    expect(file.tabs.flatMap((t) => t.charts.map((c) => c.chartId))).toEqual(chartIds);
    expect(file.tabs.find((t) => t.title === 'Overview')!.values.flat()).not.toContain('stale row left by hand');
    expect(addon.fetchLog.map((r) => `${r.method} ${new URL(r.url).pathname.replace(file.spreadsheetId, 'ID')}`)).toEqual([
      'GET /v4/spreadsheets/ID', 'POST /v4/spreadsheets/ID/values:batchClear', 'POST /v4/spreadsheets/ID/values:batchUpdate', 'POST /v4/spreadsheets/ID:batchUpdate',
    ]);
    expect(ss.sheet('Settings')!.values().filter((r) => r[0] === 'managerFileId')).toHaveLength(1);
  });

  it('makes a new file, and says so, when the saved one cannot be opened (deleted, or not created by the add-on)', () => {
    const { ss, sheetsApi, addon } = publishing();
    sidebarCall(addon, 'saveSettings', { managerFileId: 'someone-elses-file' });
    const result = sidebarCall(addon, 'publishManagerSummary');
    expect(result.message).toMatch(/could not be opened, so a new one was made/);
    expect(settingValue(ss, 'managerFileId')).toBe([...sheetsApi.files.keys()][0]);
  });

  it('reports a refused or failing Sheets API with a coded error and changes nothing in the workbook', () => {
    const { ss, sheetsApi, addon } = publishing();
    const before = JSON.stringify(ss.sheets.map((s) => s.values()));
    sheetsApi.failWith = 403;
    expect(callError(() => sidebarCall(addon, 'publishManagerSummary')).code).toBe('SUMMARY.NOT_ALLOWED');
    sheetsApi.failWith = 500;
    const failed = callError(() => sidebarCall(addon, 'publishManagerSummary'));
    expect(failed).toMatchObject({ code: 'SUMMARY.PUBLISH_FAILED' });
    expect(failed.message).not.toMatch(/Injected/);
    expect(JSON.stringify(ss.sheets.map((s) => s.values()))).toBe(before);
  });

  it('says the Sheets API is off in the Cloud project when Google answers SERVICE_DISABLED, not to re-authorize', () => {
    const { ss, sheetsApi, addon } = publishing();
    const before = JSON.stringify(ss.sheets.map((s) => s.values()));
    sheetsApi.apiEnabled = false;
    const error = callError(() => sidebarCall(addon, 'publishManagerSummary'));
    expect(error.code).toBe('SUMMARY.API_DISABLED');
    expect(error.message).toMatch(/^The Google Sheets API is not turned on for this add-on's Cloud project: /);
    expect(error.message).not.toMatch(/re-authorize/);
    expect(JSON.stringify(ss.sheets.map((s) => s.values()))).toBe(before);
  });
});

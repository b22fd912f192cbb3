import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeSpreadsheet, loadXlsx, StoredValue } from '../../src/workbench/gas';
import { isProximityCall, LOCAL_PROXIMITY_URL } from '../../src/workbench/local-functions';
import { prefillSetting, readSetting, runOnlyCells } from '../../src/workbench/local-settings';
import { startWorkbench, Workbench } from '../../src/workbench/workbench';
import { WorkbookSession } from '../../src/workbench/workbook-session';
import { demoXlsx } from '../../src/cli/commands/demo';
import { saveXlsx } from '../../src/workbench/gas';
import { acceptProposal } from '../helpers/addon-runtime';
import { ROOT } from '../helpers/paths';

const AS_OF = '2026-03-02';

/** A sidebar call through the workbench server, unwrapped: the add-on's own { ok, value } or its coded error. */
async function sidebar<T = any>(bench: Workbench, name: string, ...args: unknown[]): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${bench.port}/rpc`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, args }) });
  const outcome = (await response.json()) as { ok: boolean; value?: { ok: boolean; value?: T; error?: { code: string; message: string } }; message?: string };
  if (!outcome.ok) throw new Error(outcome.message);
  if (!outcome.value!.ok) throw new Error(`${outcome.value!.error!.code}: ${outcome.value!.error!.message}`);
  return outcome.value!.value as T;
}

const texts = (rows: StoredValue[][]) => rows.flat().map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell)));

/** Every name, email, phone, ZIP, address and record ID in the people tabs: none may reach the manager summary. */
function personalValues(book: FakeSpreadsheet): string[] {
  const found = new Set<string>();
  for (const tab of ['Mentors', 'Consumers', 'Goals', 'Matches']) {
    const [header = [], ...rows] = book.sheet(tab)!.values();
    header.forEach((title, c) => {
      if (!/^(Name|Email|Phone|Address|ZIP|Mentor ID|Consumer ID|Goal ID|Match ID)$/.test(String(title))) return;
      for (const row of rows) if (String(row[c] ?? '').trim()) found.add(String(row[c]).trim());
    });
  }
  return [...found];
}

describe('the workbench with the proximity function running in-process', () => {
  let dir: string;
  let file: string;
  let bench: Workbench;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-local-functions-'));
    file = path.join(dir, 'demo.xlsx');
    bench = await startWorkbench({ file, port: 0, root: ROOT, asOf: AS_OF });
    await sidebar(bench, 'applySetup', acceptProposal(await sidebar(bench, 'getSetupProposal')));
  });

  afterAll(async () => {
    await bench?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says so at start, and uses the local address for this run only', async () => {
    expect(bench.functionsNote).toMatch(/^proximity function running locally/);
    expect(bench.session.usesRunOnlyFunctionUrl).toBe(true);
    expect(readSetting(bench.session.runtime.spreadsheet, 'functionUrl')).toBe(LOCAL_PROXIMITY_URL);
  });

  it('suggests mentors with travel from the local function, cached in the saved workbook', async () => {
    const consumer = (await sidebar<{ id: string }[]>(bench, 'searchConsumers', ''))[0]!.id;
    const result = await sidebar(bench, 'getMatchSuggestions', consumer);
    expect(result.proximityNote).toMatch(/^Travel from the proximity service/);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.every((s: { proximity: { source: string } }) => s.proximity.source === 'estimate')).toBe(true);
    // Exactly one call, to the local address, with an ID token the function's verifier accepted.
    const calls = bench.session.runtime.fetchLog.filter((r) => r.url === LOCAL_PROXIMITY_URL);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers.Authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);

    await bench.session.flush();
    const { spreadsheet: saved } = await loadXlsx(file);
    const cache = saved.sheet('Proximity cache');
    expect(cache).toBeDefined();
    expect(cache!.hidden).toBe(true);
    expect(cache!.values().length).toBeGreaterThan(1);
    expect(cache!.values().slice(1).every((row) => row[3] === 'estimate')).toBe(true);
    // The run-only address never reaches the file.
    expect(readSetting(saved, 'functionUrl')).toBe('');
    expect(texts(saved.sheet('Settings')!.values())).not.toContain(LOCAL_PROXIMITY_URL);
  });

  it('saves the published manager summary as a second .xlsx of de-identified values, and updates it in place after a restart', async () => {
    const first = await sidebar<{ message: string }>(bench, 'publishManagerSummary');
    expect(first.message).toMatch(/^Created the manager summary \(8 tabs/);
    await bench.session.flush();
    const managerFile = path.join(dir, 'demo.manager-summary.xlsx');
    expect(bench.managerFile).toBe(managerFile);
    expect(fs.existsSync(managerFile)).toBe(true);

    const { spreadsheet: summary } = await loadXlsx(managerFile);
    expect(summary.sheets.map((s) => s.name)).toEqual(['Overview', 'Goals by area', 'Goals by status', 'Matches', 'Consumers', 'Training', 'Reviews', 'Trends']);
    expect(summary.sheet('Goals by area')!.values()[0]).toEqual(['Goal area', 'Goals']);
    expect(summary.sheets.every((s) => s.frozenRows === 1)).toBe(true);
    const cells = texts(summary.sheets.flatMap((s) => s.values()));
    expect(cells.length).toBeGreaterThan(100);
    const { spreadsheet: workbook } = await loadXlsx(file);
    const personal = personalValues(workbook);
    expect(personal.length).toBeGreaterThan(300);
    const leaked = personal.filter((value) => cells.some((cell) => cell.includes(value)));
    expect(leaked).toEqual([]);
    expect(cells.some((cell) => /\b55\d{3}\b|@/.test(cell))).toBe(false);
    expect(summary.sheets.some((s) => s.formulas.size > 0)).toBe(false);

    // A new run finds the kept file under the ID Settings remembers, and updates it rather than making another.
    const fileId = readSetting(workbook, 'managerFileId');
    expect(fileId).not.toBe('');
    await bench.stop();
    bench = await startWorkbench({ file, port: 0, root: ROOT, asOf: AS_OF });
    const again = await sidebar<{ message: string }>(bench, 'publishManagerSummary');
    expect(again.message).toMatch(/^Updated the manager summary/);
    expect(readSetting(bench.session.runtime.spreadsheet, 'managerFileId')).toBe(fileId);
    await bench.session.flush();
    expect((await loadXlsx(managerFile)).spreadsheet.sheets).toHaveLength(8);
  });
});

describe('the local proximity address', () => {
  const settings = (rows: unknown[][]) => {
    const book = new FakeSpreadsheet();
    book.addSheet('Settings', [['Key', 'Value'], ...rows]);
    return book;
  };

  it('is filled in only when the coordinator has none, and is left out of the saved file', () => {
    const blank = settings([['functionUrl', ''], ['maxTravelMinutes', 60]]);
    const filled = prefillSetting(blank, 'functionUrl', LOCAL_PROXIMITY_URL)!;
    expect(readSetting(blank, 'functionUrl')).toBe(LOCAL_PROXIMITY_URL);
    expect(runOnlyCells(blank, filled)).toEqual([{ sheet: 'Settings', row: 2, column: 2 }]);

    const missing = settings([['maxTravelMinutes', 60]]);
    const added = prefillSetting(missing, 'functionUrl', LOCAL_PROXIMITY_URL)!;
    expect(runOnlyCells(missing, added)).toEqual([{ sheet: 'Settings', row: 3, column: 2 }, { sheet: 'Settings', row: 3, column: 1 }]);

    const own = settings([['functionUrl', 'https://us-central1-cil.cloudfunctions.net/proximity']]);
    expect(prefillSetting(own, 'functionUrl', LOCAL_PROXIMITY_URL)).toBeNull();
    expect(prefillSetting(new FakeSpreadsheet(), 'functionUrl', LOCAL_PROXIMITY_URL)).toBeNull();
  });

  it('is filled in once setup has made the Settings tab, when the workbook had none', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-no-settings-'));
    try {
      const file = path.join(dir, 'program.xlsx');
      await demoXlsx(AS_OF).save(file);
      const { spreadsheet } = await loadXlsx(file);
      spreadsheet.sheets.splice(spreadsheet.sheets.findIndex((s) => s.name === 'Settings'), 1);
      await saveXlsx(spreadsheet, file);
      const session = await WorkbookSession.open({ file, addonDir: path.join(ROOT, 'dist', 'addon'), functionUrl: LOCAL_PROXIMITY_URL, now: new Date(`${AS_OF}T15:00:00Z`) });
      expect(session.usesRunOnlyFunctionUrl).toBe(false);
      const proposal = await session.call('getSetupProposal', []);
      await session.call('applySetup', [acceptProposal((proposal as { value: { value: never } }).value.value)]);
      expect(session.usesRunOnlyFunctionUrl).toBe(true);
      await session.flush();
      const saved = (await loadXlsx(file)).spreadsheet;
      expect(saved.sheet('Settings')).toBeDefined();
      expect(readSetting(saved, 'functionUrl')).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops being run-only once the coordinator changes it', () => {
    const book = settings([]);
    const filled = prefillSetting(book, 'functionUrl', LOCAL_PROXIMITY_URL)!;
    book.sheet('Settings')!.set(2, 2, 'https://us-central1-cil.cloudfunctions.net/proximity');
    expect(runOnlyCells(book, filled)).toEqual([]);
  });

  it('answers calls to the local address and to a deployed proximity address, and nothing else', () => {
    const call = (url: string) => isProximityCall({ url, method: 'POST', headers: {}, payload: '', muteHttpExceptions: true });
    expect(call(LOCAL_PROXIMITY_URL)).toBe(true);
    expect(call('https://us-central1-cil.cloudfunctions.net/proximity')).toBe(true);
    expect(call('https://proximity-abc123-uc.a.run.app')).toBe(true);
    expect(call('https://us-central1-cil.cloudfunctions.net/intake')).toBe(false);
    expect(call('https://sheets.googleapis.com/v4/spreadsheets')).toBe(false);
  });
});

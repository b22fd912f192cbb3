import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { demoXlsx } from '../../src/cli/commands/demo';
import { loadXlsx } from '../../src/workbench/gas';
import { RunningServer, startServer } from '../../src/workbench/server';
import { WorkbookSession } from '../../src/workbench/workbook-session';
import { ROOT } from '../helpers/paths';
import { writeFixtureAddon } from './fixture-addon';

const ASSETS = path.join(ROOT, 'dist', 'workbench');

describe('the workbench server', () => {
  let dir: string;
  let file: string;
  let session: WorkbookSession;
  let server: RunningServer;
  let base: string;

  const post = async (route: string, body: unknown) => {
    const response = await fetch(`${base}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-server-'));
    file = path.join(dir, 'demo.xlsx');
    await demoXlsx('2026-03-02').save(file);
    session = await WorkbookSession.open({ file, addonDir: writeFixtureAddon(dir) });
    server = await startServer({ session, assetsDir: ASSETS, port: 0 });
    base = `http://127.0.0.1:${server.port}`;
  });

  afterAll(async () => {
    await server.close();
    await session.flush();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves the add-on sidebar with the google.script.run shim before its own script', async () => {
    const html = await (await fetch(`${base}/sidebar`)).text();
    expect(html).toContain('Fixture sidebar');
    expect(html.indexOf('withSuccessHandler')).toBeGreaterThan(-1);
    expect(html.indexOf('withSuccessHandler')).toBeLessThan(html.indexOf('<title>'));
  });

  it('refuses to be shown in a frame by another site', async () => {
    for (const route of ['/', '/sidebar']) {
      const response = await fetch(`${base}${route}`);
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    }
  });

  it('runs sidebar calls in the add-on and answers them as JSON', async () => {
    expect(await post('/rpc', { name: 'countMentors', args: [] })).toEqual({ status: 200, body: { ok: true, value: { rows: 40 } } });
  });

  it('hands a thrown error to the failure handler, and keeps private functions private', async () => {
    expect((await post('/rpc', { name: 'broken', args: [] })).body).toEqual({ ok: false, message: 'Exception: the fixture failed' });
    expect((await post('/rpc', { name: 'secret_', args: [] })).body.ok).toBe(false);
  });

  it('saves every change to the .xlsx, and only changes', async () => {
    const before = session.version;
    await post('/rpc', { name: 'countMentors', args: [] });
    expect(session.version).toBe(before);
    await post('/rpc', { name: 'renameFirstMentor', args: ['Renamed Person'] });
    expect(session.version).toBe(before + 1);
    const { spreadsheet } = await loadXlsx(file);
    expect(spreadsheet.sheet('Mentors')!.get(2, 2)).toBe('Renamed Person');
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('lists the tabs and shows one tab as display text for the grid', async () => {
    const overview = (await (await fetch(`${base}/api/tabs`)).json()) as { tabs: { name: string }[]; menus: unknown[] };
    expect(overview.tabs.map((t) => t.name)).toEqual(expect.arrayContaining(['Mentors', 'Consumers', 'Goals', 'Trainings']));
    const tab = (await (await fetch(`${base}/api/tab?name=Trainings`)).json()) as { cells: string[][] };
    expect(tab.cells[0]![0]).toBe('Session ID');
    // Date cells read as Sheets shows them, in the workbook's time zone.
    expect(tab.cells.slice(1).some((row) => row.some((cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell)))).toBe(true);
  });

  it('moves the cursor the add-on reads', async () => {
    await post('/api/select', { tab: 'Consumers', row: 7, column: 2 });
    expect((await post('/rpc', { name: 'cursor', args: [] })).body.value).toEqual({ tab: 'Consumers', row: 7 });
  });

  it('runs menu items and reports the alerts they show', async () => {
    const outcome = await post('/api/menu', { functionName: 'sayHello' });
    expect(outcome.body.alerts).toEqual([{ title: 'Hello', prompt: 'From the add-on.' }]);
    expect((await post('/api/menu', { functionName: 'broken' })).status).toBe(404);
  });

  it('refuses other hosts and non-JSON posts', async () => {
    const rebound = await new Promise<number>((resolve, reject) => {
      http.get(`${base}/api/tabs`, { headers: { Host: 'evil.example' } }, (response) => resolve(response.resume().statusCode ?? 0)).on('error', reject);
    });
    expect(rebound).toBe(403);
    const form = await fetch(`${base}/rpc`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"renameFirstMentor","args":["x"]}' });
    expect(form.status).toBe(415);
  });
});

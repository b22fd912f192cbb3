import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/local/xlsx-workbook';
import { CLI_BIN } from '../helpers/paths';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-'));
const demo = path.join(dir, 'demo.xlsx');

beforeAll(() => {
  const result = cli('demo', demo, '--as-of', '2026-11-22');
  expect(result).toMatchObject({ code: 0 });
});

describe('peer-mentoring demo and check', () => {
  it('writes a demo workbook that check finds usable, with every tab mapped and no unreadable value', () => {
    const result = cli('check', demo, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.usable).toBe(true);
    expect(report.issues).toEqual([]);
    const mentors = report.tabs.find((t: { role: string }) => t.role === 'mentors');
    expect(mentors.rows).toBe(40);
    expect(report.tabs.find((t: { role: string }) => t.role === 'consumers').rows).toBe(120);
    expect(mentors.fields.zip).toEqual({ header: 'ZIP', column: 'G', how: 'exact', label: 'exact header' });
  });

  it('never modifies the file it checks', () => {
    const before = fs.readFileSync(demo);
    cli('check', demo);
    expect(fs.readFileSync(demo).equals(before)).toBe(true);
  });

  it('answers bad arguments and unreadable files with one sentence and exit 2', () => {
    const notXlsx = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(notXlsx, 'name,zip\nA,55104\n');
    for (const args of [['check'], ['check', path.join(dir, 'missing.xlsx')], ['check', notXlsx], ['check', demo, '--bogus'], ['frobnicate']]) {
      const result = cli(...args);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().length).toBeGreaterThan(0);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('refuses to overwrite an existing file without --force', () => {
    const result = cli('demo', demo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/already exists/);
  });
});

describe('peer-mentoring check on a coordinator\'s own export', () => {
  const own = path.join(dir, 'own.xlsx');
  beforeAll(async () => {
    const book = XlsxWorkbook.empty();
    book.createTab('Volunteers', ['Full Name', 'Home ZIP', 'Work ZIP', 'Skills', 'Start date']);
    book.append('Volunteers', [['Ana Ruiz', '55104', '55101', 'Employment', 'soon']]);
    book.createTab('Mentees', ['Name', 'Goals']);
    book.append('Mentees', [['Lee Vang', 'Transportation']]);
    await book.save(own);
  });

  it('exits 1 and names what is missing when a required column is not there', () => {
    const result = cli('check', own);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('MISSING: a location (ZIP or address)');
    expect(result.stdout).toContain('AMBIGUOUS: zip could be "Home ZIP" or "Work ZIP"');
  });

  it('uses a saved mapping to settle what was ambiguous', () => {
    const mapping = path.join(dir, 'mapping.json');
    fs.writeFileSync(mapping, JSON.stringify({ version: 1, tabs: { mentors: { tab: 'Volunteers', fields: { zip: 'Home ZIP' } } } }));
    const result = cli('check', own, '--mapping', mapping, '--json');
    const report = JSON.parse(result.stdout);
    expect(report.tabs.find((t: { role: string }) => t.role === 'mentors').fields.zip).toEqual({ header: 'Home ZIP', column: 'B', how: 'saved', label: 'your saved choice' });
    // Consumers still have no location, so the workbook is still not usable.
    expect(result.code).toBe(1);
  });

  it('rejects a mapping file that is not valid, with exit 2', () => {
    const bad = path.join(dir, 'bad-mapping.json');
    fs.writeFileSync(bad, '{"tabs": {"mentors": {"fields": "zip"}}}');
    const result = cli('check', own, '--mapping', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad entry for "mentors"/);
  });
});

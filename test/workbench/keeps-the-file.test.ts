// The workbench never saves over a coordinator's edit: it refuses a second workbench on the same file, and when the
// file changed on disk while it ran (edited in a spreadsheet program), it saves beside it and says so.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoXlsx } from '../../src/cli/commands/demo';
import { loadXlsx } from '../../src/workbench/gas';
import { WorkbookSession } from '../../src/workbench/workbook-session';
import { workbenchLockOf } from '../../src/workbench/workbook-file';
import { writeFixtureAddon } from './fixture-addon';

describe('the workbench keeps the coordinator\'s file', () => {
  let dir: string;
  let file: string;
  let addonDir: string;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-keep-'));
    file = path.join(dir, 'program.xlsx');
    await demoXlsx('2026-03-02').save(file);
    addonDir = writeFixtureAddon(dir);
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses to open a file another running workbench has open, and opens it once that one stopped', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      fs.writeFileSync(workbenchLockOf(file), String(other.pid));
      await expect(WorkbookSession.open({ file, addonDir })).rejects.toThrow(`${file} is already open in another workbench (process ${other.pid}); use that one, or stop it with Ctrl-C and start again.`);
    } finally {
      other.kill();
      await new Promise((resolve) => other.once('exit', resolve));
    }
    const session = await WorkbookSession.open({ file, addonDir });
    expect(fs.readFileSync(workbenchLockOf(file), 'utf8')).toBe(String(process.pid));
    session.close();
    expect(fs.existsSync(workbenchLockOf(file))).toBe(false);
  });

  it('does not save over a file changed on disk since it was loaded: the change goes beside it, with one sentence saying what to do', async () => {
    const session = await WorkbookSession.open({ file, addonDir });
    // The coordinator edits and saves the file in a spreadsheet program while the workbench runs.
    const edited = demoXlsx('2026-03-02');
    edited.update('Mentors', [{ row: 1, column: 1, value: 'Edited Elsewhere' }]);
    await edited.save(file);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));

    await session.call('renameFirstMentor', ['Renamed In Workbench']);
    await session.flush();

    expect((await loadXlsx(file)).spreadsheet.sheet('Mentors')!.get(2, 2)).toBe('Edited Elsewhere');
    const side = path.join(dir, 'program (workbench 1).xlsx');
    expect((await loadXlsx(side)).spreadsheet.sheet('Mentors')!.get(2, 2)).toBe('Renamed In Workbench');
    expect(session.saveError).toBe(`${file} was changed outside the workbench since it was opened, so the workbench did not save over it; its changes are saved in ${side} instead: open both, keep the one you want, and start the workbench again.`);
    session.close();
  });
});

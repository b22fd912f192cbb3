// Runs the deploy commands offline, as far as Google allows: each must stop with one sentence at the first step that
// needs an account, and clasp must see exactly the built add-on. HOME and the config folders are temporary and empty,
// so nothing here can use a real sign-in.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQ';
// Installing the pinned tools takes about a minute each on a fresh machine.
jest.setTimeout(240_000);

let home: string;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'peer-mentoring-deploy-'));
});
afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, 'config') };
  for (const name of ['clasp_config_auth', 'GOOGLE_APPLICATION_CREDENTIALS', 'FIREBASE_TOKEN']) delete env[name];
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

// clasp reads rootDir relative to the project file and refuses one outside its folder, so project files for these
// tests sit in the repository's root under a name git ignores (.clasp-*.json), and are removed afterwards.
const projectFiles: string[] = [];
afterEach(() => projectFiles.splice(0).forEach((file) => fs.rmSync(file, { force: true })));

function aProjectFile(contents: object): string {
  const file = path.join(ROOT, `.clasp-test-${process.pid}-${projectFiles.length}.json`);
  fs.writeFileSync(file, JSON.stringify(contents));
  projectFiles.push(file);
  return file;
}

describe('npm run deploy:addon', () => {
  it('stops with one sentence when no script ID is set', () => {
    const missing = run('deploy-addon.js', ['--project', path.join(home, 'none.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^No Apps Script project is set yet: copy \.clasp\.example\.json to .+none\.json and paste your script ID .+\.$/);
    const example = aProjectFile(JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.example.json'), 'utf8')));
    const unchanged = run('deploy-addon.js', ['--project', example]);
    expect(unchanged.status).toBe(1);
    expect(unchanged.stderr).toMatch(/has no script ID yet: copy \.clasp\.example\.json/);
  });

  it('refuses a project file that would push anything but dist/addon', () => {
    const reply = run('deploy-addon.js', ['--project', aProjectFile({ scriptId: SCRIPT_ID, rootDir: '.' })]);
    expect(reply.status).toBe(1);
    expect(reply.stderr).toContain('must say "rootDir": "dist/addon"');
  });

  it('stops with one sentence before Google when clasp is not signed in', () => {
    const reply = run('deploy-addon.js', ['--project', aProjectFile({ scriptId: SCRIPT_ID, rootDir: 'dist/addon' })]);
    expect(reply).toMatchObject({ status: 1, stdout: '' });
    expect(reply.stderr).toBe('clasp is not signed in to your Google account: run `npm run clasp -- login` (once per computer), then run this again.');
  });

  it('shows clasp exactly the three files of the built add-on', () => {
    const project = aProjectFile({ scriptId: SCRIPT_ID, rootDir: 'dist/addon' });
    const reply = run('run-tool.js', ['clasp', '--project', project, 'status', '--json']);
    expect(reply.status).toBe(0);
    const status = JSON.parse(reply.stdout) as { filesToPush: string[]; untrackedFiles: string[] };
    expect(status.filesToPush.map((file) => path.basename(file)).sort()).toEqual(['addon.js', 'appsscript.json', 'sidebar.html']);
    expect(status.untrackedFiles).toEqual([]);
  });

  it('keeps the script ID out of the repository: the project file is ignored by git, its example is tracked', () => {
    const ignored = spawnSync('git', ['check-ignore', '.clasp.json', '.clasp-dev.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(ignored.stdout.trim().split('\n')).toEqual(['.clasp.json', '.clasp-dev.json']);
    const tracked = spawnSync('git', ['ls-files', '.clasp.example.json', '.clasp.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(tracked.stdout.trim()).toBe('.clasp.example.json');
  });
});

describe('npm run deploy:functions', () => {
  const PROJECT = 'test-cil-deploy';
  const envFile = path.join(ROOT, 'functions', `.env.${PROJECT}`);
  afterEach(() => fs.rmSync(envFile, { force: true }));

  it('stops with one sentence until the project is named', () => {
    const reply = run('deploy-functions.js', []);
    expect(reply.status).toBe(1);
    expect(reply.stderr).toBe('Name your Firebase project: `npm run deploy:functions -- --project YOUR_PROJECT_ID` (the ID under Project settings in the Firebase console).');
  });

  it("names the program's params still unset, in one sentence", () => {
    fs.writeFileSync(envFile, 'ALLOWED_CALLER_EMAILS=coordinator@mcil.example\n');
    const reply = run('deploy-functions.js', ['--project', PROJECT]);
    expect(reply.status).toBe(1);
    expect(reply.stderr).toBe(`Set ADDON_OAUTH_CLIENT_ID in functions/.env.${PROJECT} before deploying (README: "The functions' params" says what each one means).`);
  });

  it('refuses a public mail domain in the allow-list before anything reaches Google', () => {
    fs.writeFileSync(envFile, 'ADDON_OAUTH_CLIENT_ID=1234-abc.apps.googleusercontent.com\nALLOWED_CALLER_EMAILS=coordinator@mcil.example, @gmail.com\n');
    const reply = run('deploy-functions.js', ['--project', PROJECT]);
    expect(reply).toMatchObject({ status: 1, stdout: '' });
    expect(reply.stderr).toBe("ALLOWED_CALLER_EMAILS lists @gmail.com, which would let anyone with an account there call the functions: list those people's addresses one by one instead.");
  });

  it('stops with one sentence before Google when the Firebase CLI is not signed in', () => {
    fs.writeFileSync(envFile, 'ADDON_OAUTH_CLIENT_ID=1234-abc.apps.googleusercontent.com\nALLOWED_CALLER_EMAILS=coordinator@mcil.example\n');
    const reply = run('deploy-functions.js', ['--project', PROJECT]);
    expect(reply).toMatchObject({ status: 1, stdout: '' });
    expect(reply.stderr).toBe('The Firebase CLI is not signed in to your Google account: run `npm run firebase -- login` (once per computer), then run this again.');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { ADDON_DIR, ROOT } from '../helpers/paths';

describe('the add-on manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));

  it('asks for exactly the minimal scopes: this spreadsheet, its sidebar, calls to our functions with an ID token, files it created, the intake forms and their triggers', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.external_request',
        'https://www.googleapis.com/auth/drive.file',
        'https://www.googleapis.com/auth/forms',
        'https://www.googleapis.com/auth/script.scriptapp',
        'openid',
        'https://www.googleapis.com/auth/userinfo.email',
      ].sort(),
    );
  });

  it('never asks for the broad Drive or all-spreadsheets scopes', () => {
    for (const scope of ['https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive.readonly']) {
      expect(manifest.oauthScopes).not.toContain(scope);
    }
  });

  it('runs on V8 as a Sheets editor add-on, and ships unchanged in the build', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.addOns.common.name).toBe('Peer Mentoring');
    expect(manifest.addOns.sheets).toBeDefined();
    expect(JSON.parse(fs.readFileSync(path.join(ADDON_DIR, 'appsscript.json'), 'utf8'))).toEqual(manifest);
  });
});

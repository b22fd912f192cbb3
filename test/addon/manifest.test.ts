// The manifest is that of an editor add-on: scopes each used by the code, the URLs it may fetch, and no Google
// Workspace (card) add-on block (https://developers.google.com/apps-script/manifest,
// https://developers.google.com/workspace/add-ons/concepts/editor-add-ons).
import fs from 'node:fs';
import path from 'node:path';
import { allowedByWhitelist } from '../../src/workbench/gas/google-rules';
import { ADDON_DIR, ROOT } from '../helpers/paths';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));
const bundle = () => fs.readFileSync(path.join(ADDON_DIR, 'addon.js'), 'utf8');

describe('the add-on manifest', () => {
  it('asks for exactly the scopes the built code uses, each for a service call found in it', () => {
    const uses: Record<string, RegExp> = {
      'https://www.googleapis.com/auth/spreadsheets.currentonly': /SpreadsheetApp\.getActiveSpreadsheet\(\)/,
      'https://www.googleapis.com/auth/script.container.ui': /\.showSidebar\(/,
      'https://www.googleapis.com/auth/script.external_request': /UrlFetchApp\.fetch\(/,
      // The manager summary file, made and updated through the Sheets REST API with the user's token.
      'https://www.googleapis.com/auth/drive.file': /sheets\.googleapis\.com/,
      'https://www.googleapis.com/auth/forms': /FormApp\.create\(/,
      'https://www.googleapis.com/auth/script.scriptapp': /ScriptApp\.newTrigger\(/,
      openid: /ScriptApp\.getIdentityToken\(\)/,
      'https://www.googleapis.com/auth/userinfo.email': /getActiveUser\(\)\.getEmail\(\)/,
    };
    expect([...manifest.oauthScopes].sort()).toEqual(Object.keys(uses).sort());
    const code = bundle();
    for (const [scope, use] of Object.entries(uses)) expect({ scope, used: use.test(code) }).toEqual({ scope, used: true });
  });

  it('never asks for the broad Drive or all-spreadsheets scopes', () => {
    for (const scope of ['https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive.readonly']) {
      expect(manifest.oauthScopes).not.toContain(scope);
    }
  });

  it('is an editor add-on manifest: V8, no Workspace add-on block, and ships unchanged in the build', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.addOns).toBeUndefined();
    expect(Object.keys(manifest).sort()).toEqual(['exceptionLogging', 'oauthScopes', 'runtimeVersion', 'timeZone', 'urlFetchWhitelist']);
    expect(JSON.parse(fs.readFileSync(path.join(ADDON_DIR, 'appsscript.json'), 'utf8'))).toEqual(manifest);
  });

  it('allows fetching the functions (cloudfunctions.net and Cloud Run addresses) and the Sheets API, and nothing else', () => {
    for (const prefix of manifest.urlFetchWhitelist) expect(prefix).toMatch(/^https:\/\/[^/]+\/.*$/);
    const allowed = (url: string) => allowedByWhitelist(url, manifest.urlFetchWhitelist);
    expect(allowed('https://us-central1-cil.cloudfunctions.net/proximity')).toBe(true);
    expect(allowed('https://us-central1-cil.cloudfunctions.net/intake')).toBe(true);
    expect(allowed('https://proximity-abc123-uc.a.run.app')).toBe(true);
    expect(allowed('https://proximity-abc123-uc.a.run.app/')).toBe(true);
    expect(allowed('https://sheets.googleapis.com/v4/spreadsheets/abc/values:batchUpdate')).toBe(true);
    expect(allowed('https://example.org/proximity')).toBe(false);
    expect(allowed('http://us-central1-cil.cloudfunctions.net/proximity')).toBe(false);
  });
});

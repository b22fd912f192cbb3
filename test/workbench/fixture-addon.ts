// A tiny built add-on for the workbench's own tests: a menu, a sidebar, one read, one write and one failure, so the
// server, the saving and the menu can be tested without depending on the real add-on's views.
import fs from 'node:fs';
import path from 'node:path';

const ADDON = `
function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addItem('Say hello', 'sayHello').addToUi(); }
function showSidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Fixture')); }
function sayHello() { SpreadsheetApp.getUi().alert('Hello', 'From the add-on.', SpreadsheetApp.getUi().ButtonSet.OK); }
function countMentors() { return { rows: SpreadsheetApp.getActive().getSheetByName('Mentors').getLastRow() - 1 }; }
function renameFirstMentor(name) { SpreadsheetApp.getActive().getSheetByName('Mentors').getRange(2, 2).setValue(name); return { ok: true }; }
function cursor() { const r = SpreadsheetApp.getActiveRange(); return { tab: r.getSheet().getName(), row: r.getRow() }; }
function broken() { throw new Error('Exception: the fixture failed'); }
function secret_() { return 'never reachable'; }
`;

const SIDEBAR = `<!doctype html><html lang="en"><head><title>Fixture</title></head><body><main><h1>Fixture sidebar</h1></main></body></html>`;

export function writeFixtureAddon(dir: string): string {
  const addonDir = path.join(dir, 'addon');
  fs.mkdirSync(addonDir, { recursive: true });
  fs.writeFileSync(path.join(addonDir, 'addon.js'), ADDON);
  fs.writeFileSync(path.join(addonDir, 'sidebar.html'), SIDEBAR);
  return addonDir;
}

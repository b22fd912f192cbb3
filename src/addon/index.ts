// This file is the add-on's only entry point: every export becomes a top-level Apps Script function.
// Each entry is a few lines that call src/app with the Apps Script adapters.
import { SpreadsheetWorkbook } from '../adapters/apps-script/spreadsheet-workbook';
import { checkWorkbook } from '../app/check-workbook';
import { asRpcResult } from './rpc';

const MENU = 'Peer Mentoring';

/** Builds the "Peer Mentoring" menu when the workbook opens. */
export function onOpen(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open Peer Mentoring', 'showSidebar').addItem('Help', 'showHelp').addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(MENU);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(): void {
  const text = [
    'Peer Mentoring turns your mentor, consumer and goal sheets into a matching and review workflow.',
    'Open the sidebar from Extensions → Peer Mentoring → Open Peer Mentoring.',
    'The Workbook view shows which of your columns the add-on reads for each field, and any values it cannot read, with their row and column.',
  ].join('\n\n');
  SpreadsheetApp.getUi().alert(MENU, text, SpreadsheetApp.getUi().ButtonSet.OK);
}

/** Sidebar: how each tab and column is read. */
export function getWorkbookCheck() {
  return asRpcResult(() => checkWorkbook(new SpreadsheetWorkbook()));
}

// This file assembles the intake's ports for Apps Script: the sender over UrlFetchApp with the user's ID token, the
// queue tab, the forms, the triggers, and the workbook's lock, clock and properties.
import { intakeUrlFrom, readFunctionUrl, readIntakeMapping } from '../../app/intake-config';
import { createIntakeSender } from '../http/intake-sender';
import type { IntakeFormsPorts } from '../../app/intake-forms';
import type { IntakeRetryPorts } from '../../app/intake-retry';
import { DocumentLock } from './document-lock';
import { DocumentProperties } from './document-properties';
import { AppsScriptFormBuilder } from './forms-builder';
import { SheetIntakeQueue } from './forms-queue';
import { AppsScriptFormResponses } from './forms-responses';
import { AppsScriptIntakeTriggers } from './forms-triggers';
import { urlPost } from './http';
import { SpreadsheetClock } from './session-clock';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

export function appsScriptIntakePorts(): IntakeRetryPorts & IntakeFormsPorts {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const url = intakeUrlFrom(readFunctionUrl(new SpreadsheetWorkbook(spreadsheet), new DocumentProperties()));
  return {
    sender: createIntakeSender({
      url,
      spreadsheetId: spreadsheet.getId(),
      post: urlPost,
      idToken: () => ScriptApp.getIdentityToken(),
      mapping: () => readIntakeMapping(new DocumentProperties()),
    }),
    queue: new SheetIntakeQueue(spreadsheet),
    responses: new AppsScriptFormResponses(),
    forms: new AppsScriptFormBuilder(() => spreadsheet.getId()),
    triggers: new AppsScriptIntakeTriggers(),
    store: new DocumentProperties(),
    lock: new DocumentLock(),
    clock: new SpreadsheetClock(() => spreadsheet.getSpreadsheetTimeZone()),
  };
}

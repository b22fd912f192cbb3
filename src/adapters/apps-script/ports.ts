// This file assembles the Apps Script adapters into the ports every use case receives.
import type { AppPorts } from '../../app/app-ports';
import { createPlanClient } from '../http/plan-client';
import { createProximityClient } from '../http/proximity-client';
import { ActiveSelection } from './active-selection';
import { DocumentLock } from './document-lock';
import { DocumentProperties } from './document-properties';
import { urlFetch, urlPost } from './http';
import { SessionIdentity, SpreadsheetClock } from './session-clock';
import { SheetsRestPublisher } from './sheets-rest-publisher';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';
import { lookupZipCentroid } from './zip-centroids';

export function appsScriptPorts(): AppPorts {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const workbook = new SpreadsheetWorkbook(spreadsheet);
  return {
    workbook,
    store: new DocumentProperties(),
    lock: new DocumentLock(),
    clock: new SpreadsheetClock(() => workbook.timeZone()),
    identity: new SessionIdentity(),
    selection: new ActiveSelection(),
    zipCentroids: lookupZipCentroid,
    publisher: new SheetsRestPublisher(urlFetch, () => ScriptApp.getOAuthToken()),
    proximityFor: (url) =>
      createProximityClient({
        url,
        post: urlPost,
        idToken: () => ScriptApp.getIdentityToken(),
      }),
    plannerFor: (url) => createPlanClient({ url, post: urlPost, idToken: () => ScriptApp.getIdentityToken() }),
  };
}

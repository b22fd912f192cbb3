// This file publishes the managers' de-identified summary into its own spreadsheet and remembers that file in Settings.
import { DomainError } from '../domain/errors';
import type { IsoDate } from '../domain/model';
import { AppPorts, settingsOf, writeSession } from './app-ports';
import { managerSummaryTables } from './manager-summary-tables';
import { reportSummaries } from './report-summaries';
import { putSetting } from './save-settings';

const MANAGER_FILE_TITLE = 'Peer Mentoring: manager summary';

export interface SummaryPublished {
  created: boolean;
  /** The saved file could not be opened, so a new one was made. */
  replacedSaved: boolean;
  tabs: number;
  asOf: IsoDate;
  url?: string;
}

/**
 * Publishes the managers' de-identified summary into its own spreadsheet (values and charts, never formulas or links
 * into this workbook). The first publish creates the file and remembers its ID in Settings (managerFileId); later
 * ones update the same file. Runs under the document lock, so two people publishing at once make one file.
 */
export function publishManagerSummary(ports: AppPorts): SummaryPublished {
  const publisher = ports.publisher;
  if (!publisher) throw new DomainError('FEATURE.UNAVAILABLE', 'Publishing the manager summary is not available here.');
  const today = ports.clock.today();
  return writeSession(ports, (session) => {
    const model = session.model();
    const { manager } = reportSummaries(model, today);
    const tables = managerSummaryTables(manager);
    const saved = settingsOf(session).managerFileId.trim();
    const out = publisher.publish(saved, MANAGER_FILE_TITLE, tables);
    if (out.fileId !== saved) putSetting(session, 'managerFileId', out.fileId);
    session.audit({ action: 'summary.publish', record: out.fileId, details: `${out.created ? 'created' : 'updated'}; ${tables.length} tabs` });
    return { created: out.created, replacedSaved: saved !== '' && out.created, tabs: tables.length, asOf: today, url: out.url };
  });
}

// This file keeps each workbook's saved header mapping in Firestore, one document per workbook in `intakeWorkbooks`.
// The mapping is stored as its JSON text, so it reads back exactly as sent (header texts are the coordinator's own
// words), and a delivery carrying the mapping this instance saved last writes nothing.
import type { Firestore } from 'firebase-admin/firestore';
import type { SavedMapping } from '../../../src/domain/header-mapping';
import { ledgerDocId } from './firestore-intake-ledger';
import type { SavedMappings } from './saved-mappings.port';

export const INTAKE_WORKBOOKS_COLLECTION = 'intakeWorkbooks';

export class FirestoreSavedMappings implements SavedMappings {
  /** Workbook → the mapping text this instance saved last. */
  private readonly saved = new Map<string, string>();

  constructor(private readonly db: Firestore) {}

  private doc(spreadsheetId: string) {
    return this.db.collection(INTAKE_WORKBOOKS_COLLECTION).doc(ledgerDocId(spreadsheetId));
  }

  async get(spreadsheetId: string): Promise<SavedMapping | undefined> {
    const data = (await this.doc(spreadsheetId).get()).data() as { mapping?: unknown } | undefined;
    if (typeof data?.mapping !== 'string') return undefined;
    try {
      return JSON.parse(data.mapping) as SavedMapping;
    } catch {
      return undefined;
    }
  }

  async save(spreadsheetId: string, mapping: SavedMapping, savedBy: string): Promise<void> {
    const text = JSON.stringify(mapping);
    if (this.saved.get(spreadsheetId) === text) return;
    await this.doc(spreadsheetId).set({ spreadsheetId, mapping: text, savedBy, savedAt: Date.now() });
    this.saved.set(spreadsheetId, text);
  }
}

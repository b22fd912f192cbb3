// This file keeps workbooks' saved header mappings in memory: for the bench and tests that are not about Firestore.
import type { SavedMapping } from '../../../src/domain/header-mapping';
import type { SavedMappings } from './saved-mappings.port';

export class MemorySavedMappings implements SavedMappings {
  private readonly mappings = new Map<string, string>();

  async get(spreadsheetId: string): Promise<SavedMapping | undefined> {
    const text = this.mappings.get(spreadsheetId);
    return text === undefined ? undefined : (JSON.parse(text) as SavedMapping);
  }

  async save(spreadsheetId: string, mapping: SavedMapping): Promise<void> {
    this.mappings.set(spreadsheetId, JSON.stringify(mapping));
  }
}

// This file keeps small per-document values in the document's properties (PropertiesService).
import type { DocumentStorePort } from '../../ports/document-store.port';

export class DocumentProperties implements DocumentStorePort {
  constructor(private readonly properties: GoogleAppsScript.Properties.Properties = PropertiesService.getDocumentProperties()) {}

  get(key: string): string | null {
    return this.properties.getProperty(key);
  }

  set(key: string, value: string): void {
    this.properties.setProperty(key, value);
  }
}

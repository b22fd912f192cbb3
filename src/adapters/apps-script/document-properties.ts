// This file keeps per-document values in the document's properties (PropertiesService), split to fit Google's limits.
import { SplitProperties } from './split-properties';

export class DocumentProperties extends SplitProperties {
  constructor(properties: GoogleAppsScript.Properties.Properties = PropertiesService.getDocumentProperties()) {
    super(properties);
  }
}

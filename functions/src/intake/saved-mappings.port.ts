// This file is the port for the copy of each workbook's saved header mapping the intake keeps: the add-on sends the
// mapping with every delivery (intake-mapping.ts), the intake keeps the latest, and reconcile — which runs with no
// delivery to carry one — reads it, so both find the coordinator's columns the same way.
import type { SavedMapping } from '../../../src/domain/header-mapping';

export interface SavedMappings {
  /** The workbook's mapping as last sent, or undefined when no delivery has carried one yet. */
  get(spreadsheetId: string): Promise<SavedMapping | undefined>;
  /** Keeps the mapping for the workbook, replacing an older one (the coordinator may run Setup again). */
  save(spreadsheetId: string, mapping: SavedMapping, savedBy: string): Promise<void>;
}

// This file keeps the workbook's layout in document properties: the confirmed field→column mapping and the layout
// (schema) version, with migrations so a later release can change the layout safely.
import { DomainError } from '../domain/errors';
import type { SavedMapping } from '../domain/header-mapping';
import type { DocumentStorePort } from '../ports/document-store.port';

export const LAYOUT_KEY = 'peerMentoring.layout';
/** Older releases kept only the mapping, under this key. */
const LEGACY_MAPPING_KEY = 'peerMentoring.mapping';

/** Bump when the layout changes, and add a migration from the previous version. */
export const LAYOUT_VERSION = 4;

export interface SavedLayout {
  version: number;
  mapping: SavedMapping;
  /** ISO instant of the last Setup. */
  setupAt: string;
  /** Who ran it (shown in Setup; the audit keeps the rest). */
  setupBy: string;
}

type Migration = (layout: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations of the saved JSON by the version they start from. v1 stored tab names inside the mapping without the
 * mapping's own version; v2 adds `mapping.version` and `setupBy`; v3 keeps match decisions on the Matches row, and
 * its change to the sheet itself (two columns) is made by upgradeLayout the first time the workbook is used; v4 keeps
 * the intro meeting's time and place on the Matches row (two more columns, added the same way).
 */
export const MIGRATIONS: Record<number, Migration> = {
  1: (layout) => ({
    ...layout,
    version: 2,
    mapping: { version: 1, tabs: {}, ...((layout.mapping as object | undefined) ?? {}) },
    setupBy: typeof layout.setupBy === 'string' ? layout.setupBy : '',
  }),
  2: (layout) => ({ ...layout, version: 3 }),
  3: (layout) => ({ ...layout, version: 4 }),
};

export function migrateLayout(stored: Record<string, unknown>): SavedLayout {
  let layout = stored;
  let version = typeof layout.version === 'number' ? layout.version : 1;
  if (version > LAYOUT_VERSION) {
    throw new DomainError('SETUP.NEWER_LAYOUT', 'This workbook was set up by a newer version of Peer Mentoring. Update the add-on before using it here.');
  }
  while (version < LAYOUT_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new DomainError('SETUP.NO_MIGRATION', `The saved layout (version ${version}) cannot be updated; run Setup again.`);
    layout = step(layout);
    version = layout.version as number;
  }
  return layout as unknown as SavedLayout;
}

/** The saved layout, migrated to the current version; null when Setup has not been run. */
export function loadLayout(store: DocumentStorePort): SavedLayout | null {
  const text = store.get(LAYOUT_KEY) ?? store.get(LEGACY_MAPPING_KEY);
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DomainError('SETUP.CORRUPT_LAYOUT', 'The saved setup cannot be read; run Setup again.');
  }
  if (!parsed || typeof parsed !== 'object') throw new DomainError('SETUP.CORRUPT_LAYOUT', 'The saved setup cannot be read; run Setup again.');
  const record = parsed as Record<string, unknown>;
  // The legacy key held a bare mapping ({ tabs: … }).
  const layout = 'tabs' in record && !('mapping' in record) ? { version: 1, mapping: record, setupAt: '' } : record;
  return migrateLayout(layout);
}

export function saveLayout(store: DocumentStorePort, layout: Omit<SavedLayout, 'version'>): SavedLayout {
  const saved: SavedLayout = { version: LAYOUT_VERSION, ...layout };
  store.set(LAYOUT_KEY, JSON.stringify(saved));
  return saved;
}

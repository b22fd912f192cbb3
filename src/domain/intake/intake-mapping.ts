// This file is the part of the coordinator's saved header mapping the intake function needs: which tab is which and
// which column holds which field, for the tabs it writes (Applications, Reviews) and reads for duplicates and
// check-ins (Mentors, Consumers, Matches, Goals). The add-on sends it with every delivery; the function keeps a copy.
import type { SavedMapping } from '../header-mapping';
import type { TabKey } from '../schema';

export const INTAKE_MAPPING_TABS = ['applications', 'reviews', 'mentors', 'consumers', 'matches', 'goals'] as const satisfies readonly TabKey[];

/** The saved mapping cut down to the intake's tabs; undefined when Setup saved none of them. */
export function intakeMappingOf(saved: SavedMapping | null | undefined): SavedMapping | undefined {
  if (!saved) return undefined;
  const tabs: SavedMapping['tabs'] = {};
  for (const key of INTAKE_MAPPING_TABS) {
    const tab = saved.tabs[key];
    if (tab) tabs[key] = tab;
  }
  return Object.keys(tabs).length > 0 ? { version: saved.version, tabs } : undefined;
}

// This file runs the Firebase functions the add-on calls (proximity) inside the workbench process, when they are
// built; without them the add-on uses its own travel estimate, as it does when no function URL is set.
import fs from 'node:fs';
import type { FetchHandler } from './gas';

export interface LocalFunctions {
  /** Answers the add-on's UrlFetchApp calls; undefined when the functions are not running. */
  fetch: FetchHandler | undefined;
  /** One line for the start banner: what runs, or why not. */
  note: string;
  close(): Promise<void>;
}

export function startLocalFunctions(bundle: string): LocalFunctions {
  if (!fs.existsSync(bundle)) {
    return { fetch: undefined, note: 'not built (functions/lib is missing); travel uses the add-on\'s estimate', close: async () => undefined };
  }
  return { fetch: undefined, note: 'not started yet; travel uses the add-on\'s estimate', close: async () => undefined };
}

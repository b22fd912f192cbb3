// This file decides whether the workbench can run the Firebase functions the add-on calls (proximity) in-process.
// The deployed handler needs Google ID tokens and Firestore, so it runs here only once functions/lib exports a local
// handler; until then the add-on runs without it, as it does when no function URL is set (travel shows as unknown).
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
    return { fetch: undefined, note: 'not built (functions/lib is missing); the sidebar shows travel as unknown', close: async () => undefined };
  }
  return { fetch: undefined, note: 'proximity not started here (functions/lib has no local handler yet); the sidebar shows travel as unknown', close: async () => undefined };
}

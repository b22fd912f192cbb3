// This file is the exactly-once ledger's port: one entry per form response ID, claimed before anything is written.
// Entries hold IDs, states and row references only — never answers.
import type { FormKind } from '../../../src/domain/intake/form-definition';

/** "failed": the submission cannot be prepared (its code says why); it is not tried again. */
export type LedgerState = 'received' | 'written' | 'failed';

export interface RowReference {
  tab: string;
  /** 1-based sheet row at the time of writing (a coordinator may sort later; the response ID is the lasting key). */
  row: number;
}

export interface LedgerEntry {
  responseId: string;
  state: LedgerState;
  formKind: FormKind;
  formId?: string;
  spreadsheetId: string;
  receivedAt: number;
  writtenAt?: number;
  rowRef?: RowReference;
  failureCode?: string;
}

export type ClaimResult = { claimed: true } | { claimed: false; entry: LedgerEntry };

export interface IntakeLedger {
  /** Creates the entry in state "received" if no entry exists (atomically); otherwise returns the existing one. */
  claim(entry: Omit<LedgerEntry, 'state'>): Promise<ClaimResult>;
  markWritten(responseId: string, rowRef: RowReference, at: number): Promise<void>;
  markFailed(responseId: string, failureCode: string, at: number): Promise<void>;
  /** Entries for these response IDs that exist (reconcile). */
  getMany(responseIds: readonly string[]): Promise<Map<string, LedgerEntry>>;
  /** Records an entry as written, whatever was there (reconcile restoring a lost entry). */
  put(entry: LedgerEntry): Promise<void>;
}

// This file keeps the intake ledger in memory: for the bench and tests that are not about Firestore.
import { ClaimResult, IntakeLedger, LedgerEntry, RowReference } from './intake-ledger.port';

export class MemoryIntakeLedger implements IntakeLedger {
  readonly entries = new Map<string, LedgerEntry>();

  async claim(entry: Omit<LedgerEntry, 'state'>): Promise<ClaimResult> {
    const existing = this.entries.get(entry.responseId);
    if (existing) return { claimed: false, entry: { ...existing } };
    this.entries.set(entry.responseId, { ...entry, state: 'received' });
    return { claimed: true };
  }

  async markWritten(responseId: string, rowRef: RowReference, at: number): Promise<void> {
    const entry = this.entries.get(responseId);
    if (entry) this.entries.set(responseId, { ...entry, state: 'written', rowRef, writtenAt: at });
  }

  async markFailed(responseId: string, failureCode: string, at: number): Promise<void> {
    const entry = this.entries.get(responseId);
    if (entry) this.entries.set(responseId, { ...entry, state: 'failed', failureCode, writtenAt: at });
  }

  async getMany(responseIds: readonly string[]): Promise<Map<string, LedgerEntry>> {
    const found = new Map<string, LedgerEntry>();
    for (const id of responseIds) {
      const entry = this.entries.get(id);
      if (entry) found.set(id, { ...entry });
    }
    return found;
  }

  async put(entry: LedgerEntry): Promise<void> {
    this.entries.set(entry.responseId, { ...entry });
  }
}

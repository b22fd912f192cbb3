// This file keeps the intake ledger in Firestore, one document per response ID in `intakeLedger`. A claim is a
// create() — Firestore's exists=false precondition — so two deliveries of one response can never both claim it.
import type { Firestore } from 'firebase-admin/firestore';
import { ClaimResult, IntakeLedger, LedgerEntry, RowReference } from './intake-ledger.port';

export const INTAKE_LEDGER_COLLECTION = 'intakeLedger';
const CHUNK = 300;
/** gRPC ALREADY_EXISTS: the document was created first by someone else. */
const ALREADY_EXISTS = 6;

/** Response IDs are letters, digits and "_-.:", which are all safe in a document ID; anything else is encoded. */
export function ledgerDocId(responseId: string): string {
  return /^[A-Za-z0-9_\-.:]+$/.test(responseId) && !/^\.\.?$/.test(responseId) && !responseId.startsWith('__') ? responseId : `enc-${encodeURIComponent(responseId).replace(/\./g, '%2E')}`;
}

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

export class FirestoreIntakeLedger implements IntakeLedger {
  constructor(private readonly db: Firestore) {}

  private doc(responseId: string) {
    return this.db.collection(INTAKE_LEDGER_COLLECTION).doc(ledgerDocId(responseId));
  }

  async claim(entry: Omit<LedgerEntry, 'state'>): Promise<ClaimResult> {
    const ref = this.doc(entry.responseId);
    try {
      await ref.create(clean({ ...entry, state: 'received' as const }));
      return { claimed: true };
    } catch (error) {
      if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    }
    const snapshot = await ref.get();
    return { claimed: false, entry: snapshot.data() as LedgerEntry };
  }

  async markWritten(responseId: string, rowRef: RowReference, at: number): Promise<void> {
    await this.doc(responseId).set({ state: 'written', rowRef, writtenAt: at }, { merge: true });
  }

  async markFailed(responseId: string, failureCode: string, at: number): Promise<void> {
    await this.doc(responseId).set({ state: 'failed', failureCode, writtenAt: at }, { merge: true });
  }

  async getMany(responseIds: readonly string[]): Promise<Map<string, LedgerEntry>> {
    const found = new Map<string, LedgerEntry>();
    for (let start = 0; start < responseIds.length; start += CHUNK) {
      const refs = responseIds.slice(start, start + CHUNK).map((id) => this.doc(id));
      if (refs.length === 0) continue;
      for (const snapshot of await this.db.getAll(...refs)) {
        const data = snapshot.data() as LedgerEntry | undefined;
        if (data) found.set(data.responseId, data);
      }
    }
    return found;
  }

  async put(entry: LedgerEntry): Promise<void> {
    await this.doc(entry.responseId).set(clean(entry));
  }
}

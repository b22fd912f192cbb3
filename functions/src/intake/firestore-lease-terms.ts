// This file keeps workbook lease terms in Firestore: `intakeLeases/{workbook}/terms/{term}`, one document per term,
// each made with create() (an exists=false precondition), so a term number is taken by one writer only. Only
// create() and a newest-first query are relied on; older terms are deleted as the lease moves on.
import type { Firestore } from 'firebase-admin/firestore';
import { ledgerDocId } from './firestore-intake-ledger';
import { LeaseTerm, LeaseTermStore } from './workbook-lease';

export const INTAKE_LEASES_COLLECTION = 'intakeLeases';
/** gRPC ALREADY_EXISTS: the document was created first by someone else. */
const ALREADY_EXISTS = 6;
/** Terms kept behind the newest one, so a slow reader of "latest" still finds a recent term. */
const KEEP = 4;

const termId = (term: number) => String(term).padStart(12, '0');

export class FirestoreLeaseTerms implements LeaseTermStore {
  constructor(private readonly db: Firestore) {}

  private terms(spreadsheetId: string) {
    return this.db.collection(INTAKE_LEASES_COLLECTION).doc(ledgerDocId(spreadsheetId)).collection('terms');
  }

  async latest(spreadsheetId: string): Promise<LeaseTerm | undefined> {
    const snapshot = await this.terms(spreadsheetId).orderBy('term', 'desc').limit(1).get();
    const data = snapshot.docs[0]?.data() as LeaseTerm | undefined;
    return data ? { term: data.term, holder: data.holder, until: data.until } : undefined;
  }

  async create(spreadsheetId: string, term: LeaseTerm): Promise<boolean> {
    try {
      await this.terms(spreadsheetId).doc(termId(term.term)).create({ ...term });
    } catch (error) {
      if ((error as { code?: unknown }).code === ALREADY_EXISTS) return false;
      throw error;
    }
    if (term.term > KEEP) await this.terms(spreadsheetId).doc(termId(term.term - KEEP)).delete().catch(() => undefined);
    return true;
  }
}

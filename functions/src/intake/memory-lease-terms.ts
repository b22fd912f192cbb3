// This file keeps workbook lease terms in memory: for the bench and tests that are not about Firestore. One store
// shared by several writers behaves like the Firestore one: a term number is created at most once.
import { LeaseTerm, LeaseTermStore } from './workbook-lease';

export class MemoryLeaseTerms implements LeaseTermStore {
  private readonly terms = new Map<string, LeaseTerm>();

  async latest(spreadsheetId: string): Promise<LeaseTerm | undefined> {
    const term = this.terms.get(spreadsheetId);
    return term ? { ...term } : undefined;
  }

  async create(spreadsheetId: string, term: LeaseTerm): Promise<boolean> {
    const latest = this.terms.get(spreadsheetId);
    if (latest && latest.term >= term.term) return false;
    this.terms.set(spreadsheetId, { ...term });
    return true;
  }
}

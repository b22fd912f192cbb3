// This file remembers which form feeds which workbook, in Firestore `intakeForms/{formId}`: the first caller to send a
// form's submissions for a workbook registers the pair with create(), and nobody can move that form to another
// workbook afterwards (reconcile then refuses the other pair). The scheduled reconcile walks these registrations.
import type { Firestore } from 'firebase-admin/firestore';
import type { FormRegistration } from './intake-http';
import { ledgerDocId } from './firestore-intake-ledger';

export const INTAKE_FORMS_COLLECTION = 'intakeForms';
/** gRPC ALREADY_EXISTS: the document was created first by someone else. */
const ALREADY_EXISTS = 6;

export type RegisterOutcome = 'registered' | 'same' | 'conflict';

export class FirestoreFormRegistry {
  constructor(private readonly db: Firestore) {}

  private doc(formId: string) {
    return this.db.collection(INTAKE_FORMS_COLLECTION).doc(ledgerDocId(formId));
  }

  /** Registers the pair unless the form is registered already; a form registered to another workbook stays there. */
  async register(registration: FormRegistration): Promise<RegisterOutcome> {
    try {
      await this.doc(registration.formId).create({ ...registration, registeredAt: Date.now() });
      return 'registered';
    } catch (error) {
      if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    }
    const existing = await this.get(registration.formId);
    return existing?.spreadsheetId === registration.spreadsheetId ? 'same' : 'conflict';
  }

  async get(formId: string): Promise<FormRegistration | undefined> {
    const data = (await this.doc(formId).get()).data() as Partial<FormRegistration> | undefined;
    return data?.spreadsheetId && data.formId ? (data as FormRegistration) : undefined;
  }

  async all(): Promise<FormRegistration[]> {
    const snapshot = await this.db.collection(INTAKE_FORMS_COLLECTION).get();
    return snapshot.docs.map((doc) => doc.data() as Partial<FormRegistration>).filter((data): data is FormRegistration => Boolean(data.spreadsheetId && data.formId));
  }
}

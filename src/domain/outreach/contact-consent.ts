// This file answers "may the other person see this person's email and phone?" from the consent question on the
// application forms, as the Applications tab keeps it. Only a yes counts: no, blank, an answer we cannot read, or a
// person entered by hand with no application all mean the coordinator connects the two instead.
import { readDate, readYesNo, Cell } from '../values';

export interface ConsentRow {
  /** The consumer or mentor the application became (Record ID). */
  recordId: string;
  submittedAt: Cell;
  /** The "Consent to share contact" answer as written. */
  consent: Cell;
}

/** Each person's latest answer (by submission day; on the same day, the lower row): true, false, or null when unknown. */
export function contactConsent(rows: readonly ConsentRow[]): Map<string, boolean | null> {
  const latest = new Map<string, { day: string; answer: boolean | null }>();
  for (const row of rows) {
    const id = String(row.recordId ?? '').trim();
    if (!id) continue;
    const submitted = readDate(row.submittedAt);
    const day = submitted.ok && submitted.value ? submitted.value : '';
    const reading = readYesNo(row.consent);
    const answer = reading.ok ? reading.value : null;
    const before = latest.get(id);
    if (!before || day >= before.day) latest.set(id, { day, answer });
  }
  return new Map([...latest].map(([id, { answer }]) => [id, answer]));
}

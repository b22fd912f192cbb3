// This file puts the program's local names into the forms' plain words: the ride service for people with
// disabilities ("Metro Mobility") follows the plain choice that describes it, so applicants know which one is meant,
// and the choice still reads back as the same answer.
import { FormDefinition } from './form-definition';

export interface LocalNames {
  /** The local name of the ride service for people with disabilities; '' leaves the plain words alone. */
  rideServiceName: string;
}

const LOCAL_NAME = / \(like [^()]+\)$/;

/** The plain label with the local name after it: "A van ride service … (like Metro Mobility)". */
export function nameLocally(label: string, localName: string): string {
  return localName.trim() ? `${label} (like ${localName.trim()})` : label;
}

/** A label as a form showed it, without the local name added after it. */
export function withoutLocalName(label: string): string {
  return label.replace(LOCAL_NAME, '');
}

/** The form with the local names in its choices; the form itself is left as it was. */
export function withLocalNames(form: FormDefinition, names: LocalNames): FormDefinition {
  return {
    ...form,
    questions: form.questions.map((q) => (q.choices ? { ...q, choices: q.choices.map((c) => (c.value === 'paratransit' ? { ...c, label: nameLocally(c.label, names.rideServiceName) } : c)) } : q)),
  };
}

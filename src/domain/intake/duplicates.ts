// This file finds people an application may duplicate: the same email, the same phone, or a similar name in the same
// ZIP. It indexes the known people once, so checking a burst of applications stays fast.
import { editDistance, normalizeKey } from '../text';

export interface KnownPerson {
  /** Record ID (M-0003, C-0042) or, for an application not yet accepted, its response ID. */
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  zip: string | null;
}

export type DuplicateReason = 'email' | 'phone' | 'name-and-zip';

export interface PossibleDuplicate {
  id: string;
  reasons: DuplicateReason[];
}

/** Name words in a fixed order, so "Smith, John" and "john  smith" compare equal. */
export function nameKey(name: string): string {
  return normalizeKey(name).split(' ').filter((word) => word !== '').sort().join(' ');
}

/**
 * Similar names: the same words in any order, one name's words inside the other's ("Ann Lee" / "Ann Marie Lee"),
 * the same first and last words with one shortened to an initial, or a small typing slip (edit distance 1 under
 * 10 letters, 2 from 10).
 */
export function similarNames(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === '' || kb === '') return false;
  if (ka === kb) return true;
  const wa = ka.split(' ');
  const wb = kb.split(' ');
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (shorter.length >= 2 && shorter.every((word) => longer.includes(word))) return true;
  const ordered = (name: string) => normalizeKey(name).split(' ').filter((word) => word !== '');
  const oa = ordered(a);
  const ob = ordered(b);
  if (oa.length >= 2 && ob.length >= 2 && oa[oa.length - 1] === ob[ob.length - 1]) {
    const fa = oa[0]!;
    const fb = ob[0]!;
    if ((fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb))) return true;
  }
  const limit = Math.max(ka.length, kb.length) >= 10 ? 2 : 1;
  return editDistance(ka, kb, limit) <= limit;
}

export interface DuplicateIndex {
  /** Everyone who may be the same person, best evidence first; never the person's own ID. */
  find(person: Omit<KnownPerson, 'id'> & { id?: string }): PossibleDuplicate[];
  /** Adds a person (an application just processed), so later ones in the same batch are checked against it. */
  add(person: KnownPerson): void;
}

export function indexPeople(people: readonly KnownPerson[]): DuplicateIndex {
  const byEmail = new Map<string, string[]>();
  const byPhone = new Map<string, string[]>();
  const byZip = new Map<string, KnownPerson[]>();
  const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const add = (person: KnownPerson) => {
    if (person.email) push(byEmail, person.email.toLowerCase(), person.id);
    if (person.phone) push(byPhone, person.phone, person.id);
    if (person.zip && person.name) push(byZip, person.zip, person);
  };
  people.forEach(add);

  return {
    add,
    find(person) {
      const found = new Map<string, Set<DuplicateReason>>();
      const note = (id: string, reason: DuplicateReason) => {
        if (id === person.id) return;
        const reasons = found.get(id) ?? new Set<DuplicateReason>();
        reasons.add(reason);
        found.set(id, reasons);
      };
      if (person.email) for (const id of byEmail.get(person.email.toLowerCase()) ?? []) note(id, 'email');
      if (person.phone) for (const id of byPhone.get(person.phone) ?? []) note(id, 'phone');
      if (person.zip && person.name) {
        for (const other of byZip.get(person.zip) ?? []) if (similarNames(person.name, other.name)) note(other.id, 'name-and-zip');
      }
      return [...found]
        .map(([id, reasons]) => ({ id, reasons: [...reasons] }))
        .sort((x, y) => y.reasons.length - x.reasons.length || x.id.localeCompare(y.id));
    },
  };
}

/**
 * Two values of a contact field are the same once written the same way: phones by their digits (a leading 1 dropped),
 * ZIPs by their first five, anything else ignoring case and spacing.
 */
export function sameContactValue(field: string, a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => {
    const text = String(v ?? '').trim().toLowerCase();
    if (field === 'phone') return text.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
    if (field === 'zip') return text.slice(0, 5);
    return text.replace(/\s+/g, ' ');
  };
  return norm(a) === norm(b);
}

const REASON_WORDS: Record<DuplicateReason, string> = { email: 'same email', phone: 'same phone', 'name-and-zip': 'similar name and same ZIP' };

/** "possible duplicate of C-0042 (same email)" — for the Issues column. */
export function describeDuplicate(duplicate: PossibleDuplicate): string {
  return `possible duplicate of ${duplicate.id} (${duplicate.reasons.map((reason) => REASON_WORDS[reason]).join(', ')})`;
}

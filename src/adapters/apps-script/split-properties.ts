// This file keeps values in a property store within Google's limits: a value longer than one property may hold
// (9 KB, https://developers.google.com/apps-script/guides/services/quotas) is split over numbered properties and
// joined again on reading.
import { splitUtf8 } from '../../domain/text';
import type { DocumentStorePort } from '../../ports/document-store.port';

/** Bytes of one part: under 9 KB with room for the key, counted in UTF-8 as Google counts. */
export const PART_BYTES = 8 * 1024;
/** What the key itself holds when its value is split: this marker and the number of parts. */
const SPLIT_MARKER = '\u0000parts:';

const partKey = (key: string, n: number) => `${key}#${n}`;

/** Cuts text into pieces of at most `bytes` UTF-8 bytes, never inside a character. */
export function splitByBytes(text: string, bytes: number): string[] {
  return splitUtf8(text, () => bytes);
}

/** The part of Apps Script's Properties this store uses. */
export interface PropertyStore {
  getProperty(key: string): string | null;
  getProperties(): Record<string, string>;
  setProperties(values: Record<string, string>): unknown;
  deleteProperty(key: string): unknown;
}

export class SplitProperties implements DocumentStorePort {
  constructor(private readonly properties: PropertyStore) {}

  get(key: string): string | null {
    const value = this.properties.getProperty(key);
    if (value === null || !value.startsWith(SPLIT_MARKER)) return value;
    const count = Number(value.slice(SPLIT_MARKER.length));
    const all = this.properties.getProperties();
    const parts = Array.from({ length: count }, (_, n) => all[partKey(key, n + 1)]);
    // A part missing means the value was being rewritten elsewhere; treat it as unreadable rather than guess.
    return parts.every((p) => typeof p === 'string') ? parts.join('') : null;
  }

  /** One write for the value and all its parts; parts left from a longer earlier value are removed after. */
  set(key: string, value: string): void {
    const before = this.properties.getProperty(key);
    const oldCount = before?.startsWith(SPLIT_MARKER) ? Number(before.slice(SPLIT_MARKER.length)) : 0;
    const parts = splitByBytes(value, PART_BYTES - key.length - 8);
    const written: Record<string, string> = parts.length === 1 ? { [key]: value } : { [key]: `${SPLIT_MARKER}${parts.length}` };
    if (parts.length > 1) parts.forEach((part, i) => (written[partKey(key, i + 1)] = part));
    this.properties.setProperties(written);
    const kept = parts.length > 1 ? parts.length : 0;
    for (let n = kept + 1; n <= oldCount; n++) this.properties.deleteProperty(partKey(key, n));
  }
}

// This file keeps geocodes in Firestore, one document per hashed address. Google coordinates carry `expiresAt`,
// the field a Firestore TTL policy deletes on (Maps terms: at most 30 days); Census matches are kept.
import type { Firestore, Timestamp } from 'firebase-admin/firestore';
import type { CachedGeocode, GeocodeCache } from '../ports/geocoder.port';

export const GEOCODE_CACHE_COLLECTION = 'geocodeCache';
/** getAll and batched writes stay well under Firestore's per-call limits. */
const CHUNK = 300;

interface CacheDocument {
  lat: number;
  lng: number;
  provider: 'google' | 'census';
  placeId?: string;
  storedAt: Date | Timestamp;
  expiresAt?: Date | Timestamp;
}

const toMs = (value: Date | Timestamp | undefined) => (value === undefined ? undefined : value instanceof Date ? value.getTime() : value.toMillis());

export class FirestoreGeocodeCache implements GeocodeCache {
  constructor(private readonly db: Firestore) {}

  async getMany(keys: string[]): Promise<Map<string, CachedGeocode>> {
    const found = new Map<string, CachedGeocode>();
    const collection = this.db.collection(GEOCODE_CACHE_COLLECTION);
    for (let start = 0; start < keys.length; start += CHUNK) {
      const refs = keys.slice(start, start + CHUNK).map((key) => collection.doc(key));
      if (refs.length === 0) continue;
      const snapshots = await this.db.getAll(...refs);
      for (const snapshot of snapshots) {
        const data = snapshot.data() as CacheDocument | undefined;
        if (!data || typeof data.lat !== 'number' || typeof data.lng !== 'number') continue;
        const entry: CachedGeocode = { lat: data.lat, lng: data.lng, provider: data.provider, storedAtMs: toMs(data.storedAt) ?? 0 };
        if (data.placeId) entry.placeId = data.placeId;
        const expiresAtMs = toMs(data.expiresAt);
        if (expiresAtMs !== undefined) entry.expiresAtMs = expiresAtMs;
        found.set(snapshot.id, entry);
      }
    }
    return found;
  }

  async putMany(entries: Map<string, CachedGeocode>): Promise<void> {
    const collection = this.db.collection(GEOCODE_CACHE_COLLECTION);
    const all = [...entries];
    for (let start = 0; start < all.length; start += CHUNK) {
      const batch = this.db.batch();
      for (const [key, entry] of all.slice(start, start + CHUNK)) {
        const document: CacheDocument = { lat: entry.lat, lng: entry.lng, provider: entry.provider, storedAt: new Date(entry.storedAtMs) };
        if (entry.placeId) document.placeId = entry.placeId;
        if (entry.expiresAtMs !== undefined) document.expiresAt = new Date(entry.expiresAtMs);
        batch.set(collection.doc(key), document);
      }
      await batch.commit();
    }
  }
}

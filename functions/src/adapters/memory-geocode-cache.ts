// This file is an in-memory geocode cache: for tests, the bench and local runs without Firestore.
import type { CachedGeocode, GeocodeCache } from '../ports/geocoder.port';

export class MemoryGeocodeCache implements GeocodeCache {
  readonly entries = new Map<string, CachedGeocode>();

  async getMany(keys: string[]): Promise<Map<string, CachedGeocode>> {
    const found = new Map<string, CachedGeocode>();
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry) found.set(key, entry);
    }
    return found;
  }

  async putMany(entries: Map<string, CachedGeocode>): Promise<void> {
    for (const [key, entry] of entries) this.entries.set(key, entry);
  }
}

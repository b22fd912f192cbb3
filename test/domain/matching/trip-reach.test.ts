// Which mentors are worth asking a trip time for: never one whose trip could be within the limit.
import fc from 'fast-check';
import { lookupZipCentroid } from '../../../src/adapters/local/zip-centroids';
import { estimateProximity, estimateUpperBoundMinutes } from '../../../src/domain/geo';
import { indexMentorsByReach, isWithinReach } from '../../../src/domain/matching/trip-reach';
import type { TravelMode } from '../../../src/domain/model';
import { aMentor } from '../../helpers/builders';

// Minnesota ZIP codes (and some that are not ZIP codes at all), from next door to across the state.
const zip = fc.integer({ min: 55001, max: 56763 }).map(String);
const mode = fc.constantFrom<TravelMode>('drive', 'transit', 'paratransit', 'walk');
const limits = fc.record({ maxTravelMinutes: fc.integer({ min: 5, max: 240 }), maxDistanceKm: fc.integer({ min: 1, max: 200 }) });

describe('trip reach', () => {
  it('keeps every pair whose estimated trip, or its upper bound, is within the limit', () => {
    fc.assert(
      fc.property(zip, zip, mode, limits, (from, to, how, settings) => {
        const trip = estimateProximity(from, to, how, lookupZipCentroid);
        const within = trip.travelMinutes === null || estimateUpperBoundMinutes(trip.travelMinutes) <= settings.maxTravelMinutes || trip.distanceKm! <= settings.maxDistanceKm;
        if (within) expect(isWithinReach(from, to, how, lookupZipCentroid, settings)).toBe(true);
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });

  it('leaves out a mentor across the state, and keeps one whose ZIP code is unknown', () => {
    const settings = { maxTravelMinutes: 60, maxDistanceKm: 40 };
    // St Paul (55104) to Duluth (55802) is about 220 km in a straight line.
    expect(isWithinReach('55104', '55802', 'drive', lookupZipCentroid, settings)).toBe(false);
    expect(isWithinReach('55104', '55414', 'transit', lookupZipCentroid, settings)).toBe(true);
    expect(isWithinReach('55104', '00000', 'transit', lookupZipCentroid, settings)).toBe(true);
    expect(isWithinReach('55104', null, 'walk', lookupZipCentroid, settings)).toBe(true);
  });

  it('indexes mentors by ZIP code and gives each consumer exactly the mentors within reach', () => {
    fc.assert(
      fc.property(fc.array(fc.option(zip, { nil: null }), { maxLength: 30 }), fc.array(fc.tuple(fc.option(zip, { nil: null }), fc.option(mode, { nil: null })), { maxLength: 10 }), limits, (mentorZips, consumers, settings) => {
        const mentors = mentorZips.map((z, i) => aMentor({ id: `M-${i}`, zip: z }));
        const near = indexMentorsByReach(mentors, lookupZipCentroid, settings);
        for (const [consumerZip, travelMode] of consumers) {
          const expected = mentors.filter((m) => isWithinReach(consumerZip, m.zip, travelMode ?? 'transit', lookupZipCentroid, settings));
          expect(near({ zip: consumerZip, travelMode }).map((m) => m.id).sort()).toEqual(expected.map((m) => m.id).sort());
        }
      }),
      { numRuns: 200, seed: 20261201 },
    );
  });
});

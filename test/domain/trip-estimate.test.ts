// This file holds the offline trip estimate to typical Twin Cities trips: every row within ±30% of its known time.
import fc from 'fast-check';
import { lookupZipCentroid } from '../../src/adapters/local/zip-centroids';
import { estimateProximity, estimateTravelMinutes, estimateUpperBoundMinutes, PARATRANSIT_PICKUP_WINDOW_MINUTES } from '../../src/domain/geo';
import { rankMentors } from '../../src/domain/matching/rank-mentors';
import { aConsumer, aMentor } from '../helpers/builders';
import { aSettings, prepare, TRAINED } from './matching/program';

interface KnownTrip {
  from: string;
  to: string;
  mode: 'drive' | 'transit';
  minutes: number;
  /** Where the time comes from. Transit: the timetable's ride + 10 minutes to walk to the stop and wait. */
  source: string;
}

// Green Line: Target Field to Union Depot 48 minutes over 22 gaps between its 23 stations (about 2.2 min a gap);
// Blue Line: Target Field to Mall of America 40 minutes over 18 gaps between its 19 stations. The sources are cited
// beside TRAVEL_ESTIMATE in src/domain/geo.ts.
const TRIPS: KnownTrip[] = [
  // Transit
  { from: '55101', to: '55401', mode: 'transit', minutes: 45, source: 'downtown St Paul → downtown Minneapolis: Route 94 express 25–30 min, Green Line Central → Nicollet Mall about 40 min' },
  { from: '55401', to: '55425', mode: 'transit', minutes: 50, source: 'downtown Minneapolis → Mall of America: Blue Line 40 min' },
  { from: '55104', to: '55401', mode: 'transit', minutes: 35, source: 'Midway → downtown Minneapolis: Green Line about 25 min' },
  { from: '55101', to: '55455', mode: 'transit', minutes: 38, source: 'downtown St Paul → University of Minnesota: Green Line under half an hour' },
  { from: '55401', to: '55455', mode: 'transit', minutes: 19, source: 'Nicollet Mall → East Bank: Green Line, 4 gaps' },
  { from: '55406', to: '55401', mode: 'transit', minutes: 21, source: 'Lake St–Midtown → Nicollet Mall: Blue Line, 5 gaps' },
  { from: '55414', to: '55401', mode: 'transit', minutes: 23, source: 'Prospect Park → Nicollet Mall: Green Line, 6 gaps' },
  { from: '55104', to: '55101', mode: 'transit', minutes: 30, source: 'Snelling Ave → Central: Green Line, 9 gaps' },
  { from: '55454', to: '55101', mode: 'transit', minutes: 45, source: 'West Bank → Central: Green Line, 16 gaps' },
  { from: '55417', to: '55401', mode: 'transit', minutes: 26, source: '46th St → Nicollet Mall: Blue Line, 7 gaps' },
  { from: '55450', to: '55401', mode: 'transit', minutes: 34, source: 'Airport Terminal 1 → Nicollet Mall: Blue Line, 11 gaps' },
  { from: '55114', to: '55401', mode: 'transit', minutes: 28, source: 'Raymond Ave → Nicollet Mall: Green Line, 8 gaps' },
  // Drive: typical off-peak door-to-door times, parking included
  { from: '55101', to: '55401', mode: 'drive', minutes: 20, source: 'downtown to downtown: a little over 15 min in light traffic before parking' },
  { from: '55369', to: '55124', mode: 'drive', minutes: 40, source: 'Maple Grove → Apple Valley (suburb to suburb, by freeway)' },
  { from: '55401', to: '55425', mode: 'drive', minutes: 20, source: 'downtown Minneapolis → Bloomington by I-35W' },
  { from: '55104', to: '55401', mode: 'drive', minutes: 15, source: 'Midway → downtown Minneapolis by I-94' },
  { from: '55101', to: '55455', mode: 'drive', minutes: 18, source: 'downtown St Paul → University of Minnesota' },
  { from: '55401', to: '55455', mode: 'drive', minutes: 10, source: 'downtown Minneapolis → University of Minnesota (short urban trip)' },
  { from: '55406', to: '55401', mode: 'drive', minutes: 12, source: 'Longfellow → downtown Minneapolis' },
  { from: '55337', to: '55124', mode: 'drive', minutes: 12, source: 'Burnsville → Apple Valley (suburb to suburb)' },
  { from: '55113', to: '55101', mode: 'drive', minutes: 15, source: 'Roseville → downtown St Paul by I-35E' },
  { from: '55343', to: '55401', mode: 'drive', minutes: 18, source: 'Hopkins → downtown Minneapolis by I-394' },
  { from: '55125', to: '55101', mode: 'drive', minutes: 15, source: 'Woodbury → downtown St Paul by I-94' },
  { from: '55408', to: '55409', mode: 'drive', minutes: 7, source: 'Uptown → Lyndale (short urban trip)' },
  { from: '55447', to: '55441', mode: 'drive', minutes: 9, source: 'Plymouth → Plymouth (suburb, neighbouring ZIPs)' },
  { from: '55126', to: '55112', mode: 'drive', minutes: 9, source: 'Shoreview → New Brighton (suburb to suburb)' },
  { from: '55428', to: '55401', mode: 'drive', minutes: 18, source: 'Brooklyn Park → downtown Minneapolis by MN-100 and I-94' },
];

function estimate(trip: KnownTrip): number {
  const proximity = estimateProximity(trip.from, trip.to, trip.mode, lookupZipCentroid);
  if (proximity.travelMinutes === null) throw new Error(`ZIP ${trip.from} or ${trip.to} is not in the centroid table`);
  return proximity.travelMinutes;
}

describe('offline trip estimate on typical Twin Cities trips', () => {
  it('has at least 12 known trips for each of drive and transit', () => {
    expect(TRIPS.filter((trip) => trip.mode === 'drive').length).toBeGreaterThanOrEqual(12);
    expect(TRIPS.filter((trip) => trip.mode === 'transit').length).toBeGreaterThanOrEqual(12);
  });

  it.each(TRIPS.map((trip) => [`${trip.from} → ${trip.to} by ${trip.mode} (${trip.minutes} min: ${trip.source})`, trip] as const))(
    'lands within ±30%%: %s',
    (_name, trip) => {
      const minutes = estimate(trip);
      expect(minutes).toBeGreaterThanOrEqual(trip.minutes * 0.7);
      expect(minutes).toBeLessThanOrEqual(trip.minutes * 1.3);
    },
  );

  it('lets a consumer without a travel mode (transit assumed) meet a mentor across the river within the default 60 minutes', () => {
    // Downtown St Paul to downtown Minneapolis was once estimated at 81 minutes by transit, ruling the pair out.
    expect(estimate({ from: '55101', to: '55401', mode: 'transit', minutes: 45, source: '' })).toBeLessThanOrEqual(60);
    expect(estimateTravelMinutes(20, 'transit')).toBeLessThanOrEqual(60);
  });

  it('never makes paratransit faster than transit plus its pick-up window, at any distance', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), (km) => {
        expect(estimateTravelMinutes(km, 'paratransit')).toBeGreaterThanOrEqual(estimateTravelMinutes(km, 'transit') + PARATRANSIT_PICKUP_WINDOW_MINUTES);
      }),
    );
  });

  it('never makes a longer trip shorter, for any way of travelling', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), fc.constantFrom('drive', 'transit', 'paratransit', 'walk' as const), (km, more, mode) => {
        expect(estimateTravelMinutes(km + more, mode)).toBeGreaterThanOrEqual(estimateTravelMinutes(km, mode));
      }),
    );
  });
});

describe('the trip limit against the estimate or its upper bound', () => {
  const consumer = aConsumer({ zip: '55101', travelMode: 'transit' });
  const mentor = aMentor({ id: 'M-0001', zip: '55401', initialTrainingOn: TRAINED });
  const input = { mentors: [mentor], consumers: [consumer], lookupZip: lookupZipCentroid, settings: aSettings({ maxTravelMinutes: 50 }) };

  it('compares the estimate itself by default, so a 44-minute estimate fits a 50-minute limit', () => {
    const ranking = rankMentors(consumer, prepare(input));
    expect(ranking.suggestions.map((s) => s.travelMinutes)).toEqual([44]);
  });

  it('compares the honest upper bound (30% more) only when chosen, and says both times', () => {
    const ranking = rankMentors(consumer, prepare({ ...input, tripLimitUses: 'upper-bound' }));
    expect(ranking.suggestions).toEqual([]);
    expect(ranking.excluded).toEqual([{ mentorId: 'M-0001', rule: 'MATCH.TOO_FAR', reason: 'trip of about 44 min, up to 58 min, is over the 50-minute limit' }]);
  });

  it('holds a routed trip to the limit as it is, whatever was chosen', () => {
    const travel = () => ({ distanceKm: 16, travelMinutes: 45, source: 'routes' as const });
    expect(rankMentors(consumer, prepare({ ...input, travel, tripLimitUses: 'upper-bound' })).suggestions).toHaveLength(1);
  });

  it('rounds the upper bound up', () => {
    expect([estimateUpperBoundMinutes(10), estimateUpperBoundMinutes(44), estimateUpperBoundMinutes(1)]).toEqual([13, 58, 2]);
  });
});

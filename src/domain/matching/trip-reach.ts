// This file says which mentors a consumer could possibly reach within the travel limit, from ZIP code centres alone,
// so that only those pairs are sent to the proximity service for a real trip time. Mentors are grouped by ZIP code, and
// each group is judged once per consumer ZIP and way of travelling. The judgement is deliberately generous: a pair is
// out of reach only when even its fastest plausible trip is over the limit, so no pair the real trip would allow is
// ever left out; the limit itself is applied to the answer later, as always.
import { distanceKm, estimateTravelMinutes, TRIP_ESTIMATE_MARGIN, ZipCentroidLookup } from '../geo';
import { Consumer, Mentor, TravelMode } from '../model';
import { Settings } from '../settings';
import { DEFAULT_TRAVEL_MODE } from './pair-proximity';

/**
 * How much nearer two people's homes may be than their ZIP code centres: each may live at the edge of their ZIP area
 * nearest the other. City ZIP areas are a few kilometres across; 15 km each way also covers most rural ones.
 */
export const ZIP_AREA_SLACK_KM = 30;

/**
 * Whether a trip between two ZIP codes could be within the limit: false only when, with both people at the near edges
 * of their ZIP areas and the trip as much faster than the estimate as the estimate's error allows, it would still be
 * over the limit in minutes and in distance. A ZIP code without a known centre could be anywhere: within reach.
 */
export function isWithinReach(
  fromZip: string | null,
  toZip: string | null,
  mode: TravelMode,
  lookup: ZipCentroidLookup,
  settings: Pick<Settings, 'maxTravelMinutes' | 'maxDistanceKm'>,
): boolean {
  const from = fromZip ? lookup(fromZip) : undefined;
  const to = toZip ? lookup(toZip) : undefined;
  if (!from || !to) return true;
  const nearestKm = Math.max(0, distanceKm(from, to) - ZIP_AREA_SLACK_KM);
  const fastestMinutes = estimateTravelMinutes(nearestKm, mode) * (1 - TRIP_ESTIMATE_MARGIN);
  return fastestMinutes <= settings.maxTravelMinutes || nearestKm <= settings.maxDistanceKm;
}

/**
 * The mentors within reach of a consumer (see isWithinReach), grouped by ZIP code. Built once for a set of mentors;
 * each consumer's answer costs one judgement per mentor ZIP code (remembered for consumers with the same ZIP and way
 * of travelling) plus the mentors it returns.
 */
export function indexMentorsByReach(
  mentors: readonly Mentor[],
  lookup: ZipCentroidLookup,
  settings: Pick<Settings, 'maxTravelMinutes' | 'maxDistanceKm'>,
): (consumer: Pick<Consumer, 'zip' | 'travelMode'>) => Mentor[] {
  const byZip = new Map<string, Mentor[]>();
  for (const mentor of mentors) {
    const zip = mentor.zip ?? '';
    const members = byZip.get(zip);
    if (members) members.push(mentor);
    else byZip.set(zip, [mentor]);
  }
  const groups = [...byZip].map(([zip, members]) => ({ zip: zip || null, members }));
  const reached = new Map<string, number[]>();
  return (consumer) => {
    const mode = consumer.travelMode ?? DEFAULT_TRAVEL_MODE;
    const key = `${consumer.zip ?? ''}\u0000${mode}`;
    let near = reached.get(key);
    if (!near) {
      near = [];
      groups.forEach((group, g) => isWithinReach(consumer.zip, group.zip, mode, lookup, settings) && near!.push(g));
      reached.set(key, near);
    }
    return near.flatMap((g) => groups[g]!.members);
  };
}

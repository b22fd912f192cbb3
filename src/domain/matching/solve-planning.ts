// This file solves the batch planning problem in memory proportional to the allowed pairs: mentors are grouped by ZIP
// code so a consumer's trip is estimated once per group and a group past the travel limit is skipped whole; rules
// that depend on one side only are settled before pairing; each allowed pair becomes one column index and one weight
// in typed arrays, with no per-pair object. The score is the same weighted average score-pair.ts computes (the
// property tests compare the two), and the assignment is the same exact solver. Reasons are not written here: the
// caller writes them for the chosen pairs only.
import { estimateProximity, LatLng } from '../geo';
import { GOAL_AREAS } from '../goal-areas';
import { ComponentKey, RuleCode } from './matching-types';
import { minutesForLimit, scoreProximity } from './pair-proximity';
import { PlanConsumer, PlanningProblem } from './planning-problem';
import { FULL_AVAILABILITY_SLOTS, OTHER_LANGUAGE_SCORE } from './score-pair';
import { solveAssignment } from './solve-assignment';

/** One chosen pair: indexes into the problem's consumers and mentors, and the pair's score (0 to 100). */
export interface PlannedPair {
  consumer: number;
  mentor: number;
  score: number;
}

/** The planner's answer: the chosen pairs, and for each consumer left out, why. */
export interface PlanningSolution {
  pairs: PlannedPair[];
  /** Consumers not in a pair: how many mentors were allowed, and (when none) how many each rule left out. */
  unmatched: { consumer: number; allowed: number; rules: [RuleCode, number][] }[];
  /** Allowed pairs scored: what the planner's memory grows with. */
  allowedPairs: number;
}

/** A column index (4 bytes) and a weight (8 bytes) per allowed pair, grown by doubling. */
class EdgeBuffer {
  column = new Int32Array(1024);
  weight = new Float64Array(1024);
  length = 0;
  push(column: number, weight: number): void {
    if (this.length === this.column.length) {
      const size = this.column.length * 2;
      const columns = new Int32Array(size);
      columns.set(this.column);
      const weights = new Float64Array(size);
      weights.set(this.weight);
      this.column = columns;
      this.weight = weights;
    }
    this.column[this.length] = column;
    this.weight[this.length++] = weight;
  }
}

interface Trip {
  distanceKm: number | null;
  travelMinutes: number | null;
  source: 'routes' | 'estimate' | 'unknown';
}

export function solvePlanning(problem: PlanningProblem): PlanningSolution {
  const { settings, consumers, mentors } = problem;
  const weights = settings.weights;
  const lookup = (zip: string): LatLng | undefined => (Object.prototype.hasOwnProperty.call(problem.zipCentres, zip) ? problem.zipCentres[zip] : undefined);
  const areaBit = new Map<string, number>(GOAL_AREAS.map((area, i) => [area, 1 << i]));

  // Mentor facts once: skills as bits, languages as a shared class, free times as slot numbers, ZIP group.
  const slotNumber = new Map<string, number>();
  const numberSlot = (slot: string) => {
    let n = slotNumber.get(slot);
    if (n === undefined) slotNumber.set(slot, (n = slotNumber.size));
    return n;
  };
  const languageClassOf = new Map<string, number>();
  const languageClasses: Set<string>[] = [];
  const groupOfZip = new Map<string, number>();
  const groupList: { zip: string | null; members: number[] }[] = [];
  const mentorGroup = new Int32Array(mentors.length);
  const mentorSkills = new Int32Array(mentors.length);
  const mentorLanguageClass = new Int32Array(mentors.length);
  const mentorSlots: Int32Array[] = [];
  const mentorLived: Set<number>[] = [];
  const mentorLoad = new Float64Array(mentors.length);
  mentors.forEach((mentor, m) => {
    let skills = 0;
    for (const area of mentor.skills) skills |= areaBit.get(area) ?? 0;
    mentorSkills[m] = skills;
    const keys = [...new Set(mentor.languageKeys.filter(Boolean))].sort();
    const signature = keys.join('\u0000');
    let languageClass = languageClassOf.get(signature);
    if (languageClass === undefined) {
      languageClassOf.set(signature, (languageClass = languageClasses.length));
      languageClasses.push(new Set(keys));
    }
    mentorLanguageClass[m] = languageClass;
    mentorSlots.push(Int32Array.from(mentor.slots, numberSlot));
    mentorLived.push(new Set(mentor.livedCovers));
    mentorLoad[m] = mentor.capacity > 0 ? mentor.free / mentor.capacity : 0;
    const zip = mentor.zip ?? '';
    let group = groupOfZip.get(zip);
    if (group === undefined) {
      groupOfZip.set(zip, (group = groupList.length));
      groupList.push({ zip: zip || null, members: [] });
    }
    groupList[group]!.members.push(m);
    mentorGroup[m] = group;
  });

  // Rule outcomes and known trips, by consumer.
  const blockedOf = new Map<number, Map<number, RuleCode>>();
  for (const [c, m, rule] of problem.blockedPairs) {
    let map = blockedOf.get(c);
    if (!map) blockedOf.set(c, (map = new Map()));
    if (!map.has(m) || rule === 'MATCH.SAME_PERSON') map.set(m, rule);
  }
  const tripsOf = new Map<number, Map<number, Trip>>();
  for (const [c, m, distanceKm, travelMinutes, source] of problem.knownTrips) {
    if (distanceKm === null && travelMinutes === null) continue;
    let map = tripsOf.get(c);
    if (!map) tripsOf.set(c, (map = new Map()));
    map.set(m, { distanceKm, travelMinutes, source });
  }

  const isTooFar = (trip: Trip): boolean => {
    const limitMinutes = minutesForLimit(trip, settings.tripLimitUses);
    if (trip.travelMinutes !== null && limitMinutes !== null) return limitMinutes > settings.maxTravelMinutes;
    return trip.distanceKm !== null && trip.distanceKm > settings.maxDistanceKm;
  };

  const n = consumers.length;
  const tieScale = (n * (n + 1)) / 2 + 1;
  const useTieBreak = 1000 * tieScale * Math.max(1, n) < Number.MAX_SAFE_INTEGER;

  const edges = new EdgeBuffer();
  const rowStart = new Int32Array(n + 1);
  const rowMentors = new Int32Array(mentors.length);
  const consumerSlot = new Uint8Array(Math.max(1, slotNumber.size));
  // Each group's proximity score from a consumer's ZIP and way of travelling, or −1 past the limit. Consumers share
  // ZIPs, so each (ZIP, mode) is worked out once, as long as the remembered scores stay under 8 MB.
  const groupScores = new Map<string, Float64Array>();
  const scratchScores = new Float64Array(groupList.length);
  const groupScoresFor = (consumer: PlanConsumer): Float64Array => {
    const key = `${consumer.zip ?? ''}\u0000${consumer.mode}`;
    const known = groupScores.get(key);
    if (known) return known;
    const scores = (groupScores.size + 1) * groupList.length <= 1_000_000 ? new Float64Array(groupList.length) : scratchScores;
    groupList.forEach((group, g) => {
      const trip = estimateProximity(consumer.zip, group.zip, consumer.mode, lookup);
      scores[g] = isTooFar(trip) ? -1 : scoreProximity(trip, settings);
    });
    if (scores !== scratchScores) groupScores.set(key, scores);
    return scores;
  };
  const genderCode = (gender: string | null) => (gender === 'female' ? 1 : gender === 'male' ? 2 : 0);
  const mentorGender = Int8Array.from(mentors, (mentor) => genderCode(mentor.gender));
  // The weights as plain numbers, read once: the loop below runs once per allowed pair.
  const [wGoals, wProximity, wAvailability, wLanguage, wPreferences, wLived, wLoad, wWaiting] = (
    ['goals', 'proximity', 'availability', 'language', 'preferences', 'livedExperience', 'load', 'waiting'] as ComponentKey[]
  ).map((key) => weights[key]) as number[] as [number, number, number, number, number, number, number, number];

  consumers.forEach((consumer, row) => {
    rowStart[row] = edges.length;
    const blocked = blockedOf.get(row);
    const trips = tripsOf.get(row);
    // Language per mentor class, once: ruled out, or the component's value.
    const consumerKeys = consumer.languageKeys;
    const consumerKnows = consumerKeys.some(Boolean);
    const languageValue = languageClasses.map((mentorKeys) => {
      if (!consumerKnows || mentorKeys.size === 0) return 0.5;
      if (consumerKeys[0] && mentorKeys.has(consumerKeys[0])) return 1;
      return consumerKeys.some((key) => key && mentorKeys.has(key)) ? OTHER_LANGUAGE_SCORE : -1; // −1: no shared language
    });
    const preference = consumer.preference;
    const wanted = preference ? genderCode(preference.gender) : 0;
    const required = preference?.required === true;
    consumerSlot.fill(0);
    for (const slot of consumer.slots) {
      const number = slotNumber.get(slot);
      if (number !== undefined) consumerSlot[number] = 1;
    }
    const consumerHasSlots = consumer.slots.length > 0;
    const openAreas = consumer.openAreas.map((area) => areaBit.get(area) ?? 0);
    const areaCount = openAreas.length;
    const waiting = consumer.waitingDays === null ? 0.5 : Math.min(1, consumer.waitingDays / settings.waitingFullDays);
    const lived = consumer.livedWanted;

    // One trip estimate per ZIP group; a group past the limit is skipped whole (a mentor in it with a known trip
    // comes back below).
    const groupScore = groupScoresFor(consumer);
    let count = 0;
    for (let g = 0; g < groupList.length; g++) if (groupScore[g]! >= 0) for (const m of groupList[g]!.members) rowMentors[count++] = m;
    if (trips) for (const m of trips.keys()) if (groupScore[mentorGroup[m]!]! < 0) rowMentors[count++] = m;
    // Pairs go in mentor order, as the sheet lists them, so ties resolve as they always have.
    const candidates = rowMentors.subarray(0, count).sort();

    for (let i = 0; i < count; i++) {
      const m = candidates[i]!;
      if (blocked !== undefined && blocked.has(m)) continue;
      const languageScore = languageValue[mentorLanguageClass[m]!]!;
      if (languageScore < 0) continue;
      const gender = mentorGender[m]!;
      if (required && gender !== wanted) continue;
      let proximity = groupScore[mentorGroup[m]!]!;
      const known = trips === undefined ? undefined : trips.get(m);
      if (known !== undefined) {
        if (isTooFar(known)) continue;
        proximity = scoreProximity(known, settings);
      }

      // The weighted average, component by component in score-pair.ts's order (the sum's rounding depends on it).
      let sum = 0;
      let total = 0;
      if (areaCount > 0) {
        let covered = 0;
        const skills = mentorSkills[m]!;
        for (let a = 0; a < areaCount; a++) if (skills & openAreas[a]!) covered++;
        sum += wGoals * (covered / areaCount);
        total += wGoals;
      }
      sum += wProximity * proximity;
      total += wProximity;
      const slots = mentorSlots[m]!;
      let availability = 0.5;
      if (consumerHasSlots && slots.length > 0) {
        let shared = 0;
        for (let s = 0; s < slots.length; s++) shared += consumerSlot[slots[s]!]!;
        availability = Math.min(shared, FULL_AVAILABILITY_SLOTS) / FULL_AVAILABILITY_SLOTS;
      }
      sum += wAvailability * availability;
      total += wAvailability;
      sum += wLanguage * languageScore;
      total += wLanguage;
      if (wanted !== 0) {
        sum += wPreferences * (gender === 0 ? 0.5 : gender === wanted ? 1 : 0);
        total += wPreferences;
      }
      if (lived.length > 0) {
        const covers = mentorLived[m]!;
        let shared = 0;
        for (const tag of lived) if (tag >= 0 && covers.has(tag)) shared++;
        sum += wLived * (shared / lived.length);
        total += wLived;
      }
      sum += wLoad * mentorLoad[m]!;
      total += wLoad;
      sum += wWaiting * waiting;
      total += wWaiting;
      const score = total > 0 ? Math.round((1000 * sum) / total) / 10 : 0;
      // Whole tenths of a score point keep the arithmetic exact; the wait rank only separates equal totals.
      const tenths = Math.round(score * 10);
      edges.push(m, useTieBreak ? tenths * tieScale + consumer.waitRank : tenths);
    }
  });
  rowStart[n] = edges.length;

  const solution = solveAssignment({
    rows: n,
    columns: mentors.length,
    capacity: Int32Array.from(mentors, (mentor) => mentor.free),
    rowStart,
    edgeColumn: edges.column.subarray(0, edges.length),
    edgeWeight: edges.weight.subarray(0, edges.length),
  });

  const pairs: PlannedPair[] = [];
  const unmatched: PlanningSolution['unmatched'] = [];
  for (let row = 0; row < n; row++) {
    const column = solution.columnOfRow[row]!;
    const allowed = rowStart[row + 1]! - rowStart[row]!;
    if (column >= 0) {
      for (let e = rowStart[row]!; e < rowStart[row + 1]!; e++) {
        if (edges.column[e] !== column) continue;
        const weight = edges.weight[e]!;
        pairs.push({ consumer: row, mentor: column, score: (useTieBreak ? Math.floor(weight / tieScale) : weight) / 10 });
        break;
      }
    } else {
      unmatched.push({ consumer: row, allowed, rules: allowed === 0 ? countFirstRules(problem, row, blockedOf.get(row), tripsOf.get(row), isTooFar, lookup) : [] });
    }
  }
  return { pairs, unmatched, allowedPairs: edges.length };
}

/**
 * For a consumer no mentor is allowed for: how many mentors each rule left out, counting only the first rule each
 * breaks, in the order hard-rules.ts checks them. Visits every mentor, but only for these consumers.
 */
function countFirstRules(
  problem: PlanningProblem,
  row: number,
  blocked: Map<number, RuleCode> | undefined,
  trips: Map<number, Trip> | undefined,
  isTooFar: (trip: Trip) => boolean,
  lookup: (zip: string) => LatLng | undefined,
): [RuleCode, number][] {
  const counts = new Map<RuleCode, number>(Object.entries(problem.mentorRuleCounts) as [RuleCode, number][]);
  const consumer = problem.consumers[row]!;
  const keys = consumer.languageKeys;
  const bump = (rule: RuleCode) => counts.set(rule, (counts.get(rule) ?? 0) + 1);
  problem.mentors.forEach((mentor, m) => {
    const rule = blocked?.get(m);
    if (rule) return bump(rule);
    const mentorKeys = new Set(mentor.languageKeys.filter(Boolean));
    if (keys.some(Boolean) && mentorKeys.size > 0 && !keys.some((key) => key && mentorKeys.has(key))) return bump('MATCH.NO_SHARED_LANGUAGE');
    if (consumer.preference?.required && mentor.gender !== consumer.preference.gender) return bump('MATCH.REQUIRED_PREFERENCE');
    if (isTooFar(trips?.get(m) ?? estimateProximity(consumer.zip, mentor.zip, consumer.mode, lookup))) bump('MATCH.TOO_FAR');
  });
  return [...counts.entries()].filter(([, count]) => count > 0);
}

// This file gives matching its travel times: from the proximity function when Settings has its address, saved in a
// hidden "Proximity cache" tab so reopening the sidebar does not ask again. Cache keys are hashes of each person's ID,
// ZIP, address and travel mode — no address is stored in clear, and a changed address or ZIP simply misses the cache.
// With no function set up, or when it fails, travel is estimated from ZIP code centres when the host has them, else
// "unknown" — either way with the reason said, and matching goes on.
import { addDays } from '../domain/dates';
import { lookupAddress, type ZipCentroidLookup } from '../domain/geo';
import type { KnownTrip, TravelLookup } from '../domain/matching/matching-types';
import { DEFAULT_TRAVEL_MODE } from '../domain/matching/pair-proximity';
import { indexMentorsByReach } from '../domain/matching/trip-reach';
import type { Consumer, IsoDate, Mentor } from '../domain/model';
import { readSettings } from '../domain/settings';
import type { Cell } from '../domain/values';
import type { WorkbookModel } from '../domain/workbook-reader';
import type { ProximityPort, ProximityQuery } from '../ports/proximity.port';
import type { AppPorts } from './app-ports';
import { sha256Hex } from './hash-key';
import type { ActionSession } from './action-session';

export const PROXIMITY_CACHE_TAB = 'Proximity cache';
const HEADER = ['Key', 'Distance km', 'Minutes', 'Source', 'Cached on'];
/** Trips older than this are asked again (bus routes and the function's sources change). */
const MAX_AGE_DAYS = 90;
/** At most this many new pairs are sent per action; the rest are asked the next time. */
export const MAX_NEW_PAIRS_PER_ACTION = 5000;

/** Without ZIP centres (a host that has none), travel is unknown and scoring leaves proximity out rather than guess. */
const NO_CENTROIDS: ZipCentroidLookup = () => undefined;

export interface TravelSeam {
  lookupZip: ZipCentroidLookup;
  travel?: TravelLookup;
  /** One sentence for the sidebar: where travel figures came from, or why there are none. */
  note: string;
  /** The known trip for a pair, if any. */
  trip(consumerId: string, mentorId: string): KnownTrip | undefined;
}

const NO_SERVICE = 'Travel unknown: no proximity service is set up (Settings → Advanced → Functions address), so suggestions are scored without travel.';
const ESTIMATED = 'Travel estimated from ZIP code centres: no proximity service is set up (Settings → Advanced → Functions address).';

function personToken(person: Consumer | Mentor, mode: string): string {
  return sha256Hex([person.id, person.zip ?? '', person.address ?? '', person.city ?? '', mode].join('\u0000')).slice(0, 16);
}

const modeOf = (consumer: Consumer) => consumer.travelMode ?? DEFAULT_TRAVEL_MODE;

/** Mentors who could be suggested at all (active or no status); others need no travel time. */
const activeMentors = (model: WorkbookModel) => model.mentors.filter((m) => m.status === 'active' || m.status === null);

/** Where ZIP code centres come from for this host (none: every distance is unknown). */
export function zipLookupOf(ports: AppPorts): ZipCentroidLookup {
  return ports.zipCentroids ?? NO_CENTROIDS;
}

function addressOf(person: Consumer | Mentor): string | null {
  return lookupAddress(person.address, person.city);
}

function readCache(session: ActionSession, today: IsoDate): Map<string, KnownTrip> {
  const cache = new Map<string, KnownTrip>();
  if (!session.tabNames().includes(PROXIMITY_CACHE_TAB)) return cache;
  const oldest = addDays(today, -MAX_AGE_DAYS);
  const number = (cell: Cell) => (typeof cell === 'number' ? cell : cell === null || cell === '' ? null : Number.isFinite(Number(cell)) ? Number(cell) : null);
  for (const row of session.read(PROXIMITY_CACHE_TAB).slice(1)) {
    const key = String(row[0] ?? '');
    const on = row[4] instanceof Date ? row[4].toISOString().slice(0, 10) : String(row[4] ?? '').slice(0, 10);
    if (!key || on < oldest) continue;
    const source = String(row[3] ?? 'unknown');
    cache.set(key, { distanceKm: number(row[1]), travelMinutes: number(row[2]), source: source === 'routes' || source === 'estimate' ? source : 'unknown' });
  }
  return cache;
}

function proximityPort(ports: AppPorts, url: string): ProximityPort | undefined {
  if (ports.proximity) return ports.proximity;
  return url && ports.proximityFor ? ports.proximityFor(url) : undefined;
}

/**
 * Travel for these consumers and the mentors who could be suggested (`mentors`, when the caller has applied the
 * mentors' own rules; else every active mentor), only for pairs within reach of each other (trip-reach.ts): a pair
 * that could never be within the travel limit needs no trip time. `ask` lets this action call the function for pairs
 * not in the cache (and save them); without it only the cache is used — for writes made under the lock.
 */
export function travelFor(ports: AppPorts, session: ActionSession, consumers: readonly Consumer[], ask: boolean, mentors?: readonly Mentor[]): TravelSeam {
  const model = session.model();
  const settings = readSettings(model.settings).settings;
  const port = proximityPort(ports, settings.functionUrl.trim());
  const lookupZip = zipLookupOf(ports);
  if (!port) return { lookupZip, note: ports.zipCentroids ? ESTIMATED : NO_SERVICE, trip: () => undefined };

  const today = ports.clock.today();
  const cache = readCache(session, today);
  const withinReach = indexMentorsByReach(mentors ?? activeMentors(model), lookupZip, settings);
  const tokens = new Map<Mentor, string>();
  const tokenOf = (mentor: Mentor) => {
    let token = tokens.get(mentor);
    if (token === undefined) tokens.set(mentor, (token = personToken(mentor, 'mentor')));
    return token;
  };
  const known = new Map<string, KnownTrip>();
  // Only as many pairs as one action may ask are kept; the rest are counted.
  const batch: { consumer: Consumer; mentor: Mentor; key: string }[] = [];
  let missing = 0;
  for (const consumer of consumers) {
    const token = personToken(consumer, modeOf(consumer));
    for (const mentor of withinReach(consumer)) {
      const key = `${token}${tokenOf(mentor)}`;
      const hit = cache.get(key);
      if (hit) known.set(`${consumer.id}|${mentor.id}`, hit);
      else if (missing++ < MAX_NEW_PAIRS_PER_ACTION) batch.push({ consumer, mentor, key });
    }
  }

  let note = 'Travel from the proximity service, saved in this workbook.';
  if (missing && ask) {
    try {
      const queries: ProximityQuery[] = batch.map(({ consumer, mentor }) => ({
        consumerId: consumer.id, mentorId: mentor.id, fromZip: consumer.zip, toZip: mentor.zip, fromAddress: addressOf(consumer), toAddress: addressOf(mentor), mode: modeOf(consumer),
      }));
      const answers = port.measure(queries);
      const rows: Cell[][] = [];
      batch.forEach((pair, i) => {
        const answer = answers[i] ?? { distanceKm: null, travelMinutes: null, source: 'unknown' as const };
        const trip: KnownTrip = { distanceKm: answer.distanceKm, travelMinutes: answer.travelMinutes, source: answer.source };
        known.set(`${pair.consumer.id}|${pair.mentor.id}`, trip);
        rows.push([pair.key, trip.distanceKm, trip.travelMinutes, trip.source, today]);
      });
      saveToCache(ports, session, rows);
      if (missing > batch.length) note = `Travel from the proximity service for ${known.size} pairs; the other ${missing - batch.length} are worked out next time.`;
    } catch (error) {
      const pairs = `${missing} pair${missing === 1 ? '' : 's'}`;
      note = ports.zipCentroids
        ? `Travel estimated from ZIP code centres for ${pairs}: ${failureReason(error)}`
        : `Travel unknown for ${pairs}: ${failureReason(error)} Suggestions are scored without travel where it is unknown.`;
    }
  } else if (missing) {
    note = `Travel from the proximity service where known; ${missing} ${missing === 1 ? 'pair' : 'pairs'} not worked out yet.`;
  }
  const trip = (consumerId: string, mentorId: string) => known.get(`${consumerId}|${mentorId}`);
  return { lookupZip, travel: trip, note, trip };
}

/** The function's own sentence when it sent one (fixed text, no data), else what went wrong in general terms. */
function failureReason(error: unknown): string {
  const e = error as { name?: string; code?: string; message?: string; status?: number };
  if (e?.name === 'ProximityCallError' && typeof e.message === 'string') {
    return `the proximity service said "${e.message.slice(0, 200)}"${e.status ? ` (HTTP ${e.status})` : ''}.`;
  }
  return 'the proximity service could not be reached.';
}

/** Appends new trips to the hidden cache tab under the document lock, with one Audit row (a count, no data). */
function saveToCache(ports: AppPorts, session: ActionSession, rows: Cell[][]): void {
  if (!rows.length) return;
  ports.lock.run(() => {
    if (!session.workbook.tabNames().includes(PROXIMITY_CACHE_TAB)) {
      session.workbook.createTab(PROXIMITY_CACHE_TAB, HEADER);
      session.workbook.hideTab?.(PROXIMITY_CACHE_TAB);
    }
    session.workbook.append(PROXIMITY_CACHE_TAB, rows);
    session.audit({ action: 'proximity.cache', record: `${rows.length} pairs` });
    session.commit(ports.clock.now(), ports.identity.who());
  });
}

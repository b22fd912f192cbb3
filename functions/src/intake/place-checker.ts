// This file looks up where new applicants live, through the proximity function's own chain (cache → Google → Census →
// ZIP centroid), so the row can say when a place cannot be found and the first proximity call after acceptance finds
// the address in the shared cache. It never throws and never takes longer than its time limit: a provider or the
// cache that does not answer in time leaves the outcome to the offline ZIP centroids, and the write goes on.
import type { ProximityLocation } from '../../../src/domain/geo';
import { applicationPlace, PlaceCheck, Submission } from '../../../src/domain/intake';
import { CallStats, Logger, newCallStats } from '../ports/logger.port';
import { GeocodeDeps, GeocodeReport, geocodeLocations, Placed, zip5Of } from '../proximity/geocode-locations';

export interface PlaceChecker {
  /** Outcomes by response ID for the mentor and consumer applications among these submissions. */
  check(submissions: readonly Submission[]): Promise<Map<string, PlaceCheck>>;
}

export interface PlaceCheckerOptions {
  /** The longest a batch waits for the chain; the look-ups still finishing after that go on warming the cache. */
  timeoutMs: number;
  logger: Logger;
}

class TimedOut extends Error {
  constructor() {
    super('place check timed out');
    this.name = 'TimedOut';
  }
}

/** Real time on purpose: the writer's clock may be virtual in tests, and this limit is about the caller's wait. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * What the chain's answer means for the row. Not placed at all is `not-found` only when every source had its say; if a
 * provider stopped answering, an address it might have found is `unchecked`, never reported missing.
 */
function readPlaced(placed: Placed, location: ProximityLocation, report: GeocodeReport): PlaceCheck {
  if (placed.quality === 'rooftop') return 'found';
  if (placed.quality === 'zip-centroid') return 'zip-centroid';
  return location.address && report.degraded.length > 0 ? 'unchecked' : 'not-found';
}

/** Without the chain's answer: the ZIP centroid table is in memory, so a known ZIP still counts; an address waits. */
function readOffline(location: ProximityLocation, deps: GeocodeDeps): PlaceCheck {
  const zip5 = zip5Of(location);
  try {
    if (zip5 && deps.lookupZip(zip5)) return 'zip-centroid';
  } catch {
    return 'unchecked';
  }
  return location.address ? 'unchecked' : 'not-found';
}

export function createPlaceChecker(deps: GeocodeDeps, options: PlaceCheckerOptions): PlaceChecker {
  return {
    async check(submissions) {
      const wanted = submissions.flatMap((submission) => {
        const place = applicationPlace(submission);
        return place ? [{ responseId: submission.responseId, place }] : [];
      });
      const checks = new Map<string, PlaceCheck>();
      if (wanted.length === 0) return checks;
      // Positions as IDs: nothing that identifies a person goes into the chain besides the place itself.
      const locations: ProximityLocation[] = wanted.map(({ place }, index) => ({ id: `a${index}`, mode: 'drive', ...place }));
      const started = performance.now();
      const stats: CallStats = newCallStats();
      let report: GeocodeReport | undefined;
      let failure: string | undefined;
      try {
        report = await withTimeout(geocodeLocations(locations, deps, stats, 'intake'), options.timeoutMs);
      } catch (error) {
        failure = error instanceof TimedOut ? 'TIMEOUT' : error instanceof Error ? error.name : 'unknown';
      }
      wanted.forEach(({ responseId }, index) => {
        const location = locations[index]!;
        checks.set(responseId, report ? readPlaced(report.placed[index]!, location, report) : readOffline(location, deps));
      });
      const count = (check: PlaceCheck) => [...checks.values()].filter((value) => value === check).length;
      options.logger.info('intake.geocode', {
        applications: wanted.length,
        found: count('found'),
        zipCentroid: count('zip-centroid'),
        notFound: count('not-found'),
        unchecked: count('unchecked'),
        cacheHits: report?.counts.cacheHits,
        cacheUnavailable: report?.cacheUnavailable,
        degraded: report?.degraded.join(',') || undefined,
        failed: failure,
        callsGoogleGeocoding: stats.google,
        callsCensus: stats.census,
        ms: Math.round(performance.now() - started),
      });
      return checks;
    },
  };
}

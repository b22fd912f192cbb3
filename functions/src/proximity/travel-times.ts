// This file turns placed origins and destinations into trips: Google Routes where configured and answering,
// else the shared estimate by mode. Paratransit is always estimated: Routes has no paratransit mode.
import { distanceKm, estimateTravelMinutes, Proximity, ProximityLocation, ProximityPair } from '../../../src/domain/geo';
import { mapWithConcurrency } from '../adapters/http-client';
import type { CallStats } from '../ports/logger.port';
import type { RouteMatrix, RoutedMode } from '../ports/route-matrix.port';
import type { Placed } from './geocode-locations';
import { planMatrixBlocks } from './route-matrix-plan';

export interface TravelDeps {
  routes?: RouteMatrix;
  concurrency: number;
}

export interface TravelReport {
  pairs: ProximityPair[];
  counts: { routes: number; estimate: number; unknown: number; routeCalls: number };
  routesDegraded: boolean;
}

const ROUTED_MODES: RoutedMode[] = ['drive', 'transit', 'walk'];

function estimate(from: Placed, to: Placed, mode: ProximityLocation['mode']): Proximity {
  if (!from.point || !to.point) return { distanceKm: null, travelMinutes: null, source: 'unknown' };
  const km = distanceKm(from.point, to.point);
  return { distanceKm: Math.round(km * 10) / 10, travelMinutes: estimateTravelMinutes(km, mode), source: 'estimate' };
}

/** Every origin × destination trip, travelled by the origin's mode, in origin-major order. */
export async function computeTravel(
  origins: ProximityLocation[],
  destinations: ProximityLocation[],
  placedOrigins: Placed[],
  placedDestinations: Placed[],
  deps: TravelDeps,
  stats: CallStats,
): Promise<TravelReport> {
  const pairs: ProximityPair[] = [];
  origins.forEach((origin, o) => {
    destinations.forEach((destination, d) => {
      pairs.push({ fromId: origin.id, toId: destination.id, mode: origin.mode, ...estimate(placedOrigins[o]!, placedDestinations[d]!, origin.mode) });
    });
  });

  let routesDegraded = false;
  const callsBefore = stats.routes;
  const routes = deps.routes;
  if (routes) {
    const destinationIndexes = destinations.map((_, d) => d).filter((d) => placedDestinations[d]!.point);
    const work = ROUTED_MODES.flatMap((mode) => {
      const originIndexes = origins.map((_, o) => o).filter((o) => origins[o]!.mode === mode && placedOrigins[o]!.point);
      return planMatrixBlocks(originIndexes.length, destinationIndexes.length, routes.maxElements(mode)).map((block) => ({
        mode,
        originIndexes: originIndexes.slice(block.originStart, block.originEnd),
        destinationIndexes: destinationIndexes.slice(block.destinationStart, block.destinationEnd),
      }));
    });
    await mapWithConcurrency(work, deps.concurrency, async (block) => {
      if (routesDegraded) return;
      try {
        const elements = await routes.compute(
          block.originIndexes.map((o) => placedOrigins[o]!.point!),
          block.destinationIndexes.map((d) => placedDestinations[d]!.point!),
          block.mode,
          stats,
        );
        for (const element of elements) {
          if (element.durationSeconds === undefined) continue; // no route: the estimate stays
          const o = block.originIndexes[element.originIndex]!;
          const d = block.destinationIndexes[element.destinationIndex]!;
          const pair = pairs[o * destinations.length + d]!;
          pair.distanceKm = Math.round((element.distanceMeters ?? 0) / 100) / 10;
          pair.travelMinutes = Math.round(element.durationSeconds / 60);
          pair.source = 'routes';
        }
      } catch {
        // Spent retries or a refused key: this and every later block keep the estimate.
        routesDegraded = true;
      }
    });
  }

  const counts = { routes: 0, estimate: 0, unknown: 0, routeCalls: stats.routes - callsBefore };
  for (const pair of pairs) counts[pair.source]++;
  return { pairs, counts, routesDegraded };
}

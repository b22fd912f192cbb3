// This file is the travel-time port: a route matrix between points for one mode, as Google Routes computes it.
import type { LatLng } from '../../../src/domain/geo';
import type { CallStats } from './logger.port';

export type RoutedMode = 'drive' | 'transit' | 'walk';

export interface RouteMatrixElement {
  originIndex: number;
  destinationIndex: number;
  /** Absent when there is no route between the two points. */
  distanceMeters?: number;
  durationSeconds?: number;
}

export interface RouteMatrix {
  /** Elements (origins × destinations) one call may carry for this mode. */
  maxElements(mode: RoutedMode): number;
  /** One call; throws a ProviderError when the service does not answer after retries. */
  compute(origins: LatLng[], destinations: LatLng[], mode: RoutedMode, stats: CallStats): Promise<RouteMatrixElement[]>;
}

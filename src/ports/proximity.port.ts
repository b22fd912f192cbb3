// This file is the port for distance and travel time between mentors and consumers.
import type { Proximity } from '../domain/geo';
import type { TravelMode } from '../domain/model';

export interface ProximityQuery {
  consumerId: string;
  mentorId: string;
  fromZip: string | null;
  toZip: string | null;
  fromAddress?: string | null;
  toAddress?: string | null;
  /** The consumer's way of travelling (the one who usually travels to meet). */
  mode: TravelMode;
}

export interface ProximityPort {
  /** One answer per query, in order; `unknown` source when it cannot be known. Never throws for one bad pair. */
  measure(queries: readonly ProximityQuery[]): Proximity[];
}

// This file is a loopback HTTP fake of the Google Geocoding, US Census geocoder and Google Routes endpoints (and
// Google's ID-token certificates). It counts calls, checks the Routes element limits as Google does, and can inject
// latency, 429, 500 and malformed answers. Places are derived from the ZIP code in the address (its Census centroid).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Endpoint = 'geocode' | 'censusOne' | 'censusBatch' | 'routes' | 'certs';

/** What the next call to an endpoint does instead of answering normally. */
export type Fault = { status: 429 | 500 | 503 } | { malformed: true } | { latencyMs: number } | { approximate: true };

export interface RoutesCall {
  origins: number;
  destinations: number;
  travelMode: string;
}

export interface LatLngLike {
  lat: number;
  lng: number;
}

export interface MapsFakeOptions {
  /** ZIP → centroid; addresses without a known ZIP get no match. */
  lookupZip: (zip5: string) => LatLngLike | undefined;
  certs?: () => Record<string, string>;
}

const ROUTES_LIMIT: Record<string, number> = { TRANSIT: 100 };

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function csvFields(line: string): string[] {
  return [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)|(?<=,|^)(?=,|$)/g)].map((match) => (match[1] ?? match[2] ?? '').replace(/""/g, '"'));
}

function haversineKm(a: LatLngLike, b: LatLngLike): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export class MapsFake {
  readonly calls: Record<Endpoint, number> = { geocode: 0, censusOne: 0, censusBatch: 0, routes: 0, certs: 0 };
  readonly routesCalls: RoutesCall[] = [];
  /** Every address the fake was asked about (tests check none of them reaches the logs). */
  readonly addressesSeen: string[] = [];
  private readonly faults: Record<Endpoint, Fault[]> = { geocode: [], censusOne: [], censusBatch: [], routes: [], certs: [] };
  private readonly always: Partial<Record<Endpoint, Fault>> = {};
  private server: http.Server | undefined;
  url = '';

  constructor(private readonly options: MapsFakeOptions) {}

  /** The next calls to `endpoint` meet these faults, one per call, in order. */
  failNext(endpoint: Endpoint, ...faults: Fault[]): void {
    this.faults[endpoint].push(...faults);
  }

  /** Every call to `endpoint` meets this fault until reset. */
  failAlways(endpoint: Endpoint, fault: Fault): void {
    this.always[endpoint] = fault;
  }

  reset(): void {
    for (const key of Object.keys(this.calls) as Endpoint[]) {
      this.calls[key] = 0;
      this.faults[key] = [];
      delete this.always[key];
    }
    this.routesCalls.length = 0;
    this.addressesSeen.length = 0;
  }

  totalProviderCalls(): number {
    return this.calls.geocode + this.calls.censusOne + this.calls.censusBatch + this.calls.routes;
  }

  async start(): Promise<string> {
    this.server = http.createServer((request, response) => {
      this.handle(request, response).catch(() => {
        response.statusCode = 500;
        response.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** A street address (house number first) is placed at its ZIP's centroid, nudged per house number so addresses differ. */
  place(address: string): LatLngLike | undefined {
    const house = Number(/^\s*(\d+)\s/.exec(address)?.[1]);
    const zip = address.match(/\b\d{5}\b/g)?.pop();
    const centroid = zip ? this.options.lookupZip(zip) : undefined;
    if (!centroid || !Number.isFinite(house)) return undefined;
    return { lat: centroid.lat + (house % 7) * 0.001, lng: centroid.lng - (house % 5) * 0.001 };
  }

  private endpointOf(method: string, path: string): Endpoint | undefined {
    if (method === 'GET' && path === '/maps/api/geocode/json') return 'geocode';
    if (method === 'GET' && path === '/geocoder/locations/onelineaddress') return 'censusOne';
    if (method === 'POST' && path === '/geocoder/locations/addressbatch') return 'censusBatch';
    if (method === 'POST' && path === '/distanceMatrix/v2:computeRouteMatrix') return 'routes';
    if (method === 'GET' && path === '/oauth2/v1/certs') return 'certs';
    return undefined;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const endpoint = this.endpointOf(request.method ?? 'GET', url.pathname);
    const body = await readBody(request);
    if (!endpoint) {
      response.writeHead(404).end();
      return;
    }
    this.calls[endpoint]++;
    const fault = this.faults[endpoint].shift() ?? this.always[endpoint];
    if (fault && 'latencyMs' in fault) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    if (response.destroyed) return;
    if (fault && 'status' in fault) {
      response.writeHead(fault.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: fault.status, message: 'injected' } }));
      return;
    }
    if (fault && 'malformed' in fault) {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"results": [ this is not json');
      return;
    }
    const json = (value: unknown, headers: Record<string, string> = {}): void => {
      response.writeHead(200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));
    };
    switch (endpoint) {
      case 'geocode': {
        const address = url.searchParams.get('address') ?? '';
        this.addressesSeen.push(address);
        if (!url.searchParams.get('key')) return json({ status: 'REQUEST_DENIED', results: [] });
        const point = this.place(address);
        if (!point) return json({ status: 'ZERO_RESULTS', results: [] });
        const locationType = fault && 'approximate' in fault ? 'APPROXIMATE' : 'ROOFTOP';
        return json({ status: 'OK', results: [{ place_id: `place-${point.lat.toFixed(4)}`, geometry: { location: point, location_type: locationType } }] });
      }
      case 'censusOne': {
        const address = url.searchParams.get('address') ?? '';
        this.addressesSeen.push(address);
        const point = this.place(address);
        return json({ result: { addressMatches: point ? [{ matchedAddress: address.toUpperCase(), coordinates: { x: point.lng, y: point.lat } }] : [] } });
      }
      case 'censusBatch': {
        const text = body.toString('utf8');
        const file = /name="addressFile"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text)?.[1] ?? '';
        const lines = file.split(/\r?\n/).filter(Boolean);
        const out = lines.map((line) => {
          const [id = '', street = '', city = '', state = '', zip = ''] = csvFields(line);
          const input = [street, city, state, zip].join(', ');
          this.addressesSeen.push(input);
          const point = this.place(input);
          return point
            ? `"${id}","${input}","Match","Exact","${input.toUpperCase()}","${point.lng},${point.lat}","123","L"`
            : `"${id}","${input}","No_Match"`;
        });
        response.writeHead(200, { 'content-type': 'text/csv' }).end(`${out.join('\n')}\n`);
        return;
      }
      case 'routes': {
        const matrix = JSON.parse(body.toString('utf8')) as {
          origins: { waypoint: { location: { latLng: { latitude: number; longitude: number } } } }[];
          destinations: { waypoint: { location: { latLng: { latitude: number; longitude: number } } } }[];
          travelMode: string;
        };
        const point = (w: (typeof matrix.origins)[number]) => ({ lat: w.waypoint.location.latLng.latitude, lng: w.waypoint.location.latLng.longitude });
        this.routesCalls.push({ origins: matrix.origins.length, destinations: matrix.destinations.length, travelMode: matrix.travelMode });
        if (!request.headers['x-goog-api-key'] || !request.headers['x-goog-fieldmask']) {
          response.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 403, status: 'PERMISSION_DENIED' } }));
          return;
        }
        const limit = ROUTES_LIMIT[matrix.travelMode] ?? 625;
        if (matrix.origins.length * matrix.destinations.length > limit || !matrix.origins.length || !matrix.destinations.length) {
          response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 400, status: 'INVALID_ARGUMENT' } }));
          return;
        }
        const kmPerHour = matrix.travelMode === 'WALK' ? 5 : matrix.travelMode === 'TRANSIT' ? 20 : 45;
        const elements = matrix.origins.flatMap((o, originIndex) =>
          matrix.destinations.map((d, destinationIndex) => {
            const km = haversineKm(point(o), point(d)) * 1.25;
            // Routes omits zero values, as the real API does.
            const element: Record<string, unknown> = { status: {}, condition: 'ROUTE_EXISTS', distanceMeters: Math.round(km * 1000), duration: `${Math.round((km / kmPerHour) * 3600) + 60}s` };
            if (originIndex) element.originIndex = originIndex;
            if (destinationIndex) element.destinationIndex = destinationIndex;
            return element;
          }),
        );
        return json(elements);
      }
      case 'certs':
        return json(this.options.certs?.() ?? {}, { 'cache-control': 'public, max-age=3600' });
    }
  }
}

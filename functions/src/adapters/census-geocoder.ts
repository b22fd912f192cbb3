// This file places street addresses with the US Census geocoder (no key): the one-line endpoint for a few
// addresses, the batch endpoint (one CSV upload) for many.
import type { GeocodeHit, GeocodeOutcome, Geocoder, GeocodeQuery } from '../ports/geocoder.port';
import type { CallStats } from '../ports/logger.port';
import { callWithRetry, FetchLike, mapWithConcurrency, parseJson, ProviderError, RetryPolicy } from './http-client';

export interface CensusGeocoderOptions {
  baseUrl: string;
  fetch: FetchLike;
  retry: RetryPolicy;
  concurrency: number;
  /** From this many addresses on, one batch upload replaces single calls. */
  batchFrom?: number;
}

const BENCHMARK = 'Public_AR_Current';
/** The Census batch endpoint takes up to 10,000 rows; smaller uploads answer sooner and fail smaller. */
const BATCH_ROWS = 2000;
const DEFAULT_BATCH_FROM = 5;

interface OneLineAnswer {
  result?: { addressMatches?: { coordinates?: { x?: unknown; y?: unknown } }[] };
}

export function readOneLineAnswer(text: string): GeocodeHit | null {
  const answer = parseJson(text) as OneLineAnswer;
  const matches = answer?.result?.addressMatches;
  if (!Array.isArray(matches)) throw new ProviderError('MALFORMED');
  const coordinates = matches[0]?.coordinates;
  if (!coordinates) return null;
  if (typeof coordinates.x !== 'number' || typeof coordinates.y !== 'number') throw new ProviderError('MALFORMED');
  return { lat: coordinates.y, lng: coordinates.x, provider: 'census' };
}

/** Splits CSV text into rows of fields (quoted fields may hold commas and doubled quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field);
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

const csvField = (value: string) => `"${value.replace(/"/g, '""').replace(/[\r\n]+/g, ' ')}"`;

/** "12 Main St, St Paul, MN 55104" → street, city, state, zip as the batch file wants them; otherwise all in street. */
export function splitAddress(address: string, zip5?: string): [string, string, string, string] {
  const parts = address.split(',').map((part) => part.trim()).filter(Boolean);
  const tail = parts.length >= 3 ? /^([A-Za-z]{2})(?:\s+(\d{5})(?:-\d{4})?)?$/.exec(parts[parts.length - 1]!) : null;
  if (tail) return [parts.slice(0, -2).join(', '), parts[parts.length - 2]!, tail[1]!.toUpperCase(), tail[2] ?? zip5 ?? ''];
  return [address, '', '', zip5 ?? ''];
}

/** Reads the batch answer: "id","input","Match","Exact","matched address","lng,lat",... — one line per row sent. */
export function readBatchAnswer(text: string, rowCount: number): Map<number, GeocodeHit> {
  const hits = new Map<number, GeocodeHit>();
  const rows = parseCsv(text);
  if (rows.length === 0 && rowCount > 0) throw new ProviderError('MALFORMED');
  for (const row of rows) {
    const index = Number(row[0]);
    if (!Number.isInteger(index) || index < 0 || index >= rowCount || row.length < 3) throw new ProviderError('MALFORMED');
    if (row[2] !== 'Match') continue;
    const [lng, lat] = (row[5] ?? '').split(',').map(Number);
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) throw new ProviderError('MALFORMED');
    hits.set(index, { lat: lat!, lng: lng!, provider: 'census' });
  }
  return hits;
}

export function createCensusGeocoder(options: CensusGeocoderOptions): Geocoder {
  const call = (url: string, init: RequestInit, stats: CallStats) =>
    callWithRetry(url, init, { fetch: options.fetch, retry: options.retry, onAttempt: () => stats.census++ });

  async function geocodeOneByOne(queries: GeocodeQuery[], stats: CallStats): Promise<GeocodeOutcome> {
    const hits = new Map<string, GeocodeHit>();
    let degraded = false;
    await mapWithConcurrency(queries, options.concurrency, async (query) => {
      if (degraded) return;
      const oneLine = query.zip5 && !query.address.includes(query.zip5) ? `${query.address}, ${query.zip5}` : query.address;
      const params = new URLSearchParams({ address: oneLine, benchmark: BENCHMARK, format: 'json' });
      try {
        const hit = readOneLineAnswer(await call(`${options.baseUrl}/geocoder/locations/onelineaddress?${params}`, { method: 'GET' }, stats));
        if (hit) hits.set(query.key, hit);
      } catch (error) {
        if (!(error instanceof ProviderError && error.code === 'MALFORMED')) degraded = true;
      }
    });
    return { hits, degraded };
  }

  async function geocodeInBatches(queries: GeocodeQuery[], stats: CallStats): Promise<GeocodeOutcome> {
    const hits = new Map<string, GeocodeHit>();
    for (let start = 0; start < queries.length; start += BATCH_ROWS) {
      const chunk = queries.slice(start, start + BATCH_ROWS);
      // Row IDs are positions in the chunk: nothing that identifies a person travels in the file.
      const csv = chunk.map((query, index) => [String(index), ...splitAddress(query.address, query.zip5)].map(csvField).join(',')).join('\n');
      const form = new FormData();
      form.append('benchmark', BENCHMARK);
      form.append('addressFile', new Blob([`${csv}\n`], { type: 'text/csv' }), 'addresses.csv');
      try {
        const found = readBatchAnswer(await call(`${options.baseUrl}/geocoder/locations/addressbatch`, { method: 'POST', body: form }, stats), chunk.length);
        for (const [index, hit] of found) hits.set(chunk[index]!.key, hit);
      } catch {
        return { hits, degraded: true };
      }
    }
    return { hits, degraded: false };
  }

  return {
    name: 'census',
    geocode(queries, stats) {
      return queries.length >= (options.batchFrom ?? DEFAULT_BATCH_FROM) ? geocodeInBatches(queries, stats) : geocodeOneByOne(queries, stats);
    },
  };
}

// This file makes outbound HTTP calls for the providers: a timeout per attempt, bounded retries with exponential
// backoff and full jitter on 429/5xx/timeouts, and errors that carry a code but never the URL (it may hold an address).

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number;
}

export type ProviderErrorCode = 'TIMEOUT' | 'NETWORK' | 'RATE_LIMITED' | 'SERVER_ERROR' | 'REJECTED' | 'MALFORMED';

export class ProviderError extends Error {
  constructor(
    readonly code: ProviderErrorCode,
    readonly status?: number,
  ) {
    super(`provider call failed: ${code}${status ? ` (HTTP ${status})` : ''}`);
    this.name = 'ProviderError';
  }
}

export interface HttpCallOptions {
  fetch: FetchLike;
  retry: RetryPolicy;
  /** Called once per attempt, so callers can count provider calls. */
  onAttempt?: () => void;
  /** Some APIs say "slow down" in a 200 body (Google Geocoding's OVER_QUERY_LIMIT): return true to retry. */
  retryBody?: (text: string) => boolean;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Full-jitter backoff: a random wait up to base × 2^attempt, capped. */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

function retryAfterMs(response: Response, policy: RetryPolicy): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(policy.maxDelayMs, seconds * 1000) : undefined;
}

/** Performs the call and returns the response body as text; throws a ProviderError once retries are spent. */
export async function callWithRetry(url: string, init: RequestInit, options: HttpCallOptions): Promise<string> {
  const { retry } = options;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  let lastError = new ProviderError('NETWORK');
  let askedWait: number | undefined;
  for (let attempt = 0; attempt < retry.attempts; attempt++) {
    if (attempt > 0) await sleep(askedWait ?? backoffDelayMs(attempt, retry, random));
    askedWait = undefined;
    options.onAttempt?.();
    let response: Response;
    let text: string;
    try {
      response = await options.fetch(url, { ...init, signal: AbortSignal.timeout(retry.timeoutMs) });
      text = await response.text();
    } catch (error) {
      const name = (error as { name?: string }).name;
      lastError = new ProviderError(name === 'TimeoutError' || name === 'AbortError' ? 'TIMEOUT' : 'NETWORK');
      continue;
    }
    if (response.ok && !options.retryBody?.(text)) return text;
    if (response.ok) {
      lastError = new ProviderError('RATE_LIMITED', response.status);
      continue;
    }
    if (!RETRYABLE_STATUS.has(response.status)) throw new ProviderError('REJECTED', response.status);
    lastError = new ProviderError(response.status === 429 ? 'RATE_LIMITED' : 'SERVER_ERROR', response.status);
    askedWait = retryAfterMs(response, retry);
  }
  throw lastError;
}

/** Parses a JSON body, turning a malformed answer into a ProviderError. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProviderError('MALFORMED');
  }
}

/** Runs tasks with at most `limit` in flight, keeping results in input order. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  });
  await Promise.all(runners);
  return results;
}

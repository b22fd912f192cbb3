// This file retries Google API calls the way Google asks: exponential backoff with full jitter on 429, 500, 502, 503,
// 504, timeouts and dropped connections, and never on other statuses (400, 403, 404 mean retrying cannot help).

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface BackoffPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { attempts: 8, baseDelayMs: 500, maxDelayMs: 32000 };

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);

/** The HTTP status of a googleapis (gaxios) error, if it got that far. */
export function errorStatus(error: unknown): number | undefined {
  const e = error as { status?: unknown; response?: { status?: unknown }; code?: unknown };
  const status = e?.response?.status ?? e?.status ?? (typeof e?.code === 'number' ? e.code : undefined);
  return typeof status === 'number' ? status : undefined;
}

/**
 * Retry on quota and server errors, and on anything with no status at all (timeout, reset, refused) — except our own
 * refusals, which carry a dotted code (FORM.UNKNOWN_KIND) and would be refused again.
 */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.includes('.')) return false;
  const status = errorStatus(error);
  return status === undefined ? true : RETRY_STATUSES.has(status);
}

/** A short code for logs: the status, or the error's name; never its message (it may quote cell values). */
export function errorCode(error: unknown): string {
  const status = errorStatus(error);
  if (status !== undefined) return `HTTP_${status}`;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
  return error instanceof Error ? error.name : 'unknown';
}

/** "Full jitter": a random wait between 0 and base × 2^attempt, capped. */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

export async function withBackoff<T>(
  run: (attempt: number) => Promise<T>,
  options: { policy?: BackoffPolicy; clock: Clock; random?: () => number; onRetry?: (error: unknown, attempt: number) => void },
): Promise<T> {
  const policy = options.policy ?? DEFAULT_BACKOFF;
  const random = options.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run(attempt);
    } catch (error) {
      if (!isRetryable(error) || attempt + 1 >= policy.attempts) throw error;
      options.onRetry?.(error, attempt);
      await options.clock.sleep(backoffDelay(attempt, policy, random));
    }
  }
}

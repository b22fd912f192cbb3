// This file keeps Sheets API requests inside the per-user quota (60 write requests per minute; reads have their own
// 60): a sliding one-minute window that makes a caller wait for a free slot. Time comes from the injected clock, so
// a test or bench can run minutes of traffic without sleeping for real.
import { Clock } from './retry-policy';

export const WINDOW_MS = 60_000;

export class RateLimiter {
  private readonly stamps: number[] = [];
  /** The most requests seen in any one-minute window, for tests and the bench. */
  maxInWindow = 0;
  total = 0;

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
  ) {
    if (!(perMinute >= 1)) throw new Error('perMinute must be at least 1');
  }

  /** Waits until one more request fits in the window, then counts it. */
  async acquire(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.stamps.length > 0 && this.stamps[0]! <= now - WINDOW_MS) this.stamps.shift();
      if (this.stamps.length < this.perMinute) {
        this.stamps.push(now);
        this.total += 1;
        this.maxInWindow = Math.max(this.maxInWindow, this.stamps.length);
        return;
      }
      await this.clock.sleep(this.stamps[0]! + WINDOW_MS - now + 1);
    }
  }
}

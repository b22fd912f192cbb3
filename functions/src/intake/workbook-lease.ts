// This file keeps one writer at a time per workbook, across instances and services (intake, reconcile, the scheduled
// reconcile): a lease made of numbered terms, each created at most once (Firestore's create(), an exists=false
// precondition), so two writers can never both hold term k+1. The lease also fences late commits: a holder sends a
// write only while its term runs at least the Sheets processing deadline past the send, so when a term lapses every
// write sent under it has landed or never will, and the next holder's re-read of the sheet sees the truth.
import { Clock } from './retry-policy';

/**
 * Sheets stops processing a request after 180 seconds and answers with a timeout, so a write sent at t commits before
 * t + 180 s or never: https://developers.google.com/workspace/sheets/api/limits ("Behavior and limitations"). The
 * margin covers the request's time on the wire and clock differences between instances.
 */
export const SHEETS_PROCESSING_DEADLINE_MS = 180_000;
export const COMMIT_MARGIN_MS = 20_000;

export interface LeaseTerm {
  term: number;
  /** Who holds it; '' once released. */
  holder: string;
  /** Epoch ms: nobody else may take the lease before then. */
  until: number;
}

/** Where lease terms live: Firestore in production, memory in the bench and in tests that are not about Firestore. */
export interface LeaseTermStore {
  /** The newest term of this workbook's lease, if any. */
  latest(spreadsheetId: string): Promise<LeaseTerm | undefined>;
  /** Creates the term unless a term with its number exists; false when someone else created it first. */
  create(spreadsheetId: string, term: LeaseTerm): Promise<boolean>;
}

export interface LeaseTiming {
  /** The longest a write may take to commit after it is sent (the processing deadline plus a margin). */
  commitDeadlineMs: number;
  /** The client's timeout for one request: a send happens within this of the lease check before it. */
  requestTimeoutMs: number;
  /** How long a term lasts when taken or renewed; must exceed commitDeadlineMs + requestTimeoutMs. */
  termMs: number;
  /** The longest acquire() waits for another holder before giving up (the caller retries later). */
  acquireWaitMs: number;
}

export function leaseTiming(requestTimeoutMs: number, commitDeadlineMs = SHEETS_PROCESSING_DEADLINE_MS + COMMIT_MARGIN_MS): LeaseTiming {
  const termMs = commitDeadlineMs + 4 * requestTimeoutMs;
  return { commitDeadlineMs, requestTimeoutMs, termMs, acquireWaitMs: termMs + commitDeadlineMs };
}

/** Thrown when the lease could not be had or was lost: nothing was written under it, so trying again is safe. */
export class LeaseUnavailableError extends Error {
  readonly code = 'LEASE_UNAVAILABLE';
  constructor(message: string) {
    super(message);
    this.name = 'LeaseUnavailableError';
  }
}

export class HeldLease {
  /** The latest moment a write sent under this lease without a definite answer may still commit. */
  private unsettledUntil = 0;

  constructor(
    private readonly leases: WorkbookLeases,
    readonly spreadsheetId: string,
    private current: LeaseTerm,
  ) {}

  get term(): LeaseTerm {
    return this.current;
  }

  /**
   * Call right before sending a request that may change the sheet: renews the term so it outlasts that request's last
   * possible commit, or throws if another writer has taken over (then nothing is sent).
   */
  async beforeWrite(): Promise<void> {
    const { clock, timing } = this.leases.deps;
    if (this.current.until - clock.now() >= timing.commitDeadlineMs + timing.requestTimeoutMs) return;
    const next = { term: this.current.term + 1, holder: this.leases.deps.holderId, until: clock.now() + timing.termMs };
    if (!(await this.leases.deps.store.create(this.spreadsheetId, next))) throw new LeaseUnavailableError('Another writer took over this workbook');
    this.current = next;
  }

  /** A write sent at `sentAt` got no definite answer (timeout, dropped connection, 5xx): it may still commit. */
  noteUnsettled(sentAt: number): void {
    this.unsettledUntil = Math.max(this.unsettledUntil, sentAt + this.leases.deps.timing.commitDeadlineMs);
  }

  /**
   * Hands the lease on. A write still unsettled keeps it fenced until its deadline, so whoever reads the sheet next
   * (this writer's own retry included) reads it after that write has landed or died.
   */
  async release(): Promise<void> {
    const { clock, store } = this.leases.deps;
    const next = { term: this.current.term + 1, holder: '', until: Math.max(clock.now(), this.unsettledUntil) };
    // If this fails another writer has already taken over, which is only possible once the term lapsed.
    await store.create(this.spreadsheetId, next).catch(() => false);
  }
}

export interface WorkbookLeaseDeps {
  store: LeaseTermStore;
  clock: Clock;
  /** Unique per writer instance. */
  holderId: string;
  timing: LeaseTiming;
  random?: () => number;
}

export class WorkbookLeases {
  constructor(readonly deps: WorkbookLeaseDeps) {
    if (deps.timing.termMs <= deps.timing.commitDeadlineMs + deps.timing.requestTimeoutMs) throw new Error('A lease term must outlast a write and its commit deadline');
  }

  /** Waits for the workbook's lease (the current term to lapse or be released) and takes the next term. */
  async acquire(spreadsheetId: string): Promise<HeldLease> {
    const { clock, store, timing, holderId } = this.deps;
    const random = this.deps.random ?? Math.random;
    const giveUpAt = clock.now() + timing.acquireWaitMs;
    for (;;) {
      const latest = await store.latest(spreadsheetId);
      const now = clock.now();
      // Even this writer's own unreleased term is waited out: a write it sent may still commit.
      if (!latest || latest.until <= now) {
        const term = { term: (latest?.term ?? 0) + 1, holder: holderId, until: now + timing.termMs };
        if (await store.create(spreadsheetId, term)) return new HeldLease(this, spreadsheetId, term);
        continue;
      }
      if (now >= giveUpAt) throw new LeaseUnavailableError('The workbook is being written by another instance');
      // A released lease still fenced by an unsettled write frees itself at its deadline; a held one is looked at
      // again every request timeout or so, since its holder may release it early.
      const wait = latest.holder === '' ? latest.until - now : Math.min(latest.until - now, timing.requestTimeoutMs) * (0.5 + random() / 2);
      await clock.sleep(Math.max(1, wait));
    }
  }
}

// This file writes submissions to the workbook exactly once. Writes to one workbook are batched, and every attempt —
// read the tabs, skip each response ID already in the sheet, append the rest in one request per tab — runs inside the
// workbook's lease (workbook-lease.ts), shared by every intake and reconcile instance.
//
// The invariant: a response is appended only by the holder of its workbook's lease, after a read of the sheet made
// once every earlier write to that workbook had either landed or passed the point where it never can; so no response
// is appended while a row for it is in the sheet or still on its way there.
//
// A failed or timed-out attempt is retried with backoff from the top; a write without a definite answer keeps the
// lease fenced until its commit deadline, so the retry's re-read finds it if it landed late. A submission the domain
// cannot prepare is set aside with a code and the rest of its batch is written. Each batch's applications are looked
// up on a map once, before the first attempt, within the place checker's time limit.
import type { SavedMapping } from '../../../src/domain/header-mapping';
import { APPLICATION_COLUMNS, addMissingColumns, layoutRow, PlaceCheck, prepareIntakeGuarded, resolveLayout, REVIEW_COLUMNS, Submission } from '../../../src/domain/intake';
import type { Cell } from '../../../src/domain/values';
import type { Logger } from '../ports/logger.port';
import { BackoffPolicy, Clock, DEFAULT_BACKOFF, errorCode, errorStatus, withBackoff } from './retry-policy';
import type { PlaceChecker } from './place-checker';
import { SheetsGateway } from './sheets-gateway';
import { readSnapshot, TabRoles, tabRoles, TargetTab, DEFAULT_TAB_NAMES } from './workbook-snapshot';
import { HeldLease, WorkbookLeases } from './workbook-lease';
import { RateLimiter } from './write-rate-limiter';

export interface WriteOutcome {
  responseId: string;
  tab: string;
  row: number;
  /** The response was already in the sheet; nothing was written for it now. */
  already: boolean;
  status: string;
  /** Set when the submission could not be prepared: a code; nothing was written and retrying cannot help. */
  failed?: string;
}

export interface IntakeWriterDeps {
  gateway: SheetsGateway;
  /** Sheets API read and write quotas (per minute, per user). */
  reads: RateLimiter;
  writes: RateLimiter;
  /** One writer per workbook at a time, across every instance of intake and reconcile. */
  leases: WorkbookLeases;
  clock: Clock;
  logger: Logger;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** Most submissions per append. */
  maxBatch?: number;
  /** Looks applicants up through the geocoding chain; without it rows carry no place issue. */
  places?: PlaceChecker;
}

interface Waiting {
  submission: Submission;
  mapping: SavedMapping | undefined;
  resolve: (outcome: WriteOutcome) => void;
  reject: (error: unknown) => void;
}

export class IntakeWriter {
  private readonly queues = new Map<string, Waiting[]>();
  private readonly running = new Set<string>();
  /** Batches written and attempts made, for logs, tests and the bench. */
  readonly stats = { batches: 0, attempts: 0, rowsWritten: 0, alreadyPresent: 0, unprepared: 0 };

  constructor(private readonly deps: IntakeWriterDeps) {}

  /**
   * Writes one submission (batched with others for the same workbook). `mapping` is the coordinator's saved header
   * mapping, as the add-on sent it or as last kept for the workbook; without one the tabs are found as before.
   */
  write(spreadsheetId: string, submission: Submission, mapping?: SavedMapping): Promise<WriteOutcome> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(spreadsheetId) ?? [];
      queue.push({ submission, mapping, resolve, reject });
      this.queues.set(spreadsheetId, queue);
      if (!this.running.has(spreadsheetId)) {
        this.running.add(spreadsheetId);
        // Let the rest of a burst arrive before the first batch is cut.
        setImmediate(() => void this.drain(spreadsheetId));
      }
    });
  }

  private async drain(spreadsheetId: string): Promise<void> {
    const queue = this.queues.get(spreadsheetId)!;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, this.deps.maxBatch ?? 250);
        try {
          // The newest mapping in the batch: a Setup run during a burst applies from its first delivery on.
          const mapping = [...batch].reverse().find((item) => item.mapping)?.mapping;
          const outcomes = await this.writeWithRetries(spreadsheetId, batch.map((item) => item.submission), mapping);
          for (const item of batch) item.resolve(outcomes.get(item.submission.responseId)!);
        } catch (error) {
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      this.running.delete(spreadsheetId);
      if (queue.length > 0) {
        this.running.add(spreadsheetId);
        setImmediate(() => void this.drain(spreadsheetId));
      } else {
        this.queues.delete(spreadsheetId);
      }
    }
  }

  private async writeWithRetries(spreadsheetId: string, submissions: Submission[], mapping: SavedMapping | undefined): Promise<Map<string, WriteOutcome>> {
    this.stats.batches += 1;
    // One copy per response ID: the same submission delivered twice in one burst gets one row.
    const unique = [...new Map(submissions.map((submission) => [submission.responseId, submission])).values()];
    const places = await this.checkPlaces(unique);
    return withBackoff(
      async () => {
        this.stats.attempts += 1;
        const lease = await this.deps.leases.acquire(spreadsheetId);
        try {
          return await this.writeBatch(spreadsheetId, unique, places, lease, mapping);
        } finally {
          await lease.release();
        }
      },
      {
        clock: this.deps.clock,
        random: this.deps.random,
        policy: this.deps.backoff ?? DEFAULT_BACKOFF,
        onRetry: (error, attempt) => this.deps.logger.warn('intake.retry', { attempt: attempt + 1, error: errorCode(error), submissions: unique.length }),
      },
    );
  }

  /** The place checker answers within its limit and never throws; this guard keeps a broken one from blocking writes. */
  private async checkPlaces(submissions: Submission[]): Promise<ReadonlyMap<string, PlaceCheck>> {
    if (!this.deps.places) return new Map();
    try {
      return await this.deps.places.check(submissions);
    } catch (error) {
      this.deps.logger.warn('intake.geocode_failed', { error: errorCode(error), submissions: submissions.length });
      return new Map();
    }
  }

  private async readRequest<T>(run: () => Promise<T>): Promise<T> {
    await this.deps.reads.acquire();
    return run();
  }

  /** Sends a write only while the lease outlasts its commit deadline; one without a definite answer fences the lease. */
  private async writeRequest<T>(lease: HeldLease, run: () => Promise<T>): Promise<T> {
    await this.deps.writes.acquire();
    await lease.beforeWrite();
    const sentAt = this.deps.clock.now();
    try {
      return await run();
    } catch (error) {
      if (mayHaveCommitted(error)) lease.noteUnsettled(sentAt);
      throw error;
    }
  }

  private async writeBatch(spreadsheetId: string, submissions: Submission[], places: ReadonlyMap<string, PlaceCheck>, lease: HeldLease, mapping: SavedMapping | undefined): Promise<Map<string, WriteOutcome>> {
    const { gateway } = this.deps;
    let tabNames = await this.readRequest(() => gateway.tabNames(spreadsheetId));
    let roles: TabRoles = tabRoles(tabNames, mapping);
    const needs = { applications: submissions.some((s) => s.formKind !== 'mentor-check-in'), reviews: submissions.some((s) => s.formKind === 'mentor-check-in') };
    for (const key of ['applications', 'reviews'] as const) {
      if (needs[key] && roles[key] === null) {
        await this.writeRequest(lease, () => gateway.addTab(spreadsheetId, DEFAULT_TAB_NAMES[key]));
        tabNames = [...tabNames, DEFAULT_TAB_NAMES[key]];
        roles = tabRoles(tabNames, mapping);
      }
    }
    const toRead = [roles.applications, roles.reviews, ...roles.people].filter((tab): tab is string => tab !== null);
    const grids = await this.readRequest(() => gateway.readTabs(spreadsheetId, toRead));
    const snapshot = readSnapshot(tabNames, roles, grids, mapping);

    const outcomes = new Map<string, WriteOutcome>();
    const fresh: Submission[] = [];
    for (const submission of submissions) {
      const target = submission.formKind === 'mentor-check-in' ? snapshot.reviews : snapshot.applications;
      const row = target.rows.get(submission.responseId);
      if (row !== undefined) outcomes.set(submission.responseId, { responseId: submission.responseId, tab: target.tab, row, already: true, status: 'already' });
      else fresh.push(submission);
    }
    this.stats.alreadyPresent += outcomes.size;
    if (fresh.length === 0) return outcomes;

    const { rows: prepared, unprepared } = prepareIntakeGuarded(fresh, { ...snapshot.context, places });
    for (const { responseId, code } of unprepared) outcomes.set(responseId, { responseId, tab: '', row: 0, already: false, status: 'failed', failed: code });
    this.stats.unprepared += unprepared.length;
    for (const [key, target] of [['applications', snapshot.applications], ['reviews', snapshot.reviews]] as const) {
      const rows = prepared.filter((row) => row.tab === key);
      if (rows.length === 0) continue;
      const layout = await this.ensureHeader(spreadsheetId, key, target, lease);
      const cells: Cell[][] = rows.map((row) => layoutRow(row.values, layout));
      const first = await this.writeRequest(lease, () => this.deps.gateway.append(spreadsheetId, target.tab, cells, target.headerRow + 1));
      rows.forEach((row, index) => outcomes.set(row.responseId, { responseId: row.responseId, tab: target.tab, row: first + index, already: false, status: row.status }));
      this.stats.rowsWritten += rows.length;
    }
    this.deps.logger.info('intake.batch', {
      submissions: submissions.length,
      written: prepared.length,
      alreadyPresent: submissions.length - fresh.length,
      unprepared: unprepared.length,
      needsReview: prepared.filter((row) => row.status === 'Needs review').length,
      possibleDuplicates: prepared.filter((row) => row.duplicates > 0).length,
      placeNotFound: prepared.filter((row) => row.issueCodes.includes('INTAKE.PLACE_NOT_FOUND')).length,
      placeUnchecked: prepared.filter((row) => row.issueCodes.includes('INTAKE.PLACE_UNCHECKED')).length,
    });
    return outcomes;
  }

  /** Writes the header row of a new tab, or adds the missing columns at the end; existing columns never move. */
  private async ensureHeader(spreadsheetId: string, key: 'applications' | 'reviews', target: TargetTab, lease: HeldLease) {
    if (target.empty) {
      const columns = key === 'applications' ? APPLICATION_COLUMNS : REVIEW_COLUMNS;
      const headers = columns.map((column) => column.header);
      await this.writeRequest(lease, () => this.deps.gateway.writeHeader(spreadsheetId, target.tab, target.headerRow + 1, 0, headers));
      return resolveLayout(headers, columns);
    }
    if (target.layout.missing.length === 0) return target.layout;
    const { layout, newHeaders } = addMissingColumns(target.layout);
    await this.writeRequest(lease, () => this.deps.gateway.writeHeader(spreadsheetId, target.tab, target.headerRow + 1, target.layout.width, newHeaders));
    return layout;
  }
}


/** No answer, or a server error: Sheets may have applied the write. A 4xx (429 included) means it was not. */
function mayHaveCommitted(error: unknown): boolean {
  const status = errorStatus(error);
  return status === undefined || status >= 500;
}

// This file sets up intake tests: the Sheets API fake with a coordinator's workbook, the real googleapis client pointed
// at it, a virtual clock (backoff and the quota window pass without real waiting), and a log that records every line.
import { google } from 'googleapis';
import { IntakeWriter } from '../../../functions/src/intake/intake-writer';
import { MemoryIntakeLedger } from '../../../functions/src/intake/memory-intake-ledger';
import type { PlaceChecker } from '../../../functions/src/intake/place-checker';
import { Clock } from '../../../functions/src/intake/retry-policy';
import { createSheetsClient, createSheetsGateway } from '../../../functions/src/intake/sheets-gateway';
import { MemoryLeaseTerms } from '../../../functions/src/intake/memory-lease-terms';
import { leaseTiming, LeaseTermStore, WorkbookLeases } from '../../../functions/src/intake/workbook-lease';
import { RateLimiter } from '../../../functions/src/intake/write-rate-limiter';
import type { Logger, LogFields } from '../../../functions/src/ports/logger.port';
import { FakeCell, FakeSheetsApi } from '../../fakes/sheets-api';
import type { SavedMapping } from '../../../src/domain/header-mapping';
import { APPLICATION_COLUMNS } from '../../../src/domain/intake';
import type { IntakeServiceDeps } from '../../../functions/src/intake/intake-service';
import type { IntakeLedger } from '../../../functions/src/intake/intake-ledger.port';

export const WORKBOOK = 'workbook-1';

/** A small coordinator workbook: two mentors, two consumers, one active match, one goal, the Applications tab; `replace` swaps tabs (null drops one). */
export function seedWorkbook(fake: FakeSheetsApi, id = WORKBOOK, replace: Record<string, FakeCell[][] | null> = {}): void {
  const tabs: Record<string, FakeCell[][] | null> = {
    Mentors: [
      ['Mentor ID', 'Name', 'Email', 'Phone', 'ZIP', 'Skills'],
      ['M-0003', 'Bo Diaz', 'bo@example.org', '6515550100', '55414', 'Finances'],
      ['M-0004', 'Cy Young', 'cy@example.org', '', '55104', 'Employment'],
    ],
    Consumers: [
      ['Consumer ID', 'Name', 'Email', 'Phone', 'ZIP', 'Goal areas'],
      ['C-0042', 'Ann Lee', 'ann.lee@example.org', '', '55104', 'Employment'],
      ['C-0043', 'Dee Park', '', '6515550199', '55105', 'Housing'],
    ],
    Matches: [
      ['Match ID', 'Consumer ID', 'Mentor ID', 'Status'],
      ['X-0007', 'C-0042', 'M-0003', 'active'],
    ],
    Goals: [
      ['Goal ID', 'Consumer ID', 'Area', 'Status'],
      ['G-0100', 'C-0042', 'Employment', 'in progress'],
    ],
    Reviews: [['Review ID', 'Match ID', 'Date', 'Kind', 'Attendees', 'Goal ID', 'Progress', 'Minutes', 'Notes', 'Next review']],
    Applications: [],
    ...replace,
  };
  fake.addSpreadsheet(id, Object.fromEntries(Object.entries(tabs).filter((entry): entry is [string, FakeCell[][]] => entry[1] !== null)));
}

/**
 * An Applications tab as a coordinator keeps it: a title and a line of instructions above the headers (row 3), the
 * columns in their own order under their own words — "Applicant's name", "Ref #" for the response ID — and a guardian
 * column the intake never writes. One application is already on row 4.
 */
export const MAPPED_HEADERS: Record<string, string> = {
  name: "Applicant's name",
  responseId: 'Ref #',
  email: 'Email address',
  phone: 'Best phone',
  zip: 'Zip code',
  status: 'Where it stands',
};
const GUARDIAN = 'Guardian name';

export function mappedApplicationsTab(): { rows: FakeCell[][]; mapping: SavedMapping; header: string[] } {
  const renamed = APPLICATION_COLUMNS.map((column) => MAPPED_HEADERS[column.key] ?? column.header);
  // Name, guardian and the response ID first; the rest in the intake's order.
  const first = [MAPPED_HEADERS.name!, GUARDIAN, MAPPED_HEADERS.responseId!];
  const header = [...first, ...renamed.filter((h) => !first.includes(h))];
  const existing = header.map((h) => (h === MAPPED_HEADERS.responseId ? 'earlier-1' : h === MAPPED_HEADERS.name ? 'Earl Yerly' : h === GUARDIAN ? 'Gus Yerly' : ''));
  const fields = Object.fromEntries(APPLICATION_COLUMNS.map((column) => [column.key, MAPPED_HEADERS[column.key] ?? column.header]));
  return {
    rows: [['Peer mentoring applications 2026'], ['New answers arrive below; please keep the headers on row 3.'], header, existing],
    header,
    mapping: { version: 1, tabs: { applications: { tab: 'Sign-ups 2026', fields, headerRow: 3 } } },
  };
}

/** The small workbook of seedWorkbook with its applications on "Sign-ups 2026", mapped in Setup (no Applications tab). */
export function seedMappedWorkbook(fake: FakeSheetsApi, id = WORKBOOK): { mapping: SavedMapping; header: string[]; before: FakeCell[][] } {
  const tab = mappedApplicationsTab();
  seedWorkbook(fake, id, { Applications: null, 'Sign-ups 2026': tab.rows });
  return { mapping: tab.mapping, header: tab.header, before: tab.rows.map((row) => [...row]) };
}

/** Virtual time: sleeping moves the clock forward at once (after letting other work run). */
export class VirtualClock implements Clock {
  private time = Date.UTC(2026, 2, 3, 15, 0, 0);
  slept = 0;
  now(): number {
    return this.time;
  }
  private timers: { at: number; run: () => void }[] = [];
  async sleep(ms: number): Promise<void> {
    this.slept += Math.max(0, ms);
    this.advance(Math.max(0, ms));
    await new Promise((resolve) => setImmediate(resolve));
  }
  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((timer) => timer.at <= this.time);
    this.timers = this.timers.filter((timer) => timer.at > this.time);
    for (const timer of due) timer.run();
  }
  /** Runs `run` once virtual time has moved `ms` on (the Sheets fake's late commits). */
  schedule(ms: number, run: () => void): void {
    this.timers.push({ at: this.time + ms, run });
  }
}

export class CapturingLogger implements Logger {
  readonly lines: string[] = [];
  private record(level: string, event: string, fields: LogFields) {
    this.lines.push(JSON.stringify({ level, event, ...fields }));
  }
  info(event: string, fields: LogFields) {
    this.record('info', event, fields);
  }
  warn(event: string, fields: LogFields) {
    this.record('warn', event, fields);
  }
  error(event: string, fields: LogFields) {
    this.record('error', event, fields);
  }
  text(): string {
    return this.lines.join('\n');
  }
}

/** An OAuth client holding a fixed access token: the fake only checks that a Bearer token is present. */
export function testAuth() {
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: 'test-access-token', expiry_date: Date.now() + 3_600_000 });
  return auth;
}

export interface IntakeRig {
  deps: IntakeServiceDeps;
  writer: IntakeWriter;
  reads: RateLimiter;
  writes: RateLimiter;
  clock: VirtualClock;
  logger: CapturingLogger;
}

export interface RigOptions {
  ledger?: IntakeLedger;
  timeoutMs?: number;
  writesPerMinute?: number;
  maxBatch?: number;
  logger?: CapturingLogger;
  places?: PlaceChecker;
  /** Attempts per batch before the writer gives up (12 unless told). */
  attempts?: number;
  /** Lease terms shared with other rigs (other instances); each rig has its own otherwise. */
  leaseTerms?: LeaseTermStore;
}

let rigs = 0;

export function makeRig(fake: FakeSheetsApi, options: RigOptions = {}): IntakeRig {
  const clock = new VirtualClock();
  const logger = options.logger ?? new CapturingLogger();
  const reads = new RateLimiter(60, clock);
  const writes = new RateLimiter(options.writesPerMinute ?? 60, clock);
  const sheets = createSheetsClient({ rootUrl: fake.rootUrl, auth: testAuth() });
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const writer = new IntakeWriter({
    gateway: createSheetsGateway(sheets, options.timeoutMs ?? 300),
    reads,
    writes,
    leases: new WorkbookLeases({ store: options.leaseTerms ?? new MemoryLeaseTerms(), clock, holderId: `rig-${++rigs}`, timing: leaseTiming(options.timeoutMs ?? 300), random }),
    clock,
    logger,
    random,
    backoff: { attempts: options.attempts ?? 12, baseDelayMs: 500, maxDelayMs: 32000 },
    maxBatch: options.maxBatch,
    places: options.places,
  });
  return { deps: { ledger: options.ledger ?? new MemoryIntakeLedger(), writer, clock, logger }, writer, reads, writes, clock, logger };
}

// Form intake: 1,000 submissions arriving at once, written through the real googleapis Sheets client to the Sheets
// API fake on loopback, exactly once, batched per workbook. The quota window runs on a virtual clock, so the bench
// measures the work and counts what a real minute would allow, without sleeping for minutes.
import { receiveSubmission } from '../functions/src/intake/intake-service';
import { IntakeWriter } from '../functions/src/intake/intake-writer';
import { MemoryIntakeLedger } from '../functions/src/intake/memory-intake-ledger';
import { MemoryLeaseTerms } from '../functions/src/intake/memory-lease-terms';
import { leaseTiming, WorkbookLeases } from '../functions/src/intake/workbook-lease';
import { Clock } from '../functions/src/intake/retry-policy';
import { createSheetsClient, createSheetsGateway, staticTokenAuth } from '../functions/src/intake/sheets-gateway';
import { RateLimiter } from '../functions/src/intake/write-rate-limiter';
import type { Logger } from '../functions/src/ports/logger.port';
import { FakeSheetsApi } from '../test/fakes/sheets-api';
import { aSubmission } from '../test/helpers/intake-submissions';

const SUBMISSIONS = 1000;
const QUOTA_PER_MINUTE = 60;

class VirtualClock implements Clock {
  private time = 0;
  now() {
    return this.time;
  }
  async sleep(ms: number) {
    this.time += Math.max(0, ms);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function main(): Promise<void> {
  const fake = new FakeSheetsApi();
  await fake.start();
  fake.addSpreadsheet('bench', {
    Mentors: [['Mentor ID', 'Name', 'Email', 'ZIP'], ...Array.from({ length: 40 }, (_, i) => [`M-${String(i + 1).padStart(4, '0')}`, `Mentor ${i}`, `m${i}@example.org`, '55104'])],
    Consumers: [['Consumer ID', 'Name', 'Email', 'ZIP'], ...Array.from({ length: 120 }, (_, i) => [`C-${String(i + 1).padStart(4, '0')}`, `Consumer ${i}`, `c${i}@example.org`, '55105'])],
    Applications: [],
  });
  const auth = staticTokenAuth('bench');
  const clock = new VirtualClock();
  const writes = new RateLimiter(QUOTA_PER_MINUTE, clock);
  const writer = new IntakeWriter({
    gateway: createSheetsGateway(createSheetsClient({ rootUrl: fake.rootUrl, auth }), 10_000),
    reads: new RateLimiter(QUOTA_PER_MINUTE, clock),
    writes,
    leases: new WorkbookLeases({ store: new MemoryLeaseTerms(), clock, holderId: 'bench', timing: leaseTiming(10_000) }),
    clock,
    logger: quiet,
  });
  const deps = { ledger: new MemoryIntakeLedger(), writer, clock, logger: quiet };
  const kinds = ['consumer-request', 'mentor-application', 'mentor-check-in'] as const;
  const submissions = Array.from({ length: SUBMISSIONS }, (_, i) => aSubmission(kinds[i % 3]!, { email: `person${i}@example.org` }));

  const started = performance.now();
  const results = await Promise.all(submissions.map((submission) => receiveSubmission(deps, 'bench', submission)));
  const seconds = (performance.now() - started) / 1000;
  await fake.stop();

  const rows = fake.rows('bench', 'Applications').length - 1 + fake.rows('bench', 'Reviews').length - 1;
  if (rows !== SUBMISSIONS || new Set(results.map((r) => `${r.tab}:${r.row}`)).size !== SUBMISSIONS) throw new Error(`expected ${SUBMISSIONS} rows, found ${rows}`);
  console.log(
    JSON.stringify({
      bench: 'intake',
      submissions: SUBMISSIONS,
      perSecond: Math.round(SUBMISSIONS / seconds),
      sheetsWriteRequests: fake.writeRequests(),
      maxWritesPerMinute: writes.maxInWindow,
      sheetsReadRequests: fake.counts.spreadsheet + fake.counts.batchGet,
      batches: writer.stats.batches,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

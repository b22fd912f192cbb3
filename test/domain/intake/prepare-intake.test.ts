import fc from 'fast-check';
import { idAllocator } from '../../../src/domain/ids';
import { APPLICATION_COLUMNS, IntakeContext, layoutRow, looksLikeFormula, prepareIntake, resolveLayout, REVIEW_COLUMNS, Submission } from '../../../src/domain/intake';
import { aSubmission } from '../../helpers/intake-submissions';

const context = (over: Partial<IntakeContext> = {}): IntakeContext => ({
  people: [{ id: 'C-0042', name: 'Ann Lee', email: 'ann.lee@example.org', phone: null, zip: '55104' }],
  applications: [],
  checkIns: {
    mentors: [{ id: 'M-0003', name: 'Bo Diaz' }],
    consumers: [{ id: 'C-0042', name: 'Ann Lee' }],
    matches: [{ id: 'X-0007', mentorId: 'M-0003', consumerId: 'C-0042', status: 'active' }],
    goals: [{ id: 'G-0100', consumerId: 'C-0042', area: 'employment', status: 'in-progress' }],
  },
  nextReviewId: idAllocator('R', ['R-0009']),
  ...over,
});

describe('prepareIntake', () => {
  it('marks a request from a known person as a possible duplicate, with the reason', () => {
    const [row] = prepareIntake([aSubmission('consumer-request')], context());
    expect(row).toMatchObject({ tab: 'applications', status: 'Needs review', duplicates: 1 });
    expect(row!.values.duplicateOf).toBe('C-0042');
    expect(row!.values.issues).toBe('possible duplicate of C-0042 (same email, similar name and same ZIP)');
  });

  it('lands a clean new application as New with nothing in Issues', () => {
    const [row] = prepareIntake([aSubmission('mentor-application')], context());
    expect(row).toMatchObject({ status: 'New', issueCodes: [] });
    expect(row!.values).toMatchObject({ form: 'Become a peer mentor', name: 'Bo Diaz', email: 'bo@example.org', phone: '+16515550100', zip: '55414', areas: 'Finances / benefits; Consumer / legal rights', maxMentees: 2, consent: 'Yes', issues: '', recordId: '' });
  });

  it('catches two copies of one person in the same burst', () => {
    const rows = prepareIntake([aSubmission('mentor-application', { email: 'q@example.org' }), aSubmission('mentor-application', { email: 'q@example.org' })], context());
    expect(rows[0]!.duplicates).toBe(0);
    expect(rows[1]!.values.duplicateOf).toBe(rows[0]!.responseId);
  });

  it('maps a check-in to a Reviews row with its match, goal and response ID', () => {
    const submission = aSubmission('mentor-check-in');
    const [row] = prepareIntake([submission], context());
    expect(row).toMatchObject({ tab: 'reviews', status: 'New' });
    expect(row!.values).toEqual({
      id: 'R-0010', matchId: 'X-0007', date: '2026-03-03', kind: 'check-in', attendees: 'M-0003, C-0042', goalId: 'G-0100',
      progress: 'Good progress — Employment', minutes: 60, notes: 'We practised an interview.', nextReview: '', responseId: submission.responseId,
    });
  });

  it('writes a check-in it cannot place with the reason in Notes and no match', () => {
    const [row] = prepareIntake([aSubmission('mentor-check-in', { consumer: 'Zed Unknown' })], context());
    expect(row!.status).toBe('Needs review');
    expect(row!.values.matchId).toBe('');
    expect(row!.values.attendees).toBe('Bo Diaz, Zed Unknown');
    expect(String(row!.values.notes)).toMatch(/^Needs review:\nMet with: no consumer named "Zed Unknown"/);
  });

  it('lays rows out by the tab\'s own header order', () => {
    const header = ['Status', 'Response ID', 'Name', 'Mystery column'];
    const layout = resolveLayout(header, APPLICATION_COLUMNS);
    const [row] = prepareIntake([aSubmission('mentor-application')], context());
    expect(layoutRow(row!.values, layout).slice(0, 4)).toEqual(['New', row!.responseId, 'Bo Diaz', '']);
    expect(layout.missing.map((column) => column.header)).toContain('Issues');
    expect(resolveLayout(['Review ID', 'Match', 'Date'], REVIEW_COLUMNS).columns).toMatchObject({ id: 0, matchId: 1, date: 2 });
  });

  const anyAnswer = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.constantFrom('=HYPERLINK("http://x")', '+1-2', '-3', '@SUM(A1)', '\t=1', '\r=1', 'مرحبا بالعالم', '\u202eevil', '', ' '),
    fc.nat().map((n) => 'x'.repeat(n % 3 === 0 ? 50000 : n % 1000)),
    fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
    fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }),
    fc.object({ maxDepth: 1 }),
  );

  it('lands 500 fuzzed submissions: every one gets a row, no cell is a formula or over the cell limit', () => {
    const keys = ['name', 'email', 'phone', 'address', 'city', 'zip', 'goalAreas', 'skills', 'workOn', 'experience', 'languages', 'availability', 'travelMode', 'preferences', 'adaDisability', 'maxMentees', 'consent', 'mentor', 'consumer', 'date', 'minutes', 'goals', 'progress', 'notes', 'other:Extra'];
    const submissions = fc.sample(
      fc.record({ kind: fc.constantFrom('consumer-request', 'mentor-application', 'mentor-check-in' as const), answers: fc.dictionary(fc.constantFrom(...keys), anyAnswer) }),
      { numRuns: 500, seed: 7 },
    ).map(({ kind, answers }, i): Submission => ({ responseId: `fuzz-${i}`, formKind: kind, submittedAt: '2026-03-03T00:00:00.000Z', answers }));
    const rows = prepareIntake(submissions, context());
    expect(rows).toHaveLength(500);
    expect(new Set(rows.map((row) => row.responseId)).size).toBe(500);
    for (const row of rows) {
      for (const [key, value] of Object.entries(row.values)) {
        if (typeof value !== 'string') continue;
        // A normalized phone number (+16515550100) is the one value that starts with "+"; RAW input keeps it text.
        if (looksLikeFormula(value)) expect([key, value]).toEqual(['phone', expect.stringMatching(/^\+1\d{10}$/)]);
        expect(value.length).toBeLessThanOrEqual(50000);
      }
    }
  });
});

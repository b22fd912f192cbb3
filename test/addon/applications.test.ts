import { APPLICATION_COLUMNS, APPLICATION_HEADERS } from '../../src/domain/intake/application-row';
import { layoutRow, resolveLayout } from '../../src/domain/intake/tab-layout';
import { prepareIntake } from '../../src/domain/intake/prepare-intake';
import type { KnownPerson } from '../../src/domain/intake/duplicates';
import type { FakeSpreadsheet } from '../../src/workbench/gas';
import { aSubmission } from '../helpers/intake-submissions';
import { callError, demoSpreadsheet, setUp, sidebarCall, startAddon } from '../helpers/addon-runtime';

function records(ss: FakeSpreadsheet, tab: string): Record<string, unknown>[] {
  const [header, ...rows] = ss.sheet(tab)!.values();
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [String(h), row[i]])));
}

function knownPeople(ss: FakeSpreadsheet): KnownPerson[] {
  return [...records(ss, 'Mentors').map((m) => ({ id: String(m['Mentor ID']), ...m })), ...records(ss, 'Consumers').map((c) => ({ id: String(c['Consumer ID']), ...c }))].map((p: any) => ({
    id: p.id, name: String(p.Name), email: p.Email ? String(p.Email).toLowerCase() : null, phone: null, zip: p.ZIP ? String(p.ZIP) : null,
  }));
}

/** Lands submissions on the Applications tab the way the intake function writes them (the real intake domain). */
function landApplications(ss: FakeSpreadsheet, submissions: ReturnType<typeof aSubmission>[]): void {
  const rows = prepareIntake(submissions, { people: knownPeople(ss), applications: [], checkIns: { mentors: [], consumers: [], matches: [] } as never, nextReviewId: () => 'V-9999' });
  const sheet = ss.sheet('Applications')!;
  const layout = resolveLayout(APPLICATION_HEADERS, APPLICATION_COLUMNS);
  sheet.load([[...APPLICATION_HEADERS], ...rows.map((r) => layoutRow(r.values, layout))]);
}

function inbox() {
  const ss = demoSpreadsheet();
  const addon = startAddon(ss);
  setUp(addon);
  return { ss, addon };
}

describe('deciding applications in the built add-on', () => {
  it('accepting a request creates the consumer and their goals with new IDs, one write per tab, audited, Record ID filled in', () => {
    const { ss, addon } = inbox();
    const submission = aSubmission('consumer-request', { name: 'Ann Newperson', email: 'ann.new@example.org', phone: '(651) 555-0199' });
    landApplications(ss, [submission]);
    const consumersBefore = records(ss, 'Consumers').length;
    const goalsBefore = records(ss, 'Goals').length;
    expect(sidebarCall(addon, 'listApplications').map((a: { responseId: string }) => a.responseId)).toEqual([submission.responseId]);

    addon.counter.reset();
    const result = sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'accept' });
    expect(result.status).toBe('Accepted');
    expect(result.recordId).toMatch(/^C-\d{4}$/);
    expect(result.goalIds).toHaveLength(2);
    expect(result.message).toContain(result.recordId);
    expect(result.message).not.toContain('Ann');

    const consumers = records(ss, 'Consumers');
    expect(consumers).toHaveLength(consumersBefore + 1);
    const created = consumers.find((c) => c['Consumer ID'] === result.recordId)!;
    expect(created).toMatchObject({ Name: 'Ann Newperson', Email: 'ann.new@example.org', Status: 'Waiting', 'ADA eligible': 'Yes' });
    expect(String(created.ZIP)).toBe('55104');
    expect(consumers.filter((c) => c['Consumer ID'] === result.recordId)).toHaveLength(1);
    const goals = records(ss, 'Goals');
    expect(goals).toHaveLength(goalsBefore + 2);
    expect(goals.filter((g) => g['Consumer ID'] === result.recordId).map((g) => g['Goal ID']).sort()).toEqual([...result.goalIds].sort());
    expect(goals.filter((g) => g['Consumer ID'] === result.recordId).map((g) => g.Area).sort()).toEqual(['Employment', 'Transportation / mobility']);
    const application = records(ss, 'Applications').find((a) => a['Response ID'] === submission.responseId)!;
    expect(application).toMatchObject({ Status: 'Accepted', 'Record ID': result.recordId });

    // Only changed cells are written: one append each to Consumers (its one row by appendRow) and Goals, the
    // Applications row's Status and Record ID (two writes, the Issues and Duplicate of cells between them untouched),
    // then the Audit rows.
    const writes = addon.counter.snapshot();
    expect([writes['Range.setValues'], writes['Sheet.appendRow']]).toEqual([4, 1]);
    const audit = records(ss, 'Audit').slice(-4).map((a) => [a.Action, a.Record]);
    expect(audit).toEqual([
      ['consumer.create', result.recordId], ['goal.create', result.goalIds[0]], ['goal.create', result.goalIds[1]], ['application.accept', submission.responseId],
    ]);
    expect(JSON.stringify(records(ss, 'Audit'))).not.toMatch(/Ann|ann\.new|555-0199/);

    // The new consumer can be matched straight away.
    expect(sidebarCall(addon, 'getMatchSuggestions', result.recordId).consumer.id).toBe(result.recordId);
    expect(callError(() => sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'accept' })).code).toBe('APPLICATION.DECIDED');
  });

  it('copies an accepted application under the one inert-text rule: text that could run as a formula keeps its guard, even after a CSV export', () => {
    const { ss, addon } = inbox();
    const submission = aSubmission('consumer-request', { name: '=HYPERLINK("http://x","y")', preferences: '\u200b＝cmd|calc', email: 'guard@example.org' });
    landApplications(ss, [submission]);
    const result = sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'accept' });
    const created = records(ss, 'Consumers').find((c) => c['Consumer ID'] === result.recordId)!;
    expect(created.Name).toBe('\'=HYPERLINK("http://x","y")');
    // Intake already dropped the invisible character; the full-width sign is guarded all the same.
    expect(created.Preferences).toBe('\'＝cmd|calc');
    expect([...ss.sheet('Consumers')!.formulas.keys()]).toEqual([]);
  });

  it('accepting a mentor application creates an active mentor with their skills', () => {
    const { ss, addon } = inbox();
    const submission = aSubmission('mentor-application', { name: 'Bo Newmentor', email: 'bo.new@example.org' });
    landApplications(ss, [submission]);
    const result = sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'accept' });
    expect(result.recordId).toMatch(/^M-\d{4}$/);
    const mentor = records(ss, 'Mentors').find((m) => m['Mentor ID'] === result.recordId)!;
    expect(mentor).toMatchObject({ Name: 'Bo Newmentor', Status: 'Active', 'Max mentees': 2 });
    expect(String(mentor.Skills)).toMatch(/Finances/);
  });

  it('rejecting needs a reason, which is kept on the row and never in the audit trail', () => {
    const { ss, addon } = inbox();
    const submission = aSubmission('consumer-request', { name: 'Cy Reject' });
    landApplications(ss, [submission]);
    expect(callError(() => sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'reject' })).code).toBe('INPUT.REASON_NEEDED');
    const result = sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'reject', reason: 'Lives outside our service area' });
    expect(result.status).toBe('Rejected');
    const row = records(ss, 'Applications').find((a) => a['Response ID'] === submission.responseId)!;
    expect(row.Status).toBe('Rejected');
    expect(String(row.Issues)).toContain('rejected: Lives outside our service area');
    expect(row['Record ID']).toBe('');
    expect(JSON.stringify(records(ss, 'Audit'))).not.toContain('service area');
  });

  it('merging fills blank contact fields on the possible duplicate, keeps values already there, and lists both', () => {
    const { ss, addon } = inbox();
    const existing = records(ss, 'Consumers')[4]!;
    const id = String(existing['Consumer ID']);
    // The coordinator never recorded this consumer's phone or address.
    const sheet = ss.sheet('Consumers')!;
    const header = sheet.values()[0]!;
    const at = sheet.values().findIndex((r) => r[0] === id);
    sheet.cells[at]![header.indexOf('Phone')] = '';
    sheet.cells[at]![header.indexOf('Address')] = '';
    const submission = aSubmission('consumer-request', {
      name: existing.Name, email: 'new.address@example.org', phone: '(651) 555-0177', address: '12 New St', city: existing.City, zip: String(existing.ZIP),
    });
    landApplications(ss, [submission]);
    const listed = sidebarCall(addon, 'listApplications')[0];
    expect(listed.duplicateOf).toContain(id);
    const consumersBefore = records(ss, 'Consumers').length;

    const result = sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'merge', into: id });
    expect(result).toMatchObject({ status: 'Merged', recordId: id, filled: ['phone', 'address'], kept: ['email'] });
    expect(result.message).toMatch(new RegExp(`merged into ${id}: filled phone, address; kept the existing email`));
    const after = records(ss, 'Consumers');
    expect(after).toHaveLength(consumersBefore);
    const merged = after.find((c) => c['Consumer ID'] === id)!;
    expect(merged).toMatchObject({ Email: existing.Email, Phone: '+16515550177', Address: '12 New St' });
    expect(records(ss, 'Applications')[0]).toMatchObject({ Status: 'Merged', 'Record ID': id });
    const audit = records(ss, 'Audit').at(-1)!;
    expect(audit).toMatchObject({ Action: 'application.merge', Record: submission.responseId });
    expect(String(audit.Details)).toBe(`into ${id}; filled: phone, address; kept: email`);
  });

  it('refuses to merge a request into a mentor, or into someone no longer on the sheet', () => {
    const { ss, addon } = inbox();
    const submission = aSubmission('consumer-request', { name: 'Dee Merge' });
    landApplications(ss, [submission]);
    expect(callError(() => sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'merge', into: 'M-0001' })).code).toBe('APPLICATION.MERGE_TARGET');
    expect(callError(() => sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'merge' })).code).toBe('APPLICATION.NO_DUPLICATE');
    expect(records(ss, 'Applications')[0]!.Status).not.toMatch(/Merged/);
  });

  it('accepting an application without a name says what to fix and writes nothing', () => {
    const { ss, addon } = inbox();
    const submission = aSubmission('consumer-request', { name: '' });
    landApplications(ss, [submission]);
    const before = JSON.stringify(ss.sheets.map((s) => s.values()));
    expect(callError(() => sidebarCall(addon, 'decideApplication', { responseId: submission.responseId, decision: 'accept' })).code).toBe('INTAKE.NO_NAME');
    expect(JSON.stringify(ss.sheets.map((s) => s.values()))).toBe(before);
  });
});

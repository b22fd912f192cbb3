// Lands form submissions on a spreadsheet's Applications tab the way the intake function writes them (the real intake domain).
import { APPLICATION_COLUMNS, APPLICATION_HEADERS } from '../../src/domain/intake/application-row';
import type { KnownPerson } from '../../src/domain/intake/duplicates';
import { prepareIntake } from '../../src/domain/intake/prepare-intake';
import { layoutRow, resolveLayout } from '../../src/domain/intake/tab-layout';
import type { FakeSpreadsheet } from '../../src/workbench/gas';
import type { aSubmission } from './intake-submissions';

export function tabRecords(ss: FakeSpreadsheet, tab: string): Record<string, unknown>[] {
  const [header, ...rows] = ss.sheet(tab)!.values();
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [String(h), row[i]])));
}

export function knownPeople(ss: FakeSpreadsheet): KnownPerson[] {
  return [...tabRecords(ss, 'Mentors').map((m) => ({ id: String(m['Mentor ID']), ...m })), ...tabRecords(ss, 'Consumers').map((c) => ({ id: String(c['Consumer ID']), ...c }))].map((p: any) => ({
    id: p.id, name: String(p.Name), email: p.Email ? String(p.Email).toLowerCase() : null, phone: null, zip: p.ZIP ? String(p.ZIP) : null,
  }));
}

export function landApplications(ss: FakeSpreadsheet, submissions: ReturnType<typeof aSubmission>[]): void {
  const rows = prepareIntake(submissions, { people: knownPeople(ss), applications: [], checkIns: { mentors: [], consumers: [], matches: [] } as never, nextReviewId: () => 'V-9999' });
  const sheet = ss.sheet('Applications')!;
  const layout = resolveLayout(APPLICATION_HEADERS, APPLICATION_COLUMNS);
  sheet.load([[...APPLICATION_HEADERS], ...rows.map((r) => layoutRow(r.values, layout))]);
}

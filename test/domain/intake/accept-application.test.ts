import { acceptApplication, APPLICATION_HEADERS, APPLICATION_COLUMNS, layoutRow, prepareIntake, resolveLayout } from '../../../src/domain/intake';
import { isDomainError } from '../../../src/domain/errors';
import { aSubmission } from '../../helpers/intake-submissions';

const noPeople = { people: [], applications: [], checkIns: { mentors: [], consumers: [], matches: [], goals: [] }, nextReviewId: () => 'R-0001' };

function rowFor(kind: 'consumer-request' | 'mentor-application', answers: Record<string, unknown> = {}) {
  const [prepared] = prepareIntake([aSubmission(kind, answers)], noPeople);
  return layoutRow(prepared!.values, resolveLayout(APPLICATION_HEADERS, APPLICATION_COLUMNS));
}

const ids = { mentorIds: ['M-0001', 'M-0007'], consumerIds: ['C-0041', 'C-0042'], goalIds: ['G-0100'], today: '2026-03-05' };

describe('acceptApplication', () => {
  it('creates the consumer with the next free ID, and one goal per area', () => {
    const accepted = acceptApplication({ header: APPLICATION_HEADERS, row: rowFor('consumer-request'), ...ids });
    expect(accepted).toMatchObject({ tab: 'consumers', recordId: 'C-0043', applicationUpdate: { status: 'Accepted', recordId: 'C-0043' }, warnings: [] });
    expect(accepted.record).toMatchObject({
      id: 'C-0043', name: 'Ann Lee', email: 'ann.lee@example.org', phone: '+16515550142', zip: '55104', goalAreas: 'Employment, Transportation / mobility',
      adaEligible: 'Yes', status: 'waiting', requestedOn: '2026-03-03', livedExperienceWanted: 'uses a wheelchair', languages: 'English, ASL',
    });
    expect(accepted.goals.map((goal) => [goal.id, goal.consumerId, goal.area, goal.status, goal.setOn])).toEqual([
      ['G-0101', 'C-0043', 'Employment', 'not-started', '2026-03-05'],
      ['G-0102', 'C-0043', 'Transportation / mobility', 'not-started', '2026-03-05'],
    ]);
  });

  it('creates a mentor with skills and capacity', () => {
    const accepted = acceptApplication({ header: APPLICATION_HEADERS, row: rowFor('mentor-application'), ...ids });
    expect(accepted).toMatchObject({ tab: 'mentors', recordId: 'M-0008', goals: [] });
    expect(accepted.record).toMatchObject({ skills: 'Finances / benefits, Consumer / legal rights', maxMentees: 2, status: 'active', livedExperience: 'blind' });
  });

  it('uses the values the coordinator fixed on the row', () => {
    const row = rowFor('consumer-request', { zip: 'fifty five' });
    const layout = resolveLayout(APPLICATION_HEADERS, APPLICATION_COLUMNS);
    expect(acceptApplication({ header: APPLICATION_HEADERS, row, ...ids }).warnings).toEqual(['ZIP: "fifty five" is not a ZIP code (use 5 digits, like 55104)']);
    row[layout.columns.zip!] = '55105';
    expect(acceptApplication({ header: APPLICATION_HEADERS, row, ...ids }).record.zip).toBe('55105');
  });

  it('refuses to accept twice, with a stable code', () => {
    const row = rowFor('consumer-request');
    row[resolveLayout(APPLICATION_HEADERS, APPLICATION_COLUMNS).columns.recordId!] = 'C-0043';
    try {
      acceptApplication({ header: APPLICATION_HEADERS, row, ...ids });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('INTAKE.ALREADY_ACCEPTED');
    }
  });

  it('reads the guard apostrophe off a name that started like a formula', () => {
    expect(acceptApplication({ header: APPLICATION_HEADERS, row: rowFor('mentor-application', { name: '=Bo' }), ...ids }).record.name).toBe('=Bo');
  });
});

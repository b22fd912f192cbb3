import { normalizeSubmission, NormalizedApplication, NormalizedCheckIn } from '../../../src/domain/intake';
import { aSubmission } from '../../helpers/intake-submissions';

const application = (answers: Record<string, unknown> = {}, kind: 'consumer-request' | 'mentor-application' = 'consumer-request') => {
  const { value, issues } = normalizeSubmission(aSubmission(kind, answers));
  return { value: value as NormalizedApplication, issues, codes: issues.map((issue) => issue.code) };
};

describe('normalizeSubmission', () => {
  it('normalizes a well-filled request: names collapsed, email lower case, phone E.164, ZIP5, areas from plain words', () => {
    const { value, issues } = application();
    expect(issues).toEqual([]);
    expect(value).toMatchObject({
      name: 'Ann Lee',
      email: 'ann.lee@example.org',
      phone: '+16515550142',
      zip: '55104',
      areas: ['employment', 'transportation'],
      languages: ['English', 'ASL'],
      availability: ['tue-afternoon'],
      travelMode: 'transit',
      sharedExperienceWanted: true,
      livedExperience: ['uses a wheelchair'],
      adaDisability: true,
      consent: true,
    });
  });

  it('reads a mentor application: skills, mentee count and lived experience', () => {
    const { value, issues } = application({}, 'mentor-application');
    expect(issues).toEqual([]);
    expect(value).toMatchObject({ kind: 'mentor-application', areas: ['finances-benefits', 'rights'], maxMentees: 2, travelMode: 'drive', availability: expect.arrayContaining(['mon-evening', 'fri-evening']) });
  });

  it('reads goal areas typed in the "Other" box in everyday words', () => {
    expect(application({ goalAreas: ['rides & getting around', 'budgeting'] }).value.areas).toEqual(['transportation', 'finances-benefits']);
  });

  it('keeps a bad answer as typed and lists a readable reason, never rejecting the submission', () => {
    const { value, issues, codes } = application({ email: 'ann at example', phone: '555', zip: '5510' });
    expect(codes).toEqual(['INTAKE.BAD_EMAIL', 'INTAKE.BAD_PHONE', 'INTAKE.BAD_ZIP']);
    expect(value.unread).toEqual({ email: 'ann at example', phone: '555', zip: '5510' });
    expect(issues[2]!.message).toBe('"5510" is not a ZIP code (use 5 digits, like 55104)');
  });

  it('flags what the program needs to know: no contact, no disability, no consent, no areas', () => {
    const { codes } = application({ email: '', phone: '', adaDisability: 'No', consent: '', goalAreas: [] });
    expect(codes).toEqual(expect.arrayContaining(['INTAKE.NO_CONTACT', 'INTAKE.NOT_ADA_ELIGIBLE', 'INTAKE.NO_CONSENT', 'INTAKE.NO_AREAS']));
  });

  it('reports a missing name and ZIP', () => {
    expect(application({ name: '   ', zip: null }).codes).toEqual(['INTAKE.MISSING_NAME', 'INTAKE.MISSING_ZIP']);
  });

  it('reports an unknown goal area and keeps it as typed', () => {
    const { value, codes } = application({ goalAreas: ['Finding or keeping a job', 'knitting'] });
    expect(value.areas).toEqual(['employment']);
    expect(value.areasUnread).toEqual(['knitting']);
    expect(codes).toEqual(['INTAKE.UNKNOWN_AREA']);
  });

  it('keeps answers to questions the coordinator added to the form', () => {
    expect(application({ 'other:How did you hear about us?': 'A friend' }).value.extra).toEqual([{ title: 'How did you hear about us?', answer: 'A friend' }]);
  });

  it('reads answers of the wrong type without crashing', () => {
    const { value } = application({ name: 42, email: ['a@b.org'], zip: 55104, consent: true, goalAreas: { weird: 1 }, languages: null });
    expect(value).toMatchObject({ name: '42', email: 'a@b.org', zip: '55104', consent: true, languages: [] });
  });

  it('reads a check-in: date, minutes, goals and progress', () => {
    const { value, issues } = normalizeSubmission(aSubmission('mentor-check-in'));
    expect(issues).toEqual([]);
    expect(value as NormalizedCheckIn).toMatchObject({ mentor: 'Bo Diaz', consumer: 'Ann Lee', date: '2026-03-03', minutes: 60, goals: ['employment'], progress: 'Good progress' });
  });

  it('reports a check-in date it cannot read', () => {
    const { value, issues } = normalizeSubmission(aSubmission('mentor-check-in', { date: 'last week', minutes: 'an hour' }));
    expect(issues.map((issue) => issue.code)).toEqual(['INTAKE.BAD_DATE', 'INTAKE.BAD_COUNT']);
    expect((value as NormalizedCheckIn).unread).toEqual({ date: 'last week', minutes: 'an hour' });
  });
});

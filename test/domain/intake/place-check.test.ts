// Tests what the intake looks up on a map for an application, and what each outcome puts on the Applications row.
import { idAllocator } from '../../../src/domain/ids';
import { applicationPlace, IntakeContext, PLACE_NOT_FOUND_MESSAGE, PLACE_UNCHECKED_MESSAGE, PlaceCheck, prepareIntake } from '../../../src/domain/intake';
import { aSubmission } from '../../helpers/intake-submissions';

const context = (places: Record<string, PlaceCheck>): IntakeContext => ({
  people: [],
  applications: [],
  checkIns: { mentors: [], consumers: [], matches: [], goals: [] },
  nextReviewId: idAllocator('R', []),
  places: new Map(Object.entries(places)),
});

describe('applicationPlace', () => {
  it('asks for "street, city" and the 5-digit ZIP, the way the add-on asks proximity about a person', () => {
    expect(applicationPlace(aSubmission('consumer-request', { address: ' 1600  University Ave W ', city: 'St Paul', zip: '55104-1234' }))).toEqual({
      address: '1600 University Ave W, St Paul',
      zip: '55104',
    });
  });

  it('falls back to what there is: the ZIP alone, or the address without a readable ZIP', () => {
    expect(applicationPlace(aSubmission('mentor-application', { address: '', city: 'Minneapolis', zip: '55414' }))).toEqual({ zip: '55414' });
    expect(applicationPlace(aSubmission('mentor-application', { address: '200 Lake St', city: '', zip: '554' }))).toEqual({ address: '200 Lake St' });
  });

  it('looks up nothing for a check-in, or when neither an address nor a ZIP was given', () => {
    expect(applicationPlace(aSubmission('mentor-check-in'))).toBeUndefined();
    expect(applicationPlace(aSubmission('mentor-application', { address: ' ', city: 'Minneapolis', zip: '' }))).toBeUndefined();
  });
});

describe('prepareIntake with place checks', () => {
  const fresh = (kind: 'consumer-request' | 'mentor-application' = 'mentor-application') => aSubmission(kind, { name: 'Rae Quill', email: 'rae@example.org', phone: '' });

  it('lists a place no map could find and sets Needs review', () => {
    const submission = fresh();
    const [row] = prepareIntake([submission], context({ [submission.responseId]: 'not-found' }));
    expect(row).toMatchObject({ status: 'Needs review', issueCodes: ['INTAKE.PLACE_NOT_FOUND'] });
    expect(row!.values.issues).toBe(`Address: ${PLACE_NOT_FOUND_MESSAGE}`);
  });

  it('says a place could not be checked right now, without calling it missing', () => {
    const submission = fresh('consumer-request');
    const [row] = prepareIntake([submission], context({ [submission.responseId]: 'unchecked' }));
    expect(row).toMatchObject({ status: 'Needs review', issueCodes: ['INTAKE.PLACE_UNCHECKED'] });
    expect(row!.values.issues).toBe(`Address: ${PLACE_UNCHECKED_MESSAGE}`);
  });

  it('adds nothing for a street-level or ZIP-area match, or when no check was made', () => {
    const submissions = [fresh(), aSubmission('mentor-application', { name: 'Tam Ortiz', email: 'tam@example.org', phone: '' }), aSubmission('mentor-application', { name: 'Lu Vance', email: 'lu@example.org', phone: '' })];
    const rows = prepareIntake(submissions, context({ [submissions[0]!.responseId]: 'found', [submissions[1]!.responseId]: 'zip-centroid' }));
    expect(rows.map((row) => [row.status, row.values.issues])).toEqual([['New', ''], ['New', ''], ['New', '']]);
  });

  it('keeps the place issue after the answers\' own issues', () => {
    const submission = aSubmission('mentor-application', { name: 'Rae Quill', email: 'rae@example.org', phone: '', zip: '554' });
    const [row] = prepareIntake([submission], context({ [submission.responseId]: 'not-found' }));
    expect(row!.issueCodes).toEqual(['INTAKE.BAD_ZIP', 'INTAKE.PLACE_NOT_FOUND']);
    expect(row!.values.issues).toBe(`ZIP: "554" is not a ZIP code (use 5 digits, like 55104)\nAddress: ${PLACE_NOT_FOUND_MESSAGE}`);
  });
});

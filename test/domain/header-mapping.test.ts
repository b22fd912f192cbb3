import { findTabs, mapHeaders, MATCH_HOW_LABELS } from '../../src/domain/header-mapping';
import { tabSpec } from '../../src/domain/schema';

const mentors = tabSpec('mentors');
const consumers = tabSpec('consumers');

describe('mapHeaders', () => {
  it('maps the wordings coordinators really use', () => {
    const mapping = mapHeaders(mentors, 'Volunteers', ['Full Name', 'E-mail Address', 'Cell Phone', 'Street Address', 'Zip Code', 'Areas I can help with', 'Max # of mentees', 'Languages spoken']);
    expect(mapping.columns).toMatchObject({ name: 0, email: 1, phone: 2, address: 3, zip: 4, skills: 5, maxMentees: 6, languages: 7 });
    expect(mapping.missing).toEqual([]);
    expect(mapping.ambiguous).toEqual([]);
  });

  it('ignores case, spacing and punctuation', () => {
    const mapping = mapHeaders(consumers, 'Consumers', ['  consumer_id ', 'NAME', 'postal-code', 'ADA Eligible?', 'Date Requested']);
    expect(mapping.columns).toMatchObject({ id: 0, name: 1, zip: 2, adaEligible: 3, requestedOn: 4 });
  });

  it('accepts Capacity and Postal code as synonyms', () => {
    expect(mapHeaders(mentors, 'M', ['Name', 'Postal code', 'Capacity']).columns).toMatchObject({ zip: 1, maxMentees: 2 });
  });

  it('gives "Email Address" to Email and still finds the street address', () => {
    const mapping = mapHeaders(mentors, 'M', ['Name', 'Email Address', 'Home Address']);
    expect(mapping.columns.email).toBe(1);
    expect(mapping.columns.address).toBe(2);
  });

  it('reads close misspellings and says they were fuzzy', () => {
    const mapping = mapHeaders(mentors, 'M', ['Name', 'Adress', 'Emial']);
    expect(mapping.matches.find((m) => m.field === 'address')).toMatchObject({ column: 1, how: 'fuzzy' });
    expect(mapping.matches.find((m) => m.field === 'email')).toMatchObject({ column: 2, how: 'fuzzy' });
  });

  it('accepts first and last name columns instead of one name column', () => {
    const mapping = mapHeaders(mentors, 'M', ['First Name', 'Last Name', 'ZIP']);
    expect(mapping.missing).toEqual([]);
    expect(mapping.columns).toMatchObject({ firstName: 0, lastName: 1, zip: 2 });
  });

  it('reports required fields that are missing', () => {
    const mapping = mapHeaders(mentors, 'M', ['Skills', 'Phone']);
    expect(mapping.missing).toEqual(['a name', 'a location (ZIP or address)']);
  });

  it('reports a duplicated header as ambiguous instead of picking one', () => {
    const mapping = mapHeaders(mentors, 'M', ['Name', 'ZIP', 'Email', 'Email']);
    expect(mapping.ambiguous).toEqual([{ field: 'email', headers: [{ column: 2, header: 'Email' }, { column: 3, header: 'Email' }] }]);
    expect(mapping.columns.email).toBeUndefined();
  });

  it('lets a saved mapping win over any guess, and reports a saved header that disappeared', () => {
    const saved = mapHeaders(mentors, 'M', ['Name', 'Home ZIP', 'Work ZIP'], { zip: 'Work ZIP' });
    expect(saved.columns.zip).toBe(2);
    expect(saved.matches.find((m) => m.field === 'zip')?.how).toBe('saved');
    const stale = mapHeaders(mentors, 'M', ['Name', 'Zip Code'], { zip: 'Postcode' });
    expect(stale.stale).toEqual([{ field: 'zip', header: 'Postcode' }]);
  });

  it('lists headers nothing claimed, and skips blank headers', () => {
    const mapping = mapHeaders(mentors, 'M', ['Name', 'ZIP', '', 'Favorite color']);
    expect(mapping.unmapped).toEqual([{ column: 3, header: 'Favorite color' }]);
  });

  it('does not let a short word inside a longer header claim a field', () => {
    const mapping = mapHeaders(tabSpec('goals'), 'Goals', ['Consumer ID', 'Area', 'Goal']);
    expect(mapping.columns.id).toBeUndefined();
    expect(mapping.columns.consumerId).toBe(0);
  });
});

describe('findTabs', () => {
  it('finds tabs by their own names and common alternatives', () => {
    const tabs = findTabs(['Volunteers', 'Mentees', 'Consumer Goals', 'Sheet4']);
    const byKey = Object.fromEntries(tabs.map((t) => [t.key, t.tab]));
    expect(byKey).toMatchObject({ mentors: 'Volunteers', consumers: 'Mentees', goals: 'Consumer Goals', matches: null });
  });

  it('prefers a saved tab choice', () => {
    const tabs = findTabs(['Mentors', 'Mentors 2025'], { version: 1, tabs: { mentors: { tab: 'Mentors 2025', fields: {} } } });
    expect(tabs.find((t) => t.key === 'mentors')?.tab).toBe('Mentors 2025');
  });
});

describe('columns about another person', () => {
  it.each([
    ['Guardian Name', 'name'], ['Parent/Guardian Email', 'email'], ['Emergency Contact Phone', 'phone'], ['Caregiver Name', 'name'],
    ['Case Manager', 'name'], ['Case manager phone', 'phone'], ['Contact Person Email', 'email'], ['Referred by', 'name'], ['Guardian address', 'address'],
  ])('never takes "%s" for the person\'s own %s', (header, field) => {
    const mapping = mapHeaders(consumers, 'Consumers', ['First Name', 'Last Name', 'ZIP', header]);
    expect(mapping.columns[field]).not.toBe(3);
    expect(mapping.otherPerson).toEqual([{ column: 3, header }]);
  });

  it('maps first and last name even when a guardian\'s name comes first', () => {
    const mapping = mapHeaders(consumers, 'Consumers', ['Guardian Name', 'First Name', 'Last Name', 'Phone', 'ZIP']);
    expect(mapping.columns).toMatchObject({ firstName: 1, lastName: 2, phone: 3, zip: 4 });
    expect(mapping.columns.name).toBeUndefined();
    expect(mapping.missing).toEqual([]);
  });
});

describe('honest labels', () => {
  it('calls only the field\'s own header exact; other wordings are common wording or a guess to check', () => {
    const mapping = mapHeaders(mentors, 'M', ['Name', 'Zip Code', 'Home Phone', 'Adress']);
    const label = (field: string) => MATCH_HOW_LABELS[mapping.matches.find((m) => m.field === field)!.how];
    expect(label('name')).toBe('exact header');
    expect(label('zip')).toBe('common wording');
    expect(label('phone')).toBe('a guess to check');
    expect(label('address')).toBe('a guess to check');
  });
});

describe('a full name beside first and last names', () => {
  it('asks which to use, reading first + last until the coordinator chooses', () => {
    const mapping = mapHeaders(mentors, 'M', ['Name', 'First Name', 'Last Name', 'ZIP']);
    expect(mapping.nameChoice).toEqual({ full: { column: 0, header: 'Name' }, first: { column: 1, header: 'First Name' }, last: { column: 2, header: 'Last Name' } });
    expect(mapping.columns).toMatchObject({ firstName: 1, lastName: 2 });
    expect(mapping.columns.name).toBeUndefined();
    expect(mapping.missing).toEqual([]);
  });

  it('does not ask again once a choice is saved', () => {
    const mapping = mapHeaders(mentors, 'M', ['Name', 'First Name', 'Last Name', 'ZIP'], { name: 'Name' });
    expect(mapping.nameChoice).toBeNull();
    expect(mapping.columns.name).toBe(0);
  });
});

describe('numbered columns', () => {
  it('reads Goal 1, Goal 2 and Goal 3 as one field\'s columns', () => {
    const mapping = mapHeaders(consumers, 'C', ['Name', 'ZIP', 'Goal 1', 'Goal 2', 'Goal #3']);
    expect(mapping.columns.goalAreas).toBe(2);
    expect(mapping.more.goalAreas).toEqual([3, 4]);
    expect(mapping.ambiguous).toEqual([]);
  });

  it('reads "Goal area 2" beside a "Goal areas" column as a further column of it', () => {
    const mapping = mapHeaders(consumers, 'C', ['Name', 'ZIP', 'Goal areas', 'Goal area 2']);
    expect(mapping.columns.goalAreas).toBe(2);
    expect(mapping.more.goalAreas).toEqual([3]);
  });
});

describe('findTabs and the add-on\'s own tabs', () => {
  it('never gives the Proximity cache or Intake queue tab a role', () => {
    const tabs = findTabs(['Mentors', 'Consumers', 'Proximity cache', 'Intake queue']);
    expect(tabs.map((t) => t.tab)).not.toContain('Intake queue');
    expect(tabs.map((t) => t.tab)).not.toContain('Proximity cache');
  });
});

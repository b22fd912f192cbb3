import { findTabs, mapHeaders } from '../../src/domain/header-mapping';
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

import { describeDuplicate, indexPeople, KnownPerson, similarNames } from '../../../src/domain/intake';

const person = (over: Partial<KnownPerson>): KnownPerson => ({ id: 'C-0001', name: 'Ann Lee', email: null, phone: null, zip: '55104', ...over });

describe('similarNames', () => {
  it.each([
    ['Ann Lee', 'ann  lee'],
    ['Lee, Ann', 'Ann Lee'],
    ['Ann Lee', 'Ann Marie Lee'],
    ['A. Lee', 'Ann Lee'],
    ['Jon Smith', 'John Smith'],
    ['Mohamed Abdi', 'Mohammed Abdi'],
  ])('treats %p and %p as similar', (a, b) => expect(similarNames(a, b)).toBe(true));

  it.each([
    ['Ann Lee', 'Dan Brown'],
    ['Ann Lee', 'Ann Long'],
    ['', 'Ann Lee'],
  ])('tells %p and %p apart', (a, b) => expect(similarNames(a, b)).toBe(false));
});

describe('indexPeople', () => {
  const index = indexPeople([
    person({ id: 'C-0042', name: 'Ann Lee', email: 'ann@example.org', zip: '55104' }),
    person({ id: 'M-0003', name: 'Bo Diaz', phone: '+16515550100', zip: '55414' }),
    person({ id: 'C-0050', name: 'Ann Lee', zip: '55101' }),
  ]);

  it('finds the same email, the same phone, or a similar name in the same ZIP', () => {
    expect(index.find({ name: 'Someone', email: 'ANN@example.org', phone: null, zip: null })).toEqual([{ id: 'C-0042', reasons: ['email'] }]);
    expect(index.find({ name: 'X', email: null, phone: '+16515550100', zip: null })).toEqual([{ id: 'M-0003', reasons: ['phone'] }]);
    expect(index.find({ name: 'Lee, Ann', email: null, phone: null, zip: '55104' })).toEqual([{ id: 'C-0042', reasons: ['name-and-zip'] }]);
  });

  it('does not call a similar name in another ZIP a duplicate', () => {
    expect(index.find({ name: 'Ann Lee', email: null, phone: null, zip: '55406' })).toEqual([]);
  });

  it('puts the strongest evidence first and reads as a sentence', () => {
    const found = index.find({ name: 'Ann Lee', email: 'ann@example.org', phone: null, zip: '55104' });
    expect(found[0]).toEqual({ id: 'C-0042', reasons: ['email', 'name-and-zip'] });
    expect(describeDuplicate(found[0]!)).toBe('possible duplicate of C-0042 (same email, similar name and same ZIP)');
  });

  it('checks against people added during the batch, but never against the person themself', () => {
    const batch = indexPeople([]);
    batch.add(person({ id: 'r1', email: 'x@example.org' }));
    expect(batch.find({ id: 'r1', name: 'Ann Lee', email: 'x@example.org', phone: null, zip: '55104' })).toEqual([]);
    expect(batch.find({ id: 'r2', name: 'Q', email: 'x@example.org', phone: null, zip: null })).toEqual([{ id: 'r1', reasons: ['email'] }]);
  });
});

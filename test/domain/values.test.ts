import fc from 'fast-check';
import { readAvailability } from '../../src/domain/availability';
import { readCount, readDate, readEmail, readGoalAreas, readGoalPhrases, readList, readNumber, readPhone, readPhoneAndExtension, readYesNo, readZip, readChoice } from '../../src/domain/values';
import { MENTOR_STATUS_CHOICES } from '../../src/domain/schema';

const value = <T>(reading: { ok: true; value: T } | { ok: false; reason: string }) => {
  if (!reading.ok) throw new Error(`expected a value, got: ${reading.reason}`);
  return reading.value;
};

describe('readYesNo', () => {
  it.each(['Yes', 'y', 'TRUE', 'x', 'X', '1', 'yes - signed form', true, 1])('reads %p as yes', (cell) => expect(value(readYesNo(cell))).toBe(true));
  it.each(['No', 'n', 'FALSE', '0', false, 0])('reads %p as no', (cell) => expect(value(readYesNo(cell))).toBe(false));
  it('treats blank as not answered, and reports anything else', () => {
    expect(value(readYesNo('  '))).toBeNull();
    expect(readYesNo('maybe')).toEqual({ ok: false, reason: '"maybe" is not yes or no' });
  });
});

describe('readDate', () => {
  it.each([
    ['2026-03-03', '2026-03-03'],
    ['3/3/2026', '2026-03-03'],
    ['03/15/26', '2026-03-15'],
    ['12-1-2025', '2025-12-01'],
    ['March 3, 2026', '2026-03-03'],
    ['Mar 3rd 2026', '2026-03-03'],
    ['3 Mar 2026', '2026-03-03'],
    ['Tuesday, March 3, 2026', '2026-03-03'],
    ['2026-03-03T14:00:00Z', '2026-03-03'],
  ])('reads "%s"', (text, iso) => expect(value(readDate(text))).toBe(iso));

  it('reads date cells and spreadsheet serial numbers', () => {
    expect(value(readDate(new Date('2026-06-10T00:00:00Z')))).toBe('2026-06-10');
    expect(value(readDate(46183))).toBe('2026-06-10');
  });

  it.each(['next Tuesday', '2026-02-30', '13/45/2026', 'TBD'])('reports "%s" with what to type instead', (text) => {
    const reading = readDate(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toMatch(/is not a date/);
  });
});

describe('readZip', () => {
  it('keeps five digits of a ZIP+4 and pads numbers that lost a leading zero', () => {
    expect(value(readZip('55104-1234'))).toBe('55104');
    expect(value(readZip('551041234'))).toBe('55104');
    expect(value(readZip(55104))).toBe('55104');
    expect(value(readZip(2134))).toBe('02134');
  });
  it('reports what is not a ZIP', () => {
    expect(readZip('St Paul').ok).toBe(false);
    expect(readZip('5510').ok).toBe(false);
  });
});

describe('readPhone', () => {
  it.each(['(651) 646-8342', '651.646.8342', '651-646-8342', '+1 651 646 8342', '1-651-646-8342', 6516468342])('reads %p as E.164', (cell) => {
    expect(value(readPhone(cell))).toBe('+16516468342');
  });
  it('reports short, foreign and worded numbers', () => {
    expect(readPhone('646-8342').ok).toBe(false);
    expect(readPhone('+44 20 7946 0958').ok).toBe(false);
    expect(readPhone('call my sister').ok).toBe(false);
  });
});

describe('readEmail', () => {
  it('lower-cases and unwraps', () => {
    expect(value(readEmail('  Maria.Garcia@Example.ORG '))).toBe('maria.garcia@example.org');
    expect(value(readEmail('Maria <maria@example.org>'))).toBe('maria@example.org');
    expect(value(readEmail('mailto:ben@example.org'))).toBe('ben@example.org');
  });
  it('reports what is not an address', () => {
    expect(readEmail('maria at example dot org').ok).toBe(false);
    expect(readEmail('a@b').ok).toBe(false);
  });
});

describe('lists, counts, numbers, choices and goal areas', () => {
  it('splits lists on commas, semicolons and lines, dropping blanks and repeats', () => {
    expect(readList('English, Spanish;\nHmong ,, English')).toEqual(['English', 'Spanish', 'Hmong']);
  });
  it('reads counts and numbers as typed', () => {
    expect(value(readCount('2 people'))).toBe(2);
    expect(value(readCount('two'))).toBe(2);
    expect(readCount('a few').ok).toBe(false);
    expect(value(readNumber('80%'))).toBeCloseTo(0.8);
    expect(value(readNumber('1,200'))).toBe(1200);
  });
  it('reads a status through its synonyms', () => {
    expect(value(readChoice('On Hold', MENTOR_STATUS_CHOICES, 'status'))).toBe('on-hold');
    expect(readChoice('vacation', MENTOR_STATUS_CHOICES, 'status').ok).toBe(false);
  });
  it('keeps the goal areas it can read and reports the rest', () => {
    expect(readGoalAreas('Employment; rides & getting around, astrology')).toEqual({
      areas: ['employment', 'transportation'],
      problems: ['"astrology" is not a goal area we know'],
    });
  });
});

describe('readAvailability', () => {
  it('reads days, ranges, groups and parts of the day', () => {
    expect(value(readAvailability('Tue afternoons'))).toEqual(['tue-afternoon']);
    expect(value(readAvailability('Mon-Wed mornings'))).toEqual(['mon-morning', 'tue-morning', 'wed-morning']);
    expect(value(readAvailability('Tuesday & Thursday evenings'))).toEqual(['tue-evening', 'thu-evening']);
    expect(value(readAvailability('weekends'))).toHaveLength(6);
    expect(value(readAvailability('Anytime'))).toHaveLength(21);
  });
  it('reports text with neither days nor times', () => {
    expect(readAvailability('ask my mom').ok).toBe(false);
  });
});

describe('normalizers, for any input', () => {
  const anyCell = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
  const readers = { readYesNo, readDate, readZip, readPhone, readEmail, readCount, readNumber };

  it('never throw', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        for (const read of Object.values(readers)) read(cell);
        readList(cell);
        readGoalAreas(cell);
        if (typeof cell === 'string') readAvailability(cell);
      }),
      { numRuns: 500 },
    );
  });

  it('are idempotent: reading a normalized value gives it back', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        for (const read of [readDate, readZip, readPhone, readEmail]) {
          const first = read(cell);
          if (first.ok && first.value !== null) expect(read(first.value)).toEqual(first);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never invent data: a ZIP or phone is made only of digits that were in the input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const digits = text.replace(/\D/g, '');
        const zip = readZip(text);
        if (zip.ok && zip.value) expect(digits.startsWith(zip.value)).toBe(true);
        const phone = readPhone(text);
        if (phone.ok && phone.value) expect(digits.endsWith(phone.value.slice(2))).toBe(true);
        const email = readEmail(text);
        if (email.ok && email.value) expect(text.toLowerCase()).toContain(email.value);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('values real sheets hold', () => {
  it.each([
    ['yes 2/1/2026', '2026-02-01'], ['completed 1/10/2026', '2026-01-10'], ['Trained ✓ 3/3/26', '2026-03-03'], ['3/4/25', '2025-03-04'],
    ['N/A', null], ['-', null], ['none', null],
  ])('reads "%s" in a date column as %s', (text, iso) => expect(value(readDate(text))).toBe(iso));

  it.each([
    ['Trained ✓', /says yes but gives no date/], ['completed 6/10', /has no year/], [2026, /a year, not a date/], ['2026', /a year, not a date/],
    [12, /a number, not a date/], [true, /a checkbox, not a date/],
  ])('reports %p in a date column rather than guessing', (cell, reason) => {
    const reading = readDate(cell);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toMatch(reason);
  });

  it('reads yes/no from checkboxes, check marks and "yes" with a date', () => {
    expect(value(readYesNo(true))).toBe(true);
    expect(value(readYesNo(false))).toBe(false);
    expect(value(readYesNo('Trained ✓'))).toBe(true);
    expect(value(readYesNo('yes 2/1/2026'))).toBe(true);
    expect(value(readYesNo('not eligible'))).toBe(false);
    expect(value(readYesNo('N/A'))).toBeNull();
  });

  it.each([['2-3', 3], ['up to 3', 3], ['max 2', 2], ['2 or 3', 3], ['one', 1], ['three', 3], ['none', 0], ['N/A', null], ['-', null]])(
    'reads a capacity of "%s" as %p',
    (text, count) => expect(value(readCount(text, { upTo: true }))).toBe(count),
  );

  it('reports a range where a single count is needed', () => {
    expect(readCount('2-3').ok).toBe(false);
  });

  it('pads ZIPs stored as numbers and keeps the five digits of ZIP+4', () => {
    expect(value(readZip(2134))).toBe('02134');
    expect(value(readZip(551041234))).toBe('55104');
    expect(value(readZip('55104-1234'))).toBe('55104');
  });

  it('keeps a phone extension beside the number instead of dropping either', () => {
    expect(value(readPhoneAndExtension('651-555-0102 ext. 12'))).toEqual({ phone: '+16515550102', extension: '12' });
    expect(value(readPhoneAndExtension('617-555-0501 x204'))).toEqual({ phone: '+16175550501', extension: '204' });
    expect(value(readPhone('(651) 555-0103'))).toBe('+16515550103');
    expect(readPhone('651-555-0102 ext. 12')).toEqual({ ok: false, reason: '"651-555-0102 ext. 12" has an extension; put it in Notes' });
  });

  it('reads each phrase of a free-text goals cell, listing the ones it cannot place', () => {
    expect(readGoalPhrases('get a job, learn the bus; make friends and cook, sort out my mail')).toEqual([
      { text: 'get a job', areas: ['employment'], candidates: [] },
      { text: 'learn the bus', areas: ['transportation'], candidates: [] },
      { text: 'make friends and cook', areas: ['social-recreation', 'daily-living'], candidates: [] },
      { text: 'sort out my mail', areas: [], candidates: [] },
    ]);
    expect(readGoalAreas('get a job, sort out my mail')).toEqual({ areas: ['employment'], problems: ['"sort out my mail" is not a goal area we know'] });
  });
});

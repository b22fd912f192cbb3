// Error and issue codes come from one catalogue: `npm run typecheck` fails on a misspelt code (the @ts-expect-error
// lines below stop compiling if the misspelling were ever accepted), and every code is AREA.NAME.
import { ERROR_CODES, ErrorCode } from '../../src/domain/error-codes';
import { DomainError, Issue } from '../../src/domain/errors';

describe('the error code catalogue', () => {
  it('rejects a misspelt code at compile time, in errors and in issues', () => {
    // @ts-expect-error MATCH.NO_CAPACTY is not in the catalogue
    const error = new DomainError('MATCH.NO_CAPACTY', 'no room');
    // @ts-expect-error an area that does not exist
    const issue: Issue = { code: 'MATCHES.NO_CAPACITY', message: 'no room', location: { tab: 'Mentors' } };
    const fine: ErrorCode = 'MATCH.NO_CAPACITY';
    expect([error.code, issue.code, fine]).toEqual(['MATCH.NO_CAPACTY', 'MATCHES.NO_CAPACITY', 'MATCH.NO_CAPACITY']);
  });

  it('lists each code once, by area, in capitals', () => {
    for (const [area, names] of Object.entries(ERROR_CODES)) {
      expect(area).toMatch(/^[A-Z]+$/);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[A-Z][A-Z_]*$/);
    }
  });
});

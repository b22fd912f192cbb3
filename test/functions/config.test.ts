import { readClientIds, readEmailList } from '../../functions/src/config';

describe('the callers params', () => {
  it('takes several OAuth client IDs, so a development copy and the real add-on can both call', () => {
    expect(readClientIds(' dev-1.apps.googleusercontent.com,prod-2.apps.googleusercontent.com ')).toEqual(['dev-1.apps.googleusercontent.com', 'prod-2.apps.googleusercontent.com']);
    expect(readClientIds('')).toEqual([]);
  });

  it('reads emails and whole domains, lower-cased', () => {
    expect(readEmailList('Coordinator@MCIL.example, @mcil.example; ann@gmail.com')).toEqual(['coordinator@mcil.example', '@mcil.example', 'ann@gmail.com']);
  });

  it.each(['@gmail.com', '@GMail.com', '@outlook.com', '@yahoo.com'])('refuses the public mail domain %s with a sentence', (entry) => {
    expect(() => readEmailList(`coordinator@mcil.example, ${entry}`)).toThrow(
      `ALLOWED_CALLER_EMAILS lists ${entry.toLowerCase()}, which would let anyone with an account there call the functions: list those people's addresses one by one instead.`,
    );
  });
});

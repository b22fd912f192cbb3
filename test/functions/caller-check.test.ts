// Tests the caller check every endpoint shares: exact emails, and "@domain" entries that need the token's hd claim.
import { createCallerVerifier } from '../../functions/src/adapters/id-token-verifier';
import { TokenIssuer } from '../fakes/geo/id-tokens';
import { ALLOWED, AUDIENCE } from './support/proximity-harness';

const issuer = new TokenIssuer();
const check = createCallerVerifier({ audience: AUDIENCE, allowedEmails: ALLOWED, keys: async () => issuer.keys() });
const callerWith = (claims: Record<string, unknown>) => check(`Bearer ${issuer.sign(claims, AUDIENCE)}`);

describe('the caller check', () => {
  it('allows an email on the list, with or without a hosted domain', async () => {
    expect(await callerWith({})).toEqual({ ok: true, email: 'coordinator@example.org' });
  });

  it('allows a domain entry only for a Workspace account of that domain (hd claim)', async () => {
    expect(await callerWith({ email: 'staff@mcil.example', hd: 'mcil.example' })).toEqual({ ok: true, email: 'staff@mcil.example' });
    expect(await callerWith({ email: 'staff@mcil.example' })).toMatchObject({ ok: false, status: 403, code: 'AUTH.NOT_ALLOWED' });
    expect(await callerWith({ email: 'staff@mcil.example', hd: 'other.example' })).toMatchObject({ ok: false, status: 403, code: 'AUTH.NOT_ALLOWED' });
  });
});

// This file signs Google-style ID tokens for the functions tests with the workbench's local signer: every claim has a
// valid default that a test can override (or drop with undefined), so the verifier's checks can each be exercised.
import { LocalIdTokenSigner } from '../../../src/workbench/id-token-signer';

export interface IdTokenClaims {
  iss?: string;
  aud?: string;
  sub?: string;
  email?: string;
  email_verified?: boolean;
  iat?: number;
  exp?: number;
}

export class TokenIssuer {
  private readonly signer: LocalIdTokenSigner;

  constructor(kid = 'test-key-1') {
    this.signer = new LocalIdTokenSigner(kid);
  }

  get kid(): string {
    return this.signer.kid;
  }

  /** The certificates map the verifier is given (Google publishes the same shape). */
  keys(): Record<string, string> {
    return this.signer.keys();
  }

  /** A signed token with valid defaults, overridden by the test. */
  sign(overrides: IdTokenClaims & Record<string, unknown> = {}, audience = 'test-client.apps.googleusercontent.com'): string {
    const now = Math.floor(Date.now() / 1000);
    return this.signer.signClaims({
      iss: 'https://accounts.google.com',
      aud: audience,
      sub: '1234567890',
      email: 'coordinator@example.org',
      email_verified: true,
      iat: now - 10,
      exp: now + 3600,
      ...overrides,
    });
  }
}

// This file signs Google-style ID tokens with a local RSA key pair, so tests check real signatures offline.
import { createSign, generateKeyPairSync, KeyObject } from 'node:crypto';

export interface IdTokenClaims {
  iss?: string;
  aud?: string;
  sub?: string;
  email?: string;
  email_verified?: boolean;
  iat?: number;
  exp?: number;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export class TokenIssuer {
  readonly kid: string;
  private readonly privateKey: KeyObject;
  readonly publicKeyPem: string;

  constructor(kid = 'test-key-1') {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.kid = kid;
    this.privateKey = privateKey;
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  /** The certificates map the verifier is given (Google publishes the same shape). */
  keys(): Record<string, string> {
    return { [this.kid]: this.publicKeyPem };
  }

  /** A signed token; every claim has a valid default that a test can override (or drop with undefined). */
  sign(overrides: IdTokenClaims & Record<string, unknown> = {}, audience = 'test-client.apps.googleusercontent.com'): string {
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      iss: 'https://accounts.google.com',
      aud: audience,
      sub: '1234567890',
      email: 'coordinator@example.org',
      email_verified: true,
      iat: now - 10,
      exp: now + 3600,
      ...overrides,
    };
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: this.kid }));
    const payload = base64url(JSON.stringify(claims));
    const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(this.privateKey);
    return `${header}.${payload}.${base64url(signature)}`;
  }
}

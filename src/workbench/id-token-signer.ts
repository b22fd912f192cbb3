// This file signs Google-style ID tokens (RS256 JWTs) with an RSA key pair made when it starts, so the local
// functions check real signatures offline: the workbench's ScriptApp.getIdentityToken hands these tokens out, and the
// function's verifier is given the public key as its key source instead of Google's certificates.
import { createSign, generateKeyPairSync, KeyObject } from 'node:crypto';

/** What the token says about the caller; the rest (issuer, times) is filled in as Google does. */
export interface TokenClaims {
  email: string;
  audience: string;
  /** How long the token is good for, in seconds (Google's last an hour). */
  lifetimeSeconds?: number;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export class LocalIdTokenSigner {
  private readonly privateKey: KeyObject;
  private readonly publicKeyPem: string;

  constructor(readonly kid = 'workbench-key') {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  /** Key ID → public key: the shape Google publishes at its certificates address, handed to the verifier. */
  keys(): Record<string, string> {
    return { [this.kid]: this.publicKeyPem };
  }

  sign(claims: TokenClaims): string {
    const now = Math.floor(Date.now() / 1000);
    return this.signClaims({
      iss: 'https://accounts.google.com',
      aud: claims.audience,
      sub: claims.email,
      email: claims.email,
      email_verified: true,
      iat: now - 10,
      exp: now + (claims.lifetimeSeconds ?? 3600),
    });
  }

  /** Signs any claims as given (tests use this to make expired, foreign or unverified tokens). */
  signClaims(payload: Record<string, unknown>): string {
    const unsigned = `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: this.kid }))}.${base64url(JSON.stringify(payload))}`;
    return `${unsigned}.${base64url(createSign('RSA-SHA256').update(unsigned).sign(this.privateKey))}`;
  }
}

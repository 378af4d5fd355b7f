// Ed25519 signatures over a snapshot's canonical JSON (the canonical form itself is tested in shared-util).
import { canonicalJson } from '@lovecando/shared-util';
import { generateSigningKeyPair, publicKeyOf, signCanonical, verifyCanonical } from './signing.js';

describe('Ed25519 signatures', () => {
  const keys = generateSigningKeyPair();
  const canonical = canonicalJson({ revision: 7, clauses: [] });

  it('verify what was signed with the matching public key', () => {
    expect(publicKeyOf(keys.secretKey)).toBe(keys.publicKey);
    expect(verifyCanonical(canonical, signCanonical(canonical, keys.secretKey), keys.publicKey)).toBe(true);
  });

  it('reject a tampered text, another key and a malformed signature', () => {
    const signature = signCanonical(canonical, keys.secretKey);
    expect(verifyCanonical(canonical.replace('7', '8'), signature, keys.publicKey)).toBe(false);
    expect(verifyCanonical(canonical, signature, generateSigningKeyPair().publicKey)).toBe(false);
    expect(verifyCanonical(canonical, 'zz', keys.publicKey)).toBe(false);
  });

  it('are deterministic (RFC 8032): the same text and key give the same signature', () => {
    expect(signCanonical(canonical, keys.secretKey)).toBe(signCanonical(canonical, keys.secretKey));
  });
});

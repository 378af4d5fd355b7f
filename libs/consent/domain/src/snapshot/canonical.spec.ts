import { canonicalJson, contentHash } from './canonical.js';
import { generateSigningKeyPair, publicKeyOf, signCanonical, verifyCanonical } from './signing.js';

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys and writes numbers and strings canonically, whatever the input order', () => {
    const a = canonicalJson({ b: [3, 1.5e2, 'é'], a: { z: true, y: null } });
    const b = canonicalJson({ a: { y: null, z: true }, b: [3, 150, 'é'] });
    expect(a).toBe('{"a":{"y":null,"z":true},"b":[3,150,"é"]}');
    expect(b).toBe(a);
  });

  it('matches the RFC 8785 number examples', () => {
    expect(canonicalJson([1e21, 1e-7, 0.000001, -0, 333333333.3333333])).toBe(
      '[1e+21,1e-7,0.000001,0,333333333.3333333]',
    );
  });

  it('hashes identical content to identical SHA-256, and any change to another', () => {
    const hash = contentHash(canonicalJson({ revision: 1 }));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(canonicalJson({ revision: 1 }))).toBe(hash);
    expect(contentHash(canonicalJson({ revision: 2 }))).not.toBe(hash);
    // Known vector: SHA-256 of the empty string.
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

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

// Canonical JSON (RFC 8785, JSON Canonicalization Scheme) and its SHA-256: the same snapshot always
// serialises to the same bytes, on any machine, so its hash and signature can be checked by anyone.
import canonicalize from 'canonicalize';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function canonicalJson(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new TypeError('this value has no JSON form');
  return json;
}

/** Lowercase hex SHA-256 of the UTF-8 bytes of a canonical JSON text. */
export function contentHash(canonical: string): string {
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

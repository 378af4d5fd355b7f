// Content hashes anyone can recompute: RFC 8785 canonical JSON (JSON Canonicalization Scheme), so the same
// value always serialises to the same bytes on any machine, and lowercase hex SHA-256 of UTF-8 bytes. The
// consent snapshots, the terms versions and the governance receipts all hash this way.
import canonicalize from 'canonicalize';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The RFC 8785 canonical JSON text of a value; throws for a value JSON cannot represent (a function, undefined). */
export function canonicalJson(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new TypeError('this value has no JSON form');
  return json;
}

/** The UTF-8 bytes of a text, e.g. to cache a canonical form that is hashed many times. */
export const utf8Bytes = (text: string): Uint8Array => utf8ToBytes(text);

/** Lowercase hex SHA-256 of a text's UTF-8 bytes, or of bytes. */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}

/**
 * Lowercase hex SHA-256 of the concatenation of byte chunks, without building it: lets a caller hash a long
 * text from cached pieces (the terms engine hashes a document from its articles' cached canonical bytes).
 */
export function sha256HexOfChunks(chunks: Iterable<Uint8Array>): string {
  const hash = sha256.create();
  for (const chunk of chunks) hash.update(chunk);
  return bytesToHex(hash.digest());
}

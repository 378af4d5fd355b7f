// The hashes behind pseudonyms, receipts and tally files: SHA-256 and HMAC-SHA-256 over UTF-8, in hex.
// Every input is a canonical JSON text (RFC 8785) or joined with a domain-separation label, so two
// different things can never hash the same input bytes. Canonical JSON and plain SHA-256 are the shared
// ones (shared-util content-hash); the keyed and the running hash are the receipts' own.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const hmacSha256Hex = (key: Uint8Array, text: string): string =>
  bytesToHex(hmac(sha256, key, utf8ToBytes(text)));

/** A running SHA-256: the digest so far can be read, then more appended (tally files run to 100 MB). */
export const runningSha256 = (first: string): { hex: () => string; append: (more: string) => void } => {
  const hasher = sha256.create().update(utf8ToBytes(first));
  return {
    hex: () => bytesToHex(hasher.clone().digest()),
    append: (more) => {
      hasher.update(utf8ToBytes(more));
    },
  };
};

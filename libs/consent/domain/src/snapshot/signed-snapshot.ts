// A published snapshot: its content, the SHA-256 of its canonical JSON and an Ed25519 signature over that
// JSON. A service verifies what it holds by recomputing both from the content alone.
import { canonicalJson, sha256Hex } from '@lovecando/shared-util';
import { type SnapshotContent } from '../policy/compile.js';
import { signCanonical, verifyCanonical } from './signing.js';

export interface SignedSnapshot {
  readonly content: SnapshotContent;
  readonly hash: string;
  readonly signature: string;
}

export function signSnapshot(content: SnapshotContent, secretKey: string): SignedSnapshot {
  const canonical = canonicalJson(content);
  return { content, hash: sha256Hex(canonical), signature: signCanonical(canonical, secretKey) };
}

export type SnapshotCheck = 'valid' | 'hash-mismatch' | 'bad-signature';

/** Whether the content is exactly what was hashed and signed by the holder of `publicKey`. */
export function verifySnapshot(snapshot: SignedSnapshot, publicKey: string): SnapshotCheck {
  const canonical = canonicalJson(snapshot.content);
  if (sha256Hex(canonical) !== snapshot.hash) return 'hash-mismatch';
  return verifyCanonical(canonical, snapshot.signature, publicKey) ? 'valid' : 'bad-signature';
}

// Ed25519 signatures over a snapshot's canonical JSON, so a service can verify that the rules it holds are
// exactly what the foundation published. Keys are passed in (32-byte secret, 32-byte public key, hex).
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

export interface SigningKeyPair {
  readonly secretKey: string;
  readonly publicKey: string;
}

export function generateSigningKeyPair(): SigningKeyPair {
  const secret = ed25519.utils.randomSecretKey();
  return { secretKey: bytesToHex(secret), publicKey: bytesToHex(ed25519.getPublicKey(secret)) };
}

export function publicKeyOf(secretKey: string): string {
  return bytesToHex(ed25519.getPublicKey(hexToBytes(secretKey)));
}

/** Hex signature of the canonical text. */
export function signCanonical(canonical: string, secretKey: string): string {
  return bytesToHex(ed25519.sign(utf8ToBytes(canonical), hexToBytes(secretKey)));
}

/** False for any tampering, a wrong key or a malformed signature; never throws. */
export function verifyCanonical(canonical: string, signature: string, publicKey: string): boolean {
  try {
    return ed25519.verify(hexToBytes(signature), utf8ToBytes(canonical), hexToBytes(publicKey));
  } catch {
    return false;
  }
}

// Decision ids (docs/domain/consent.md#decision-ids): UUIDv7 (RFC 9562), unique across processes, instances
// and restarts, since decisions are logged and shown to members. A UUIDv7 is a 48-bit millisecond timestamp,
// a counter and random bits; the `uuid` package lays them out. Three things are done here rather than left to
// it, each because an id read for every logged decision must stay cheap:
// - random bytes come from a pool refilled 4 KiB at a time: one `crypto.getRandomValues` call costs some
//   microseconds whatever its size, which would make every id cost twenty decisions;
// - the counter (RFC 9562 §6.2, method 1, as `uuid` does it itself): seeded at random on each new
//   millisecond and incremented within one, so ids of one process are strictly increasing even when the
//   clock stands still or steps back, while the seed and the random tail keep processes apart;
// - the bytes go into one reused buffer and are spelled, in lower case as RFC 9562 asks, into one array
//   of character codes turned into a string at once: a string joined from 20 pieces is a tree of 20
//   allocations, and this costs a third of the package's own formatting.

import { v7 } from 'uuid';

// The platform's Web Crypto (Node ≥ 19 and browsers), declared for this module only: the domain libs are
// compiled with neither DOM nor Node types.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let used = POOL_BYTES;
const random = new Uint8Array(16);
const bytes = new Uint8Array(16);
const clock = { msecs: -Infinity, seq: 0 };
const DIGITS = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
/** Where each byte's two digits go in the 8-4-4-4-12 spelling; the dashes between stay where they are. */
const PLACES = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
const spelling = Array.from({ length: 36 }, () => '-'.charCodeAt(0));

/** A new UUIDv7, greater than every one this process minted before. */
export function newDecisionId(): string {
  if (used + 16 > POOL_BYTES) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  for (let n = 0; n < 16; n += 1) random[n] = pool[used + n]!;
  used += 16;
  const now = Date.now();
  if (now > clock.msecs) {
    clock.msecs = now;
    // 31 random bits, so that a fresh millisecond leaves room to count up.
    clock.seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
  } else {
    clock.seq = (clock.seq + 1) | 0;
    // The 32-bit counter wrapped within one millisecond: borrow the next one, as RFC 9562 allows.
    if (clock.seq === 0) clock.msecs += 1;
  }
  v7({ msecs: clock.msecs, seq: clock.seq, random }, bytes);
  for (let n = 0; n < 16; n += 1) {
    const byte = bytes[n]!;
    const place = PLACES[n]!;
    spelling[place] = DIGITS[byte >>> 4]!;
    spelling[place + 1] = DIGITS[byte & 15]!;
  }
  return String.fromCharCode(...spelling);
}

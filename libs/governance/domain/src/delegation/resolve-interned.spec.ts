// The integer fast path on shapes the friendly tests do not reach: chains far deeper than any call stack,
// and the codes a lost vote carries.
import {
  BLOCKED,
  LOST_BLOCKED,
  LOST_CYCLE,
  LOST_NO_VOTER,
  NO_DELEGATION,
  OUTSIDE,
  resolveInterned,
} from './resolve-interned.js';

describe('resolveInterned', () => {
  it('resolves a chain of 500,000 members without recursion', () => {
    const n = 500_000;
    const next = new Int32Array(n).map((_, i) => (i + 1 < n ? i + 1 : NO_DELEGATION));
    const direct = new Uint8Array(n);
    direct[n - 1] = 1;
    const { final, delegatedWeight } = resolveInterned(next, direct);
    expect(final[0]).toBe(n - 1);
    expect(delegatedWeight[n - 1]).toBe(n - 1);
  });

  it('marks a long cycle and its tail as lost, and each kind of dead end with its code', () => {
    // 0 → 1 → … → 9 → 0, with 10 → 0 as a tail; 11 → 12 (no delegation); 13 → 14 (blocked); 15 → outside.
    const next = new Int32Array(16).fill(NO_DELEGATION);
    for (let i = 0; i < 10; i++) next[i] = (i + 1) % 10;
    next[10] = 0;
    next[11] = 12;
    next[13] = 14;
    next[14] = BLOCKED;
    next[15] = OUTSIDE;
    const { final, delegatedWeight } = resolveInterned(next, new Uint8Array(16));
    expect([...final.slice(0, 11)]).toEqual(new Array(11).fill(LOST_CYCLE));
    expect(final[11]).toBe(LOST_NO_VOTER);
    expect(final[13]).toBe(LOST_BLOCKED);
    expect(final[15]).toBe(LOST_NO_VOTER);
    expect(delegatedWeight.every((w) => w === 0)).toBe(true);
  });
});

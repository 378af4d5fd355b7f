// Pseudonyms and receipts: stable where they must be, different wherever any input differs.
import { ballotReceipt, voterPseudonym } from './receipt.js';

const key = new Uint8Array(32).fill(7);
const nonce = 'ab'.repeat(16);

describe('voterPseudonym', () => {
  it('is HMAC-SHA-256 of the labelled proposal and member', () => {
    // Expected value from Node's own crypto: createHmac('sha256', 32 bytes of 7)
    //   .update('lovecando/voter-pseudonym/v1\0proposal-1\0member-1').digest('hex')
    expect(voterPseudonym(key, 'proposal-1', 'member-1')).toBe(
      'f80222494393c1f9b334ecf8b883b4f6757bb88a194aec7b48d70b7769623f8d',
    );
  });

  it('is a keyed hash, stable for a member on a proposal and different across proposals and keys', () => {
    const p = voterPseudonym(key, 'proposal-1', 'member-1');
    expect(p).toMatch(/^[0-9a-f]{64}$/);
    expect(voterPseudonym(key, 'proposal-1', 'member-1')).toBe(p);
    expect(voterPseudonym(key, 'proposal-2', 'member-1')).not.toBe(p);
    expect(voterPseudonym(key, 'proposal-1', 'member-2')).not.toBe(p);
    expect(voterPseudonym(new Uint8Array(32).fill(8), 'proposal-1', 'member-1')).not.toBe(p);
  });

  it('cannot be shifted between proposal and member ids', () => {
    expect(voterPseudonym(key, 'ab', 'c')).not.toBe(voterPseudonym(key, 'a', 'bc'));
  });

  it('refuses a short key and empty ids', () => {
    expect(() => voterPseudonym(new Uint8Array(16), 'p', 'm')).toThrow('at least 32 bytes');
    expect(() => voterPseudonym(key, '', 'm')).toThrow('required');
  });
});

describe('ballotReceipt', () => {
  const base = {
    proposalId: 'proposal-1',
    pseudonym: 'f'.repeat(64),
    ballot: { choice: 'yes' },
    ballotVersion: 1,
    nonce,
  } as const;

  it('is the SHA-256 of the canonical receipt record', () => {
    // Pinned, so a change in what a receipt covers must be deliberate (old receipts would stop matching).
    // Computed with Node's own crypto over the record written out by hand, keys sorted, no spaces:
    //   {"ballot":{"choice":"yes"},"label":"lovecando/ballot-receipt/v1","nonce":"abab…ab",
    //    "proposal":"proposal-1","pseudonym":"ff…ff","version":1}
    expect(ballotReceipt(base)).toBe('40683f43a082d37aae4125e3672d4866a5c6986d7b1f8ab3d1a4ac1986f3b7f8');
  });

  it('changes with the choice, the version, the nonce, the pseudonym and the proposal', () => {
    const receipt = ballotReceipt(base);
    const variants = [
      { ...base, ballot: { choice: 'no' } as const },
      { ...base, ballotVersion: 2 },
      { ...base, nonce: 'cd'.repeat(16) },
      { ...base, pseudonym: 'e'.repeat(64) },
      { ...base, proposalId: 'proposal-2' },
      { ...base, ballot: { ranking: [['A'], ['B']] } },
    ];
    const receipts = new Set(variants.map(ballotReceipt));
    expect(receipts.size).toBe(variants.length);
    expect(receipts.has(receipt)).toBe(false);
  });

  it('refuses a version below 1 and a short nonce', () => {
    expect(() => ballotReceipt({ ...base, ballotVersion: 0 })).toThrow('starts at 1');
    expect(() => ballotReceipt({ ...base, nonce: 'abcd' })).toThrow('16 random bytes');
  });
});

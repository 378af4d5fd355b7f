// Voter pseudonyms and ballot receipts (docs/domain/governance.md#receipts).
// A pseudonym is HMAC-SHA-256(server key, proposal, member): stable for one member on one proposal, so a
// changed ballot keeps its voter, unlinkable across proposals, and not computable by anyone without the
// key. A receipt is the SHA-256 of the canonical JSON of proposal, pseudonym, choice, ballot version and a
// server nonce: the member keeps it, finds it in the published tally file with their choice, and nobody
// can derive the choice or the member from it (the nonce makes guessing the pre-image hopeless).
import { canonicalJson, sha256Hex } from '@lovecando/shared-util';
import { hmacSha256Hex } from './hashing.js';
import { type BallotContent } from './tally-file.types.js';

const PSEUDONYM_LABEL = 'lovecando/voter-pseudonym/v1';
const RECEIPT_LABEL = 'lovecando/ballot-receipt/v1';

/** The key must be a server secret of at least 32 bytes; ids must not be empty. */
export const voterPseudonym = (key: Uint8Array, proposalId: string, memberId: string): string => {
  if (key.length < 32) throw new RangeError('the pseudonym key must hold at least 32 bytes');
  if (!proposalId || !memberId) throw new RangeError('proposal and member ids are required');
  // NUL cannot appear in ids, so the three parts cannot be shifted into one another.
  return hmacSha256Hex(key, `${PSEUDONYM_LABEL}\u0000${proposalId}\u0000${memberId}`);
};

export interface ReceiptInput {
  readonly proposalId: string;
  readonly pseudonym: string;
  readonly ballot: BallotContent;
  /** 1 for the first ballot, incremented each time the member changes it. */
  readonly ballotVersion: number;
  /** Random, hex, from the server (at least 16 bytes). */
  readonly nonce: string;
}

export const ballotReceipt = (input: ReceiptInput): string => {
  if (!Number.isSafeInteger(input.ballotVersion) || input.ballotVersion < 1) {
    throw new RangeError('the ballot version starts at 1');
  }
  if (!/^[0-9a-f]{32,}$/.test(input.nonce))
    throw new RangeError('the nonce must be at least 16 random bytes in hex');
  return sha256Hex(
    canonicalJson({
      label: RECEIPT_LABEL,
      proposal: input.proposalId,
      pseudonym: input.pseudonym,
      ballot: input.ballot,
      version: input.ballotVersion,
      nonce: input.nonce,
    }),
  );
};

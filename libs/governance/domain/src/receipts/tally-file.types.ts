// The published tally file, format `lovecando-tally/1`: UTF-8 without a byte order mark, one canonical
// JSON object (RFC 8785, so I-JSON: no lone surrogates or noncharacters in strings, whole numbers up to
// 2^53 − 1) per line, arrays and objects nested at most 8 deep, each line ending with "\n" alone (no "\r"):
//   line 1            header: proposal, kind, method, rules, electorate, alternatives, number of ballots
//   lines 2 … B+1     one ballot each, sorted by receipt (strictly ascending: receipts are unique)
//   line B+2          trailer: the totals and outcome, and `contentSha256`, the SHA-256 of lines 1 … B+1
// A ballot line carries the receipt, the choice (yes/no/abstain, a ranking or an approval set) and
// `delegated`, the number of members whose vote reached this ballot through delegation (its weight is
// 1 + delegated). Nothing in the file names a member. The file is self-contained: anyone can re-derive the
// totals from it with `node tools/recount/recount.mjs`, which shares no code with this library.
import type { ProposalKind } from '../process-settings.js';
import type { Approval } from '../tally/approval.js';
import type { Ranking } from '../tally/pairwise.js';
import type { Choice } from '../tally/yes-no.js';

export const TALLY_FORMAT = 'lovecando-tally/1';

export type TallyMethod = 'yes-no' | 'schulze' | 'approval';

/** What a ballot says, by method. */
export type BallotContent =
  { readonly choice: Choice } | { readonly ranking: Ranking } | { readonly approved: Approval };

export type TallyFileBallot = BallotContent & {
  /** Hex SHA-256 receipt (see receipt.ts). */
  readonly receipt: string;
  /** Members whose vote reached this ballot through delegation. */
  readonly delegated: number;
};

export interface TallyFileHeader {
  readonly format: typeof TALLY_FORMAT;
  readonly proposal: string;
  readonly kind: ProposalKind;
  readonly method: TallyMethod;
  /** [numerator, denominator]: turnout / electorate must reach it (inclusive). */
  readonly quorum: readonly [number, number];
  /** [numerator, denominator]: the winning share must exceed it (strict). */
  readonly adoption: readonly [number, number];
  readonly electorate: number;
  /** Digest of the frozen electorate published when voting opened. */
  readonly electorateDigest: string;
  /** Every alternative, the status quo included (null for yes/no). */
  readonly alternatives: readonly string[] | null;
  readonly statusQuo: string | null;
  readonly ballots: number;
}

export interface DirectDelegated {
  readonly direct: number;
  readonly delegated: number;
  readonly total: number;
}

export interface YesNoTotals {
  readonly yes: DirectDelegated;
  readonly no: DirectDelegated;
  readonly abstain: DirectDelegated;
  readonly turnout: DirectDelegated;
  readonly quorumMet: boolean;
  readonly majority: boolean;
  readonly outcome: 'ADOPTED' | 'REJECTED' | 'NO_QUORUM';
}

interface AlternativesTotals {
  readonly turnout: DirectDelegated;
  readonly ranking: readonly (readonly string[])[];
  readonly winner: string | null;
  readonly quorumMet: boolean;
  readonly beatsStatusQuo: boolean;
  readonly outcome: 'ADOPTED' | 'STATUS_QUO' | 'NO_QUORUM';
  readonly adopted: string | null;
}

export interface SchulzeTotals extends AlternativesTotals {
  readonly pairwise: readonly (readonly number[])[];
  readonly strongestPaths: readonly (readonly number[])[];
}

export interface ApprovalTotals extends AlternativesTotals {
  readonly approvals: readonly number[];
  readonly headToHead: { readonly forWinner: number; readonly forStatusQuo: number };
}

export type TallyTotals = YesNoTotals | SchulzeTotals | ApprovalTotals;

export interface TallyFileTrailer {
  readonly totals: TallyTotals;
  readonly contentSha256: string;
}

// Writes the tally file of a closed vote (format in tally-file.types.ts) from its receipts and ballots,
// with the totals computed by this library's tallies. The independent recount (tools/recount) reads it.
import { canonicalJson } from '@lovecando/shared-util';
import type { ProposalKind } from '../process-settings.js';
import { tallyApproval } from '../tally/approval.js';
import { schulze } from '../tally/schulze.js';
import { resolveSettings, type TallySettings } from '../tally/settings.js';
import { tallyYesNo } from '../tally/yes-no.js';
import { runningSha256 } from './hashing.js';
import { type AlternativesResult } from '../tally/alternatives.js';
import {
  TALLY_FORMAT,
  type ApprovalTotals,
  type DirectDelegated,
  type SchulzeTotals,
  type TallyFileBallot,
  type TallyFileHeader,
  type TallyMethod,
  type TallyTotals,
  type YesNoTotals,
} from './tally-file.types.js';

export interface TallyFileInput {
  readonly proposalId: string;
  readonly kind: ProposalKind;
  /** The kind's defaults unless the proposal was opened with other settings. */
  readonly settings?: TallySettings;
  readonly method: TallyMethod;
  readonly electorate: number;
  readonly electorateDigest: string;
  /** Competing alternatives with the status quo (schulze and approval only). */
  readonly alternatives?: readonly string[];
  readonly statusQuo?: string;
  readonly ballots: readonly TallyFileBallot[];
}

export interface TallyFile {
  /** The whole file, ready to publish. */
  readonly text: string;
  /** SHA-256 of the header and ballot lines, also written in the trailer. */
  readonly contentSha256: string;
  /** SHA-256 of the whole file, trailer included: the hash to publish next to it. */
  readonly fileSha256: string;
  readonly totals: TallyTotals;
}

const RECEIPT_LENGTH = 64;
const RECEIPT = /^[0-9a-f]{64}$/;
const CHOICES: ReadonlySet<string> = new Set(['yes', 'no', 'abstain']);
// I-JSON (RFC 7493), on which RFC 8785 builds, forbids lone surrogates and noncharacters; the recount calls
// a file holding one malformed, so the writer refuses to produce it.
const NOT_I_JSON = /[\p{Cs}\p{Noncharacter_Code_Point}]/u;

const assertText = (value: string, what: string): void => {
  if (typeof value !== 'string' || NOT_I_JSON.test(value)) {
    throw new RangeError(`${what} must be text without lone surrogates or noncharacters`);
  }
};

/** The strings the header carries (ballots only name alternatives, which the tallies check against these). */
const assertHeaderText = (input: TallyFileInput): void => {
  assertText(input.proposalId, 'the proposal id');
  assertText(input.electorateDigest, 'the electorate digest');
  input.alternatives?.forEach((id) => assertText(id, 'an alternative id'));
  if (input.statusQuo !== undefined) assertText(input.statusQuo, 'the status quo');
};

const split = (direct: number, delegated: number): DirectDelegated =>
  Object.freeze({ direct, delegated, total: direct + delegated });

/**
 * The ballot's line, holding only the fields of the format whatever the caller passed. Written from a
 * template rather than a generic canonicaliser because a vote can have a million of them: keys in
 * code-point order, no spaces, and JSON.stringify's string escaping are exactly RFC 8785 for these values.
 */
const ballotLine = (ballot: TallyFileBallot, method: TallyMethod, index: number): string => {
  if (!RECEIPT.test(ballot.receipt))
    throw new RangeError(`ballot ${index}: the receipt must be 64 hex digits`);
  if (!Number.isSafeInteger(ballot.delegated) || ballot.delegated < 0) {
    throw new RangeError(`ballot ${index}: delegated must be a whole number ≥ 0`);
  }
  const { receipt, delegated } = ballot;
  if (method === 'yes-no' && 'choice' in ballot && CHOICES.has(ballot.choice)) {
    return `{"choice":"${ballot.choice}","delegated":${delegated},"receipt":"${receipt}"}`;
  }
  if (method === 'schulze' && 'ranking' in ballot) {
    return `{"delegated":${delegated},"ranking":${JSON.stringify(ballot.ranking)},"receipt":"${receipt}"}`;
  }
  if (method === 'approval' && 'approved' in ballot) {
    return `{"approved":${JSON.stringify(ballot.approved)},"delegated":${delegated},"receipt":"${receipt}"}`;
  }
  throw new RangeError(`ballot ${index} does not hold a ${method} choice`);
};

/** Lines in receipt order; receipts are fixed-length, so a plain sort of receipt + line orders by receipt. */
const sortedByReceipt = (input: TallyFileInput, lines: readonly string[]): string[] => {
  const keyed = lines.map((line, i) => (input.ballots[i] as TallyFileBallot).receipt + line);
  keyed.sort();
  for (let k = 1; k < keyed.length; k += 1) {
    if ((keyed[k] as string).startsWith((keyed[k - 1] as string).slice(0, RECEIPT_LENGTH))) {
      throw new RangeError(`receipt ${(keyed[k] as string).slice(0, RECEIPT_LENGTH)} appears twice`);
    }
  }
  return keyed.map((line) => line.slice(RECEIPT_LENGTH));
};

const weightOf = (ballot: TallyFileBallot): number => 1 + ballot.delegated;

const turnoutOf = (ballots: readonly TallyFileBallot[]): DirectDelegated => {
  let delegated = 0;
  for (const ballot of ballots) delegated += ballot.delegated;
  return split(ballots.length, delegated);
};

const yesNoTotals = (input: TallyFileInput, settings: TallySettings): YesNoTotals => {
  const direct = { yes: 0, no: 0, abstain: 0 };
  const delegated = { yes: 0, no: 0, abstain: 0 };
  for (const ballot of input.ballots) {
    const { choice } = ballot as Extract<TallyFileBallot, { choice: unknown }>;
    direct[choice] += 1;
    delegated[choice] += ballot.delegated;
  }
  const result = tallyYesNo({
    settings,
    electorate: input.electorate,
    ballots: {
      yes: direct.yes + delegated.yes,
      no: direct.no + delegated.no,
      abstain: direct.abstain + delegated.abstain,
    },
  });
  return Object.freeze({
    yes: split(direct.yes, delegated.yes),
    no: split(direct.no, delegated.no),
    abstain: split(direct.abstain, delegated.abstain),
    turnout: turnoutOf(input.ballots),
    quorumMet: result.quorumMet,
    majority: result.majority,
    outcome: result.outcome,
  });
};

const alternativesOf = (input: TallyFileInput): { alternatives: readonly string[]; statusQuo: string } => {
  if (!input.alternatives || input.statusQuo === undefined) {
    throw new RangeError(`a ${input.method} tally needs the alternatives and the status quo`);
  }
  return { alternatives: input.alternatives, statusQuo: input.statusQuo };
};

/** The fields both counts over alternatives publish: ranking, winner and the decision. */
const decisionOf = (
  input: TallyFileInput,
  result: AlternativesResult,
): Omit<SchulzeTotals, 'pairwise' | 'strongestPaths'> => ({
  turnout: turnoutOf(input.ballots),
  ranking: result.ranking,
  winner: result.winner,
  quorumMet: result.quorumMet,
  beatsStatusQuo: result.beatsStatusQuo,
  outcome: result.outcome,
  adopted: result.adopted,
});

const schulzeTotals = (input: TallyFileInput, settings: TallySettings): SchulzeTotals => {
  const result = schulze({
    settings,
    ...alternativesOf(input),
    electorate: input.electorate,
    ballots: input.ballots.map((b) => ({
      ranking: (b as Extract<TallyFileBallot, { ranking: unknown }>).ranking,
      weight: weightOf(b),
    })),
  });
  const { pairwise, strongestPaths } = result;
  return Object.freeze({ ...decisionOf(input, result), pairwise, strongestPaths });
};

const approvalTotals = (input: TallyFileInput, settings: TallySettings): ApprovalTotals => {
  const result = tallyApproval({
    settings,
    ...alternativesOf(input),
    electorate: input.electorate,
    ballots: input.ballots.map((b) => ({
      approved: (b as Extract<TallyFileBallot, { approved: unknown }>).approved,
      weight: weightOf(b),
    })),
  });
  const { approvals, headToHead } = result;
  return Object.freeze({ ...decisionOf(input, result), approvals, headToHead });
};

export const writeTallyFile = (input: TallyFileInput): TallyFile => {
  assertHeaderText(input);
  const settings = input.settings ?? resolveSettings({ kind: input.kind });
  const lines = sortedByReceipt(
    input,
    input.ballots.map((ballot, index) => ballotLine(ballot, input.method, index)),
  );
  const totals =
    input.method === 'yes-no'
      ? yesNoTotals(input, settings)
      : input.method === 'schulze'
        ? schulzeTotals(input, settings)
        : approvalTotals(input, settings);
  const isRanked = input.method !== 'yes-no';
  const header: TallyFileHeader = {
    format: TALLY_FORMAT,
    proposal: input.proposalId,
    kind: input.kind,
    method: input.method,
    quorum: [settings.quorum.numerator, settings.quorum.denominator],
    adoption: [settings.adoption.numerator, settings.adoption.denominator],
    electorate: input.electorate,
    electorateDigest: input.electorateDigest,
    alternatives: isRanked ? alternativesOf(input).alternatives : null,
    statusQuo: isRanked ? alternativesOf(input).statusQuo : null,
    ballots: lines.length,
  };
  lines.unshift(canonicalJson(header));
  const content = `${lines.join('\n')}\n`;
  // The trailer holds the content hash; the whole-file hash continues over the trailer.
  const hash = runningSha256(content);
  const contentSha256 = hash.hex();
  const trailer = `${canonicalJson({ totals, contentSha256 })}\n`;
  hash.append(trailer);
  return Object.freeze({ text: content + trailer, contentSha256, fileSha256: hash.hex(), totals });
};

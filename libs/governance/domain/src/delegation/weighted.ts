// Counting ballots with delegated weight, keeping direct and delegated weight apart so results can show
// both (docs/domain/governance.md#weighted-counts).
import { type DelegationResolution } from './resolve.js';

export type BallotChoice = 'yes' | 'no' | 'abstain';

export interface WeightedCount {
  readonly direct: number;
  readonly delegated: number;
  readonly total: number;
}

export type WeightedTally = Readonly<Record<BallotChoice, WeightedCount>>;

/**
 * Weighted yes/no/abstain counts. Every direct voter must have exactly one ballot and every ballot must
 * come from a direct voter: a mismatch means the inputs disagree, and a count built on them would not be
 * trustworthy, so it throws instead.
 */
export function weightedYesNo(
  resolution: DelegationResolution,
  ballots: ReadonlyMap<string, BallotChoice>,
): WeightedTally {
  const counts = {
    yes: { direct: 0, delegated: 0 },
    no: { direct: 0, delegated: 0 },
    abstain: { direct: 0, delegated: 0 },
  };
  for (const [voter, weight] of resolution.weights) {
    const choice = ballots.get(voter);
    if (choice === undefined) throw new Error(`Direct voter ${voter} has no ballot`);
    counts[choice].direct += weight.direct;
    counts[choice].delegated += weight.delegated;
  }
  for (const voter of ballots.keys()) {
    if (!resolution.weights.has(voter)) throw new Error(`Ballot from ${voter}, who is not a direct voter`);
  }
  const done = ({ direct, delegated }: { direct: number; delegated: number }): WeightedCount => ({
    direct,
    delegated,
    total: direct + delegated,
  });
  return { yes: done(counts.yes), no: done(counts.no), abstain: done(counts.abstain) };
}

// Liquid delegation (docs/domain/governance.md#delegation): who carries whose vote on a proposal.
export {
  ConflictingDelegationsError,
  type DelegatedOutcome,
  type Delegation,
  type DirectOutcome,
  type LostOutcome,
  type LostReason,
  type MemberOutcome,
  type NoneOutcome,
  type OutcomeKind,
  type ResolutionTotals,
  type ResolveInput,
  type VoterWeight,
} from './types.js';
export { covers } from './topics.js';
export {
  BLOCKED,
  LOST_BLOCKED,
  LOST_CYCLE,
  LOST_NO_VOTER,
  NO_DELEGATION,
  OUTSIDE,
  resolveInterned,
  type InternedResolution,
} from './resolve-interned.js';
export { effectiveDelegates, type EffectiveDelegates } from './effective.js';
export { Electorate } from './electorate.js';
export { DelegationResolution, resolveDelegations } from './resolve.js';
export { explainOutcome, type ExplainOptions } from './explain.js';
export { weightedYesNo, type BallotChoice, type WeightedCount, type WeightedTally } from './weighted.js';

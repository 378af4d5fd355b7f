// Liquid delegation (docs/domain/governance.md#delegation): who carries whose vote on a proposal.
export * from './types.js';
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
export { explainOutcome, type DelegationLang, type ExplainOptions } from './explain.js';
export { weightedYesNo, type BallotChoice, type WeightedCount, type WeightedTally } from './weighted.js';

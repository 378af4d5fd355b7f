// Public surface of the tally algorithms: yes/no/abstain and Schulze, with their explanation steps.
export { formatInt, formatRatio, formatShare } from './format.js';
export {
  accumulatePairwise,
  type PairwiseCounts,
  type RankedBallot,
  type Ranking,
  type WeightedRanking,
} from './pairwise.js';
export {
  schulze,
  schulzeTiers,
  strongestPaths,
  type SchulzeInput,
  type SchulzeOutcome,
  type SchulzeResult,
} from './schulze.js';
export { resolveSettings, type TallyRules, type TallySettings } from './settings.js';
export { type Step, type StepCode } from './steps.js';
export {
  BALLOT_CODE,
  countBallotCodes,
  tallyYesNo,
  type Choice,
  type YesNoCounts,
  type YesNoInput,
  type YesNoOutcome,
  type YesNoResult,
} from './yes-no.js';
export {
  tallyApproval,
  type Approval,
  type ApprovalBallot,
  type ApprovalInput,
  type ApprovalOutcome,
  type ApprovalResult,
  type WeightedApproval,
} from './approval.js';
export { type AlternativesInput, type AlternativesOutcome, type AlternativesResult } from './alternatives.js';

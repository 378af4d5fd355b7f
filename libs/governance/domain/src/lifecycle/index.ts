// Public surface of the proposal lifecycle: phases and actions, the proposal state, the scheduler's advance,
// the members' act, ratification and enactment. Internal builders (events, refusal messages, board-vote
// arithmetic, time helpers) stay inside the module.
export {
  ACTIONS,
  ALLOWED_ACTIONS,
  canAct,
  OUTCOMES,
  PHASES,
  type Action,
  type Outcome,
  type Phase,
} from './phases.js';
export {
  createProposal,
  deliberationDeadline,
  deliberationMinEnd,
  votingOpensAt,
  type BoardDecision,
  type BoardVote,
  type Instant,
  type NewProposal,
  type ProposalState,
  type RatificationWindow,
  type VetoRecord,
  type VotingWindow,
} from './state.js';
export { type LifecycleEvent, type LifecycleEventType } from './events.js';
export {
  LIFECYCLE_ERROR_CODES,
  type LifecycleError,
  type LifecycleErrorCode,
  type LifecycleResult,
} from './errors.js';
export {
  advance,
  type AdvanceCounts,
  type AdvanceInput,
  type AdvanceResult,
  type AdvanceWaitingFor,
  type ElectorateSnapshot,
} from './advance.js';
export { act, type ActDetails, type ActResult, type Participant } from './act.js';
export { type BoardVoteResult } from './ratification.js';
export { enact, type EnactResult } from './enact.js';

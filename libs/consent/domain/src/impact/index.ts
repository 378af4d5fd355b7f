// The impact of a policy change: what a vote would change, computed from the two compiled snapshots.
export { impact } from './impact.js';
export { collectiveOutcome } from './collective.js';
export {
  type CellGroup,
  type ClauseChangeKind,
  type CollectiveOutcome,
  type Conflict,
  type ControlChange,
  type ControlChangeGroup,
  type FloorViolation,
  type Impact,
  type NoOp,
  type Population,
} from './types.js';

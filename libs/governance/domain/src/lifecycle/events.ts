// Events the lifecycle emits; the caller appends them to the governance audit log. Every event carries
// the proposal id and the instant, so a log line is meaningful on its own.
import { type Outcome, type Phase } from './phases.js';
import { type BoardDecision } from './state.js';

interface EventBase {
  readonly proposalId: string;
  readonly at: number;
}

export type LifecycleEvent =
  | (EventBase & { readonly type: 'PHASE_CHANGED'; readonly from: Phase; readonly to: Phase })
  | (EventBase & { readonly type: 'ELECTORATE_FROZEN'; readonly size: number; readonly digest: string })
  | (EventBase & { readonly type: 'VOTING_CLOSED'; readonly outcome: Outcome })
  | (EventBase & {
      readonly type: 'BOARD_VOTE_CAST';
      readonly memberId: string;
      readonly decision: BoardDecision;
      readonly reason?: string;
    })
  | (EventBase & { readonly type: 'VETOED'; readonly reasons: readonly string[] })
  | (EventBase & { readonly type: 'WITHDRAWN'; readonly by: string; readonly reason?: string })
  | (EventBase & { readonly type: 'ENACTED'; readonly reference?: string });

export type LifecycleEventType = LifecycleEvent['type'];

export const phaseChanged = (proposalId: string, from: Phase, to: Phase, at: number): LifecycleEvent => ({
  type: 'PHASE_CHANGED',
  proposalId,
  from,
  to,
  at,
});

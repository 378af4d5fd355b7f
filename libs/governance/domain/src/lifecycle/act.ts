// The member-driven half of the lifecycle: may this participant do this now, and what changes if so. act()
// never throws for a refusal; it returns a typed error with a French and English message. Supports,
// comments, amendments and ballots are stored by the caller: for those act() is the gate and returns the
// state unchanged, with no lifecycle event (ballots in particular must not leave a timed trace here).
import { type LifecycleError, lifecycleError, type LifecycleResult } from './errors.js';
import { type LifecycleEvent, phaseChanged } from './events.js';
import { type Action, canAct } from './phases.js';
import { applyBoardVote } from './ratification.js';
import {
  type BoardDecision,
  deliberationDeadline,
  type Instant,
  type ProposalState,
  toMillis,
} from './state.js';

/**
 * The member taking part in a proposal, as the lifecycle sees them. Not identity's `Actor` (the signed-in
 * account with its role and status): the caller builds a participant from that account and the board.
 */
export interface Participant {
  readonly memberId: string;
  /** Asserted by the caller from the current board membership. */
  readonly isBoardMember?: boolean;
}

export interface ActDetails {
  /** Required for 'ratify'. */
  readonly decision?: BoardDecision;
  /** Required (non-blank) for a veto; optional for a withdrawal. */
  readonly reason?: string;
}

export type ActResult = LifecycleResult<{
  readonly state: ProposalState;
  readonly events: readonly LifecycleEvent[];
}>;

const refuse = (error: LifecycleError): ActResult => ({ ok: false, error });
const unchanged = (state: ProposalState): ActResult => ({ ok: true, state, events: [] });

/** The phase allows the action, but its window may have closed before the scheduler moved the phase. */
const windowClosed = (state: ProposalState, action: Action, now: number): boolean => {
  switch (action) {
    case 'support':
    case 'amend': {
      const deadline = deliberationDeadline(state);
      return deadline !== undefined && now >= deadline;
    }
    case 'vote':
      return state.voting === undefined || now < state.voting.startedAt || now >= state.voting.endsAt;
    case 'ratify':
      return state.ratification === undefined || now >= state.ratification.endsAt;
    case 'edit':
    case 'comment':
    case 'withdraw':
    case 'publish':
      return false;
  }
};

const authorOnly = (action: Action): boolean =>
  action === 'edit' || action === 'publish' || action === 'withdraw';

export const act = (
  state: ProposalState,
  action: Action,
  participant: Participant,
  now: Instant,
  details: ActDetails = {},
): ActResult => {
  const at = toMillis(now);
  if (!canAct(state.phase, action)) return refuse(lifecycleError('WRONG_PHASE'));
  if (windowClosed(state, action, at)) return refuse(lifecycleError('WINDOW_CLOSED'));
  if (authorOnly(action) && !state.authors.includes(participant.memberId))
    return refuse(lifecycleError('NOT_AUTHOR'));

  switch (action) {
    case 'publish':
      return {
        ok: true,
        state: { ...state, phase: 'DELIBERATION', deliberationStartedAt: at },
        events: [phaseChanged(state.id, 'DRAFT', 'DELIBERATION', at)],
      };
    case 'withdraw': {
      const reason = details.reason?.trim();
      return {
        ok: true,
        state: { ...state, phase: 'WITHDRAWN', endedAt: at },
        events: [
          phaseChanged(state.id, state.phase, 'WITHDRAWN', at),
          {
            type: 'WITHDRAWN',
            proposalId: state.id,
            at,
            by: participant.memberId,
            ...(reason ? { reason } : {}),
          },
        ],
      };
    }
    case 'ratify': {
      if (participant.isBoardMember !== true) return refuse(lifecycleError('NOT_BOARD'));
      if (details.decision === undefined) return refuse(lifecycleError('MISSING_INPUT'));
      const result = applyBoardVote(state, {
        memberId: participant.memberId,
        decision: details.decision,
        at,
        ...(details.reason === undefined ? {} : { reason: details.reason }),
      });
      return result.ok ? result : refuse(result.error);
    }
    case 'edit':
    case 'support':
    case 'comment':
    case 'amend':
    case 'vote':
      return unchanged(state);
  }
};

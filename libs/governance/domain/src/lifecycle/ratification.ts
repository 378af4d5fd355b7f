// Board ratification (docs/domain/governance.md#ratification-and-veto). A veto needs a strict majority of the
// board size fixed when the window opened (abstaining members count against a veto, as the domain asks for "a
// majority of the board", not of those who voted) and a public reason. The first veto majority sends the
// proposal back to deliberation for a second round; adopted again, it can no longer be vetoed.
import { lifecycleError, type LifecycleResult } from './errors.js';
import { type LifecycleEvent, phaseChanged } from './events.js';
import { type BoardVote, type ProposalState } from './state.js';

export type BoardVoteResult = LifecycleResult<{
  readonly state: ProposalState;
  readonly events: readonly LifecycleEvent[];
}>;

/** vetoes / boardSize > 1/2, in integers. */
export const isVetoMajority = (vetoes: number, boardSize: number): boolean =>
  boardSize > 0 && vetoes * 2 > boardSize;

/** Phase, window and board membership are checked by act(); this applies one board member's decision. */
export const applyBoardVote = (state: ProposalState, vote: BoardVote): BoardVoteResult => {
  const window = state.ratification;
  if (state.phase !== 'RATIFICATION' || window === undefined)
    return { ok: false, error: lifecycleError('WRONG_PHASE') };
  // One decision per board member: a majority counted from changeable votes could flip after the fact.
  if (window.votes.some((v) => v.memberId === vote.memberId)) {
    return { ok: false, error: lifecycleError('ALREADY_DECIDED') };
  }
  const reason = vote.reason?.trim();
  if (vote.decision === 'VETO') {
    if (state.vetoedOnce) return { ok: false, error: lifecycleError('ALREADY_VETOED') };
    if (!reason) return { ok: false, error: lifecycleError('REASON_REQUIRED') };
  }
  const recorded: BoardVote = {
    memberId: vote.memberId,
    decision: vote.decision,
    at: vote.at,
    ...(reason ? { reason } : {}),
  };
  const votes = [...window.votes, recorded];
  const cast: LifecycleEvent = {
    type: 'BOARD_VOTE_CAST',
    proposalId: state.id,
    at: vote.at,
    memberId: recorded.memberId,
    decision: recorded.decision,
    ...(recorded.reason === undefined ? {} : { reason: recorded.reason }),
  };
  const vetoes = votes.filter((v) => v.decision === 'VETO');
  if (!isVetoMajority(vetoes.length, window.boardSize)) {
    return { ok: true, state: { ...state, ratification: { ...window, votes } }, events: [cast] };
  }
  return { ok: true, ...sendBackToDeliberation(state, vetoes, vote.at, cast) };
};

const sendBackToDeliberation = (
  state: ProposalState,
  vetoes: readonly BoardVote[],
  at: number,
  cast: LifecycleEvent,
): { state: ProposalState; events: readonly LifecycleEvent[] } => {
  const reasons = vetoes.map((v) => v.reason ?? '');
  // Drop everything that belonged to the vetoed round; the veto itself stays on the record.
  const {
    frozenAt: _frozenAt,
    voting: _voting,
    outcome: _outcome,
    closedAt: _closedAt,
    ratification: _ratification,
    ...kept
  } = state;
  return {
    state: {
      ...kept,
      phase: 'DELIBERATION',
      round: state.round + 1,
      vetoedOnce: true,
      veto: { at, reasons },
      deliberationStartedAt: at,
    },
    // VETOED is a passing phase: it appears in the log, and the proposal is back in deliberation.
    events: [
      cast,
      { type: 'VETOED', proposalId: state.id, at, reasons },
      phaseChanged(state.id, 'RATIFICATION', 'VETOED', at),
      phaseChanged(state.id, 'VETOED', 'DELIBERATION', at),
    ],
  };
};

// RATIFIED → ENACTED. The caller does the work (a new snapshot revision or terms version, notifications)
// and then records it here, optionally with a reference to what it produced.
import { lifecycleError, type LifecycleResult } from './errors.js';
import { type LifecycleEvent, phaseChanged } from './events.js';
import { type Instant, type ProposalState, toMillis } from './state.js';

export type EnactResult = LifecycleResult<{
  readonly state: ProposalState;
  readonly events: readonly LifecycleEvent[];
}>;

export const enact = (state: ProposalState, now: Instant, reference?: string): EnactResult => {
  if (state.phase !== 'RATIFIED') return { ok: false, error: lifecycleError('WRONG_PHASE') };
  const at = toMillis(now);
  return {
    ok: true,
    state: { ...state, phase: 'ENACTED', endedAt: at },
    events: [
      phaseChanged(state.id, 'RATIFIED', 'ENACTED', at),
      { type: 'ENACTED', proposalId: state.id, at, ...(reference === undefined ? {} : { reference }) },
    ],
  };
};

// Choosing each member's effective delegate for one proposal, once: the most specific of their delegations
// that covers the proposal's topic. Done in one pass over the delegations with a per-member "best
// specificity so far", so the result does not depend on the order delegations are listed in.
import { coveringScopes, specificity } from './topics.js';
import { BLOCKED, NO_DELEGATION, OUTSIDE } from './resolve-interned.js';
import { ConflictingDelegationsError, type Delegation } from './types.js';

export interface EffectiveDelegates {
  /** Member index → delegate index, or NO_DELEGATION / BLOCKED / OUTSIDE. */
  readonly next: Int32Array;
  /** Member index → index in the delegations list of the delegation chosen, or -1. */
  readonly chosen: Int32Array;
}

/**
 * Delegations from people outside the electorate are ignored: they cannot vote on this proposal. A
 * delegation to someone outside it is kept as OUTSIDE, so the vote is reported lost rather than silently
 * treated as "no delegation".
 */
export function effectiveDelegates(
  topic: string,
  index: ReadonlyMap<string, number>,
  delegations: readonly Delegation[],
): EffectiveDelegates {
  const n = index.size;
  const scopes = coveringScopes(topic);
  const next = new Int32Array(n).fill(NO_DELEGATION);
  const chosen = new Int32Array(n).fill(-1);
  const best = new Int32Array(n).fill(-1);
  for (let d = 0; d < delegations.length; d++) {
    const delegation = delegations[d]!;
    const depth = specificity(scopes, delegation.topic);
    if (depth === undefined) continue;
    const from = index.get(delegation.from);
    if (from === undefined) continue;
    const target = delegation.to === null ? BLOCKED : (index.get(delegation.to) ?? OUTSIDE);
    const current = best[from]!;
    if (depth < current) continue;
    if (depth === current) {
      // Two covering scopes of equal depth are the same scope: a second delegation for it must agree.
      const previous = delegations[chosen[from]!]!;
      if (previous.to !== delegation.to)
        throw new ConflictingDelegationsError(delegation.from, delegation.topic);
      continue;
    }
    best[from] = depth;
    next[from] = target;
    chosen[from] = d;
  }
  return { next, chosen };
}

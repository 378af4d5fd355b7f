// A deliberately naive reference for the property tests, written straight from
// docs/domain/governance.md#delegation: for each member, scan all delegations for the most specific one
// covering the topic, then walk with a visited set. Slow (quadratic) and obviously right, so the fast
// resolver can be checked against it.
import { covers } from '../delegation/topics.js';
import { type Delegation } from '../delegation/types.js';

function delegateOf(
  member: string,
  topic: string,
  delegations: readonly Delegation[],
): Delegation | undefined {
  let best: Delegation | undefined;
  for (const delegation of delegations) {
    if (delegation.from !== member || !covers(delegation.topic, topic)) continue;
    const length = delegation.topic?.length ?? -1;
    if (best === undefined || length > (best.topic?.length ?? -1)) best = delegation;
  }
  return best;
}

/** The member whose vote carries `member`'s, or null when it reaches nobody who voted. */
export function referenceFinalVoter(
  member: string,
  topic: string,
  members: ReadonlySet<string>,
  delegations: readonly Delegation[],
  voters: ReadonlySet<string>,
): string | null {
  const visited = new Set<string>();
  let current = member;
  for (;;) {
    if (voters.has(current)) return current;
    if (visited.has(current)) return null;
    visited.add(current);
    const next = delegateOf(current, topic, delegations)?.to ?? null;
    if (next === null || !members.has(next)) return null;
    current = next;
  }
}

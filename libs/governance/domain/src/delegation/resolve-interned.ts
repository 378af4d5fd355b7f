// The fast path: members are integers 0..n-1 and each has at most one effective delegate. Final voters are
// found by an iterative walk with memoisation: every member is pushed on the walk stack at most once, so the
// whole resolution is O(members) after the O(delegations) choice of delegates, with no recursion (a chain
// of a million members must not exhaust the call stack).

/** `next[i]` values that are not a member index. */
export const NO_DELEGATION = -1;
/** The member explicitly chose not to delegate on this topic (`to: null`). */
export const BLOCKED = -2;
/** The member delegates to someone outside the electorate. */
export const OUTSIDE = -3;

/** `final[i]` values that are not a voter index: where a vote entering member i ends when it reaches nobody. */
export const LOST_CYCLE = -4;
export const LOST_NO_VOTER = -5;
export const LOST_BLOCKED = -6;

const UNVISITED = -10;
const ON_PATH = -11;

export interface InternedResolution {
  /**
   * Where a vote entering member i ends: a direct voter's index (i itself when i voted), or one of
   * LOST_CYCLE, LOST_NO_VOTER, LOST_BLOCKED. For a member who does not vote and has no delegate
   * (`next[i] < 0` and not OUTSIDE), this is what a vote *passed to* them becomes, not their own outcome.
   */
  readonly final: Int32Array;
  /** Votes of other members that reached voter i (0 for non-voters). */
  readonly delegatedWeight: Uint32Array;
}

/**
 * Resolves final voters. `next[i]` is i's effective delegate for the topic (a member index) or
 * NO_DELEGATION / BLOCKED / OUTSIDE; `direct[i]` is 1 when i voted. A direct vote overrides i's delegate.
 */
export function resolveInterned(next: Int32Array, direct: Uint8Array): InternedResolution {
  const n = next.length;
  const final = new Int32Array(n).fill(UNVISITED);
  // One shared stack for the current walk; each member enters it once over the whole run.
  const path = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    if (final[start] !== UNVISITED) continue;
    let top = 0;
    let current = start;
    let result: number;
    for (;;) {
      const known = final[current]!;
      if (known === ON_PATH) {
        // Back on our own walk: a circle reached without meeting anyone who voted.
        result = LOST_CYCLE;
        break;
      }
      if (known !== UNVISITED) {
        result = known;
        break;
      }
      if (direct[current] === 1) {
        result = current;
        final[current] = current;
        break;
      }
      const delegate = next[current]!;
      if (delegate < 0) {
        result = delegate === BLOCKED ? LOST_BLOCKED : LOST_NO_VOTER;
        final[current] = result;
        break;
      }
      final[current] = ON_PATH;
      path[top++] = current;
      current = delegate;
    }
    // Path compression: everyone on the walk shares its end.
    while (top > 0) final[path[--top]!] = result;
  }
  const delegatedWeight = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const voter = final[i]!;
    // A non-voter with a non-negative end reached that voter through delegation.
    if (voter >= 0 && direct[i] !== 1) delegatedWeight[voter] = delegatedWeight[voter]! + 1;
  }
  return { final, delegatedWeight };
}

// The friendly API over the integer fast path. Per-member outcomes (with their chains) are built on
// demand from the interned arrays rather than all at once: a million chain arrays would cost more heap
// than the whole resolution, and a member usually asks only about themselves.
import { effectiveDelegates } from './effective.js';
import { Electorate } from './electorate.js';
import {
  BLOCKED,
  LOST_BLOCKED,
  LOST_CYCLE,
  OUTSIDE,
  resolveInterned,
  type InternedResolution,
} from './resolve-interned.js';
import {
  type Delegation,
  type LostReason,
  type MemberOutcome,
  type ResolutionTotals,
  type ResolveInput,
  type VoterWeight,
} from './types.js';

export class DelegationResolution {
  /** Each direct voter's weight, in electorate order. */
  readonly weights: ReadonlyMap<string, VoterWeight>;
  readonly totals: ResolutionTotals;

  constructor(
    readonly topic: string,
    readonly electorate: Electorate,
    private readonly delegations: readonly Delegation[],
    private readonly next: Int32Array,
    private readonly chosen: Int32Array,
    private readonly direct: Uint8Array,
    private readonly interned: InternedResolution,
  ) {
    const members = electorate.members;
    const weights = new Map<string, VoterWeight>();
    const totals = { direct: 0, delegated: 0, lost: 0, none: 0 };
    for (let i = 0; i < members.length; i++) {
      if (direct[i] === 1) {
        weights.set(members[i]!, { direct: 1, delegated: interned.delegatedWeight[i]! });
        totals.direct++;
      } else if (next[i]! < 0 && next[i] !== OUTSIDE) totals.none++;
      else if (interned.final[i]! >= 0) totals.delegated++;
      else totals.lost++;
    }
    this.weights = weights;
    this.totals = totals;
  }

  /** The outcome for one member, or undefined when they are not in the electorate. */
  outcome(member: string): MemberOutcome | undefined {
    const i = this.electorate.index.get(member);
    return i === undefined ? undefined : this.outcomeAt(i);
  }

  /** Every member's outcome, in electorate order. */
  *outcomes(): IterableIterator<MemberOutcome> {
    for (let i = 0; i < this.electorate.size; i++) yield this.outcomeAt(i);
  }

  private outcomeAt(i: number): MemberOutcome {
    const member = this.electorate.members[i]!;
    const chosen = this.chosen[i]!;
    const delegation = chosen >= 0 ? this.delegations[chosen] : undefined;
    if (this.direct[i] === 1) {
      const base = {
        member,
        kind: 'direct' as const,
        finalVoter: member,
        chain: [member],
        delegatedWeight: this.interned.delegatedWeight[i]!,
      };
      return delegation === undefined ? base : { ...base, overriddenDelegation: delegation };
    }
    const next = this.next[i]!;
    if (next < 0 && next !== OUTSIDE) {
      // No delegation, or an explicit "no delegation" for this topic: nothing to follow.
      const base = { member, kind: 'none' as const, chain: [member] };
      return next === BLOCKED && delegation !== undefined ? { ...base, delegation } : base;
    }
    // A delegating member always has a chosen delegation.
    const own = delegation!;
    const final = this.interned.final[i]!;
    const chain = this.chain(i);
    if (final >= 0)
      return {
        member,
        kind: 'delegated',
        finalVoter: this.electorate.members[final]!,
        chain,
        delegation: own,
      };
    return { member, kind: 'lost', reason: lostReason(final), chain, delegation: own };
  }

  /** Follows the original delegates (not the compressed ends) so the chain names every intermediary. */
  private chain(start: number): string[] {
    const chain: string[] = [];
    const seen = new Set<number>();
    let current = start;
    for (;;) {
      chain.push(this.electorate.members[current]!);
      if (current !== start && this.direct[current] === 1) return chain;
      seen.add(current);
      const next = this.next[current]!;
      if (next === OUTSIDE) {
        chain.push(this.delegations[this.chosen[current]!]!.to!);
        return chain;
      }
      if (next < 0) return chain;
      if (seen.has(next)) {
        // Close the circle visibly: A → B → C → A.
        chain.push(this.electorate.members[next]!);
        return chain;
      }
      current = next;
    }
  }
}

function lostReason(code: number): LostReason {
  if (code === LOST_CYCLE) return 'CYCLE';
  if (code === LOST_BLOCKED) return 'BLOCKED';
  return 'NO_VOTER_AT_END';
}

/**
 * Resolves who carries whose vote on a proposal. A direct vote overrides the member's own delegation;
 * chains run through members who did not vote; a vote that reaches nobody who voted is lost, with a reason.
 */
export function resolveDelegations(input: ResolveInput): DelegationResolution {
  const { topic, delegations, directVoters } = input;
  const electorate = input.members instanceof Electorate ? input.members : Electorate.of(input.members);
  const direct = electorate.directMask(directVoters);
  const { next, chosen } = effectiveDelegates(topic, electorate.index, delegations);
  const interned = resolveInterned(next, direct);
  return new DelegationResolution(topic, electorate, delegations, next, chosen, direct, interned);
}

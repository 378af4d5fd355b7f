// Public shapes of liquid delegation (docs/domain/governance.md#delegation). A delegation is public data: who
// passes their vote to whom, globally or for one topic. Outcomes are discriminated by `kind` so a caller
// cannot read a final voter off a lost vote by mistake.
import { type Electorate } from './electorate.js';

/**
 * One member's delegation. `topic: null` is global; a dotted topic (`health.research`) covers itself and
 * every narrower topic. `to: null` is an explicit "no delegation" for that topic: it wins over a wider
 * delegation exactly like a real one would, so a member can keep a topic for themselves.
 */
export interface Delegation {
  readonly from: string;
  readonly topic: string | null;
  readonly to: string | null;
}

/** Why a delegated vote reached nobody who voted. */
export type LostReason =
  /** The chain runs into a circle of delegations in which nobody voted directly. */
  | 'CYCLE'
  /** The chain ends at someone who neither voted nor delegated (or is not in the electorate). */
  | 'NO_VOTER_AT_END'
  /** The chain ends at someone who explicitly chose not to delegate on this topic, and did not vote. */
  | 'BLOCKED';

export type OutcomeKind = 'direct' | 'delegated' | 'lost' | 'none';

interface OutcomeBase {
  readonly member: string;
  /** member → … → last member reached. Ends at the final voter when the vote counted. */
  readonly chain: readonly string[];
}

export interface DirectOutcome extends OutcomeBase {
  readonly kind: 'direct';
  readonly finalVoter: string;
  /** Votes of other members this voter carries. */
  readonly delegatedWeight: number;
  /** The member's own delegation for this topic, set aside because they voted themselves. */
  readonly overriddenDelegation?: Delegation;
}

export interface DelegatedOutcome extends OutcomeBase {
  readonly kind: 'delegated';
  readonly finalVoter: string;
  /** The member's own delegation that started the chain (the most specific one for the topic). */
  readonly delegation: Delegation;
}

export interface LostOutcome extends OutcomeBase {
  readonly kind: 'lost';
  readonly reason: LostReason;
  readonly delegation: Delegation;
}

export interface NoneOutcome extends OutcomeBase {
  readonly kind: 'none';
  /** Present when the member explicitly chose not to delegate on this topic (`to: null`). */
  readonly delegation?: Delegation;
}

export type MemberOutcome = DirectOutcome | DelegatedOutcome | LostOutcome | NoneOutcome;

/** What a direct voter's ballot weighs: their own vote plus the votes that reached them. */
export interface VoterWeight {
  readonly direct: 1;
  readonly delegated: number;
}

export interface ResolutionTotals {
  readonly direct: number;
  /** Members whose vote reached a direct voter through delegation. */
  readonly delegated: number;
  readonly lost: number;
  readonly none: number;
}

export interface ResolveInput {
  /** The proposal's topic (dotted id). */
  readonly topic: string;
  /**
   * The frozen electorate, as ids or already interned (reuse an Electorate across resolutions of the same
   * vote). Delegations from or to anyone else are not followed.
   */
  readonly members: readonly string[] | Electorate;
  readonly delegations: readonly Delegation[];
  /** Who cast a ballot themselves. */
  readonly directVoters: ReadonlySet<string> | ((member: string) => boolean);
}

/** Two different delegations of one member for one topic: the data is inconsistent, nothing is guessed. */
export class ConflictingDelegationsError extends Error {
  constructor(
    readonly member: string,
    readonly topic: string | null,
  ) {
    super(`Member ${member} has conflicting delegations for topic ${topic ?? '(global)'}`);
    this.name = 'ConflictingDelegationsError';
  }
}

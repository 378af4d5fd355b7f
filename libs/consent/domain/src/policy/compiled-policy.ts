// The compiled form of a snapshot: every term interned to a small integer and, per term, the bitset of the
// clauses that select it (closure over the hierarchy precomputed), so a decision never walks a hierarchy.
import { type Duties, type MemberControl, type Provenance } from '../clauses/clause.js';
import { type TermKind } from '../clauses/taxonomy-lookup.js';

export type Dimension = TermKind | 'recipient';

export interface CompiledClause {
  readonly index: number;
  readonly id: string;
  readonly effect: 'permit' | 'prohibit';
  readonly floor: boolean;
  readonly control: MemberControl;
  /** Position of `control` in MEMBER_CONTROLS: higher is stricter. */
  readonly controlRank: number;
  readonly validFrom: number;
  readonly validUntil: number;
  readonly duties: Duties;
  readonly materialVersion: number;
  readonly provenance: Provenance;
}

export interface CompiledPolicy {
  readonly revision: number;
  readonly legalVersion: number;
  readonly clauses: readonly CompiledClause[];
  readonly words: number;
  /** Term id → dense index, per dimension. */
  readonly index: Readonly<Record<Dimension, ReadonlyMap<string, number>>>;
  /** Row per term of each dimension: the clauses selecting it (closure included). */
  readonly masks: Readonly<Record<Dimension, Uint32Array>>;
  /**
   * The clauses selecting each (category, purpose) pair — the AND of the two rows, precomputed — and, per
   * pair, the words of that bitset that are not zero (CSR: the words of pair q are
   * `pairWords[pairWordStart[q] .. pairWordStart[q + 1])`). A decision then visits the few non-empty words
   * and ANDs two more rows, instead of four rows over every word.
   */
  readonly pairMasks: Uint32Array;
  readonly pairWordStart: Int32Array;
  readonly pairWords: Int32Array;
  /** Euler-tour interval of each category and purpose: `a` covers `b` iff enter[a] <= enter[b] < exit[a]. */
  readonly intervals: Readonly<Record<'category' | 'purpose', { enter: Int32Array; exit: Int32Array }>>;
}

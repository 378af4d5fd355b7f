// The clause: one rule of a data-use policy, as docs/domain/consent.md#clauses describes it. Plain data, so a
// clause can be stored, diffed, voted on, hashed and shipped to services unchanged.
import { type LocalizedText } from '@lovecando/shared-util';

export type Effect = 'permit' | 'prohibit';

export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interest',
  'public-task',
  'legitimate-interest',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Ordered from the least to the most protective: the strictest among matching permits applies. */
export const MEMBER_CONTROLS = ['none', 'opt-out', 'opt-in', 'explicit-opt-in'] as const;
export type MemberControl = (typeof MEMBER_CONTROLS)[number];

export interface Duties {
  /** Days the data may be kept; required on permits. */
  readonly retentionDays?: number;
  readonly pseudonymise?: boolean;
  /** Results may only be released for groups of at least this many members. */
  readonly minAggregationK?: number;
  readonly notifyMember?: boolean;
}

/** Where a clause comes from: the proposal, the tally and the ratification that adopted it. */
export interface Provenance {
  readonly proposalId?: string;
  readonly tallyId?: string;
  readonly ratificationId?: string;
}

export interface CellRequest {
  readonly category: string;
  readonly purpose: string;
  readonly operation: string;
  readonly recipient: string;
}

/** A request with its expected collective outcome, re-run as a regression test on every compile. */
export interface ClauseExample {
  readonly request: CellRequest;
  readonly expected: 'allow' | 'deny';
}

export type Selector = readonly string[] | 'all';

export interface Clause {
  readonly id: string;
  readonly effect: Effect;
  /** A charter rule: only a prohibit can be a floor, and no policy may override it. */
  readonly floor: boolean;
  readonly dataCategories: readonly string[];
  readonly purposes: readonly string[];
  readonly operations: Selector;
  readonly recipients: Selector;
  readonly legalBasis: LegalBasis;
  readonly memberControl: MemberControl;
  readonly duties: Duties;
  /** ISO 8601 instants; absent means open-ended. */
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly notice: LocalizedText;
  /** Bumped when a change invalidates consent given to an earlier wording. */
  readonly materialVersion: number;
  readonly examples?: readonly ClauseExample[];
  readonly provenance?: Provenance;
}

export interface Recipient {
  readonly id: string;
  readonly name: string;
  readonly kind: 'processor' | 'third-party';
  readonly jurisdiction: string;
  readonly declaredUses?: readonly CellRequest[];
}

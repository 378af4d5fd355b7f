// Types of the consent taxonomy: the three hierarchies (data categories, purposes, operations) that clauses,
// member choices and requests name by dotted id. `TaxonomyData` is the JSON document as published and
// versioned; `Taxonomy` is the validated, indexed form every other part of the consent engine reads.
import { type LocalizedText } from '@lovecando/shared-util';

/** The three hierarchies. A clause or request names one term of each. */
export const TAXONOMY_KINDS = ['category', 'purpose', 'operation'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

/** One node as written in the JSON document. */
export interface TaxonomyNode {
  /** Lowercase dotted path; every dotted prefix must itself be a node of the same kind. */
  readonly id: string;
  readonly label: LocalizedText;
  /** Canonical (unversioned) W3C DPV IRI, only where a DPV term really matches. */
  readonly dpv?: string;
  /**
   * GDPR art. 9 special category. Categories only, and written on the top node alone: descendants inherit
   * it (see `Taxonomy.isSpecial`).
   */
  readonly special?: boolean;
}

/** The JSON document: one version of the taxonomy. */
export interface TaxonomyData {
  readonly version: string;
  readonly categories: readonly TaxonomyNode[];
  readonly purposes: readonly TaxonomyNode[];
  readonly operations: readonly TaxonomyNode[];
}

/** Where each kind lives in the JSON document. */
export const KIND_FIELDS = {
  category: 'categories',
  purpose: 'purposes',
  operation: 'operations',
} as const satisfies Record<TaxonomyKind, keyof TaxonomyData>;

/** A node once validated and placed in its hierarchy. */
export interface TaxonomyTerm {
  readonly kind: TaxonomyKind;
  readonly id: string;
  readonly label: LocalizedText;
  readonly dpv?: string;
  /** The id one level up; absent on a root. */
  readonly parent?: string;
  /** 0 for a root. */
  readonly depth: number;
  /** Effective art. 9 status: flagged on this node or inherited from an ancestor. Always false outside categories. */
  readonly special: boolean;
}

/**
 * The validated taxonomy. Every query is answered from indexes built once at load time, in O(1) or
 * O(depth); an unknown id is never an error here, it is simply not covered by anything (the decision
 * engine rejects unknown terms before asking).
 */
export interface Taxonomy {
  readonly version: string;
  /** The normalised document this taxonomy was built from (deep-frozen), e.g. to embed in a snapshot. */
  readonly data: TaxonomyData;
  /** Every id of a kind, in document order. */
  ids(kind: TaxonomyKind): readonly string[];
  has(kind: TaxonomyKind, id: string): boolean;
  node(kind: TaxonomyKind, id: string): TaxonomyTerm | undefined;
  /** The parent id; undefined for a root or an unknown id. */
  parentOf(kind: TaxonomyKind, id: string): string | undefined;
  /** Direct children, in document order; empty for a leaf or an unknown id. */
  childrenOf(kind: TaxonomyKind, id: string): readonly string[];
  /** Self first, then each ancestor up to the root; empty for an unknown id. */
  ancestorsOrSelf(kind: TaxonomyKind, id: string): readonly string[];
  /** Self first, then every descendant in document order; empty for an unknown id. */
  descendantsOrSelf(kind: TaxonomyKind, id: string): readonly string[];
  /** True when both ids are known and `id` equals or descends from `ancestorId`. */
  covers(kind: TaxonomyKind, ancestorId: string, id: string): boolean;
  /** True when the category, or one of its ancestors, is a GDPR art. 9 special category. */
  isSpecial(categoryId: string): boolean;
}

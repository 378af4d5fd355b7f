// What clause checks need to know about the taxonomy (the validated Taxonomy provides it).
export type TermKind = 'category' | 'purpose' | 'operation';

export interface TaxonomyLookup {
  has(kind: TermKind, id: string): boolean;
  /** The category or one of its ancestors is a special category (GDPR art. 9). */
  isSpecial(categoryId: string): boolean;
  descendantsOrSelf(kind: TermKind, id: string): readonly string[];
  /** `id` equals `ancestorId` or descends from it. */
  covers(kind: TermKind, ancestorId: string, id: string): boolean;
}

// Builds the indexed, immutable `Taxonomy` from a document that has already passed validation. Everything a
// query needs (ancestors, descendants, children, effective special status) is computed here once, so the
// decision engine answers each request in O(1) or O(depth) without walking the tree again.
import { parentId } from './validate.js';
import {
  KIND_FIELDS,
  TAXONOMY_KINDS,
  type Taxonomy,
  type TaxonomyData,
  type TaxonomyKind,
  type TaxonomyNode,
  type TaxonomyTerm,
} from './types.js';

interface KindIndex {
  readonly ids: readonly string[];
  readonly terms: ReadonlyMap<string, TaxonomyTerm>;
  readonly ancestors: ReadonlyMap<string, readonly string[]>;
  /** The same ancestors as a set, so `covers` is a single lookup. */
  readonly ancestorSets: ReadonlyMap<string, ReadonlySet<string>>;
  readonly descendants: ReadonlyMap<string, readonly string[]>;
  readonly children: ReadonlyMap<string, readonly string[]>;
}

const NONE: readonly string[] = Object.freeze([]);

/** Self first, then each dotted prefix up to the root: `a.b.c` → `a.b.c`, `a.b`, `a`. */
function ancestorChain(id: string): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = id; current !== undefined; current = parentId(current)) {
    chain.push(current);
  }
  return chain;
}

function freezeNode(node: TaxonomyNode): TaxonomyNode {
  return Object.freeze({ ...node, label: Object.freeze({ ...node.label }) });
}

function indexKind(kind: TaxonomyKind, nodes: readonly TaxonomyNode[]): KindIndex {
  const ids = Object.freeze(nodes.map((node) => node.id));
  const declaredSpecial = new Set(nodes.filter((node) => node.special === true).map((node) => node.id));

  const ancestors = new Map<string, readonly string[]>();
  const ancestorSets = new Map<string, ReadonlySet<string>>();
  // Self goes in first for every id, before any descendant is appended, whatever the document order.
  const descendants = new Map<string, string[]>(ids.map((id) => [id, [id]]));
  const children = new Map<string, string[]>(ids.map((id) => [id, []]));
  const terms = new Map<string, TaxonomyTerm>();

  for (const node of nodes) {
    const chain = ancestorChain(node.id);
    ancestors.set(node.id, Object.freeze(chain));
    ancestorSets.set(node.id, new Set(chain));
    for (const ancestor of chain.slice(1)) descendants.get(ancestor)?.push(node.id);
    const parent = chain[1];
    if (parent !== undefined) children.get(parent)?.push(node.id);
    terms.set(
      node.id,
      Object.freeze({
        kind,
        id: node.id,
        label: Object.freeze({ fr: node.label.fr, en: node.label.en }),
        ...(node.dpv === undefined ? {} : { dpv: node.dpv }),
        ...(parent === undefined ? {} : { parent }),
        depth: chain.length - 1,
        special: kind === 'category' && chain.some((id) => declaredSpecial.has(id)),
      }),
    );
  }

  const frozenLists = (map: Map<string, string[]>): ReadonlyMap<string, readonly string[]> =>
    new Map([...map].map(([id, list]) => [id, Object.freeze(list)]));
  return {
    ids,
    terms,
    ancestors,
    ancestorSets,
    descendants: frozenLists(descendants),
    children: frozenLists(children),
  };
}

/** Assumes `data` passed `validateTaxonomyData`: unique ids, every parent declared. */
export function buildTaxonomy(data: TaxonomyData): Taxonomy {
  const frozenData: TaxonomyData = Object.freeze({
    version: data.version,
    categories: Object.freeze(data.categories.map(freezeNode)),
    purposes: Object.freeze(data.purposes.map(freezeNode)),
    operations: Object.freeze(data.operations.map(freezeNode)),
  });
  // A Map rather than a record: a kind that is not one of the three (from untyped callers) finds nothing.
  const indexes = new Map<TaxonomyKind, KindIndex>(
    TAXONOMY_KINDS.map((kind) => [kind, indexKind(kind, frozenData[KIND_FIELDS[kind]])]),
  );
  const index = (kind: TaxonomyKind): KindIndex | undefined => indexes.get(kind);

  const taxonomy: Taxonomy = {
    version: frozenData.version,
    data: frozenData,
    ids: (kind) => index(kind)?.ids ?? NONE,
    has: (kind, id) => index(kind)?.terms.has(id) ?? false,
    node: (kind, id) => index(kind)?.terms.get(id),
    parentOf: (kind, id) => index(kind)?.terms.get(id)?.parent,
    childrenOf: (kind, id) => index(kind)?.children.get(id) ?? NONE,
    ancestorsOrSelf: (kind, id) => index(kind)?.ancestors.get(id) ?? NONE,
    descendantsOrSelf: (kind, id) => index(kind)?.descendants.get(id) ?? NONE,
    covers: (kind, ancestorId, id) => {
      const kindIndex = index(kind);
      // Both must be known: an unknown ancestor id covers nothing, even if it is a dotted prefix.
      return (
        (kindIndex?.terms.has(ancestorId) ?? false) &&
        (kindIndex?.ancestorSets.get(id)?.has(ancestorId) ?? false)
      );
    },
    isSpecial: (categoryId) => index('category')?.terms.get(categoryId)?.special ?? false,
  };
  return Object.freeze(taxonomy);
}

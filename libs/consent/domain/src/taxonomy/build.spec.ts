// Queries on the indexed taxonomy: hierarchy walks on a small hand-made tree, and a property test that
// `covers` agrees with `ancestorsOrSelf` on random dotted taxonomies.
import fc from 'fast-check';
import { loadTaxonomy } from './taxonomy.js';
import { type Taxonomy, type TaxonomyKind } from './types.js';

const node = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: { fr: id, en: id },
  ...extra,
});

function load(data: unknown): Taxonomy {
  const result = loadTaxonomy(data);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.taxonomy;
}

describe('taxonomy queries', () => {
  // The child `a.b.c` comes before its parent in the document on purpose.
  const taxonomy = load({
    version: 'small',
    categories: [
      node('a', { special: true }),
      node('a.b.c'),
      node('a.b'),
      node('a.d', { dpv: 'https://w3id.org/dpv/pd#Health' }),
      node('e'),
      node('e.f'),
    ],
    purposes: [node('p'), node('p.q')],
    operations: [node('use')],
  });

  it('lists ids per kind in document order', () => {
    expect(taxonomy.ids('category')).toEqual(['a', 'a.b.c', 'a.b', 'a.d', 'e', 'e.f']);
    expect(taxonomy.ids('purpose')).toEqual(['p', 'p.q']);
    expect(taxonomy.ids('operation')).toEqual(['use']);
  });

  it('keeps kinds apart', () => {
    expect(taxonomy.has('category', 'a')).toBe(true);
    expect(taxonomy.has('purpose', 'a')).toBe(false);
    expect(taxonomy.covers('purpose', 'a', 'a.b')).toBe(false);
  });

  it('describes a node with its place in the hierarchy', () => {
    expect(taxonomy.node('category', 'a.d')).toEqual({
      kind: 'category',
      id: 'a.d',
      label: { fr: 'a.d', en: 'a.d' },
      dpv: 'https://w3id.org/dpv/pd#Health',
      parent: 'a',
      depth: 1,
      special: true,
    });
    expect(taxonomy.node('purpose', 'p')).toEqual({
      kind: 'purpose',
      id: 'p',
      label: { fr: 'p', en: 'p' },
      depth: 0,
      special: false,
    });
    expect(taxonomy.node('category', 'zzz')).toBeUndefined();
  });

  it('walks up from self to the root', () => {
    expect(taxonomy.ancestorsOrSelf('category', 'a.b.c')).toEqual(['a.b.c', 'a.b', 'a']);
    expect(taxonomy.ancestorsOrSelf('category', 'e')).toEqual(['e']);
    expect(taxonomy.parentOf('category', 'a.b.c')).toBe('a.b');
    expect(taxonomy.parentOf('category', 'a')).toBeUndefined();
  });

  it('walks down from self first, then descendants in document order', () => {
    expect(taxonomy.descendantsOrSelf('category', 'a')).toEqual(['a', 'a.b.c', 'a.b', 'a.d']);
    expect(taxonomy.descendantsOrSelf('category', 'a.b')).toEqual(['a.b', 'a.b.c']);
    expect(taxonomy.descendantsOrSelf('category', 'e.f')).toEqual(['e.f']);
    expect(taxonomy.childrenOf('category', 'a')).toEqual(['a.b', 'a.d']);
    expect(taxonomy.childrenOf('category', 'a.b.c')).toEqual([]);
  });

  it('covers self and descendants only', () => {
    expect(taxonomy.covers('category', 'a', 'a')).toBe(true);
    expect(taxonomy.covers('category', 'a', 'a.b.c')).toBe(true);
    expect(taxonomy.covers('category', 'a.b', 'a.b.c')).toBe(true);
    expect(taxonomy.covers('category', 'a.b.c', 'a.b')).toBe(false);
    expect(taxonomy.covers('category', 'a.b', 'a.d')).toBe(false);
    expect(taxonomy.covers('category', 'e', 'a.b')).toBe(false);
  });

  it('inherits the special flag from an ancestor', () => {
    expect(taxonomy.isSpecial('a')).toBe(true);
    expect(taxonomy.isSpecial('a.b.c')).toBe(true);
    expect(taxonomy.isSpecial('e.f')).toBe(false);
  });

  it('answers unknown ids and kinds without failing, and covers nothing with them', () => {
    expect(taxonomy.has('category', 'a.x')).toBe(false);
    expect(taxonomy.ancestorsOrSelf('category', 'a.x')).toEqual([]);
    expect(taxonomy.descendantsOrSelf('category', 'a.x')).toEqual([]);
    expect(taxonomy.covers('category', 'a', 'a.x')).toBe(false);
    expect(taxonomy.covers('category', 'a.x', 'a.x')).toBe(false);
    expect(taxonomy.isSpecial('a.x')).toBe(false);
    const bogus = 'recipient' as TaxonomyKind;
    expect(taxonomy.ids(bogus)).toEqual([]);
    expect(taxonomy.has(bogus, 'a')).toBe(false);
  });

  it('returns frozen lists that callers cannot corrupt', () => {
    expect(Object.isFrozen(taxonomy.ancestorsOrSelf('category', 'a.b.c'))).toBe(true);
    expect(Object.isFrozen(taxonomy.descendantsOrSelf('category', 'a'))).toBe(true);
    expect(Object.isFrozen(taxonomy.childrenOf('category', 'a'))).toBe(true);
    expect(Object.isFrozen(taxonomy.ancestorsOrSelf('category', 'nope'))).toBe(true);
  });
});

describe('covers, on random dotted taxonomies', () => {
  const segment = fc.constantFrom('a', 'b', 'c', 'x-1');
  const dottedId = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
  /** Random ids closed under "parent of", so the document is always valid. */
  const closedIds = fc.uniqueArray(dottedId, { minLength: 1, maxLength: 25 }).map((ids) => {
    const all = new Set<string>();
    for (const id of ids) {
      const parts = id.split('.');
      for (let length = 1; length <= parts.length; length++) all.add(parts.slice(0, length).join('.'));
    }
    return [...all];
  });
  const taxonomyWithIds = fc.tuple(closedIds, fc.integer()).map(([ids, seed]) => {
    // Shuffle deterministically from the seed so parents do not always come first.
    const shuffled = [...ids].sort(
      (x, y) => ((x.length * 31 + seed) % 7) - ((y.length * 31 + seed) % 7) || x.localeCompare(y),
    );
    return {
      ids: shuffled,
      taxonomy: load({
        version: 'random',
        categories: shuffled.map((id) => node(id)),
        purposes: [],
        operations: [],
      }),
    };
  });

  it('is true exactly when ancestorsOrSelf contains the ancestor', () => {
    fc.assert(
      fc.property(taxonomyWithIds, fc.nat(), fc.nat(), ({ ids, taxonomy }, i, j) => {
        const ancestor = ids[i % ids.length] ?? '';
        const id = ids[j % ids.length] ?? '';
        const expected = taxonomy.ancestorsOrSelf('category', id).includes(ancestor);
        expect(taxonomy.covers('category', ancestor, id)).toBe(expected);
        // Consistent with the other walks and with the dotted-prefix reading of ids.
        expect(taxonomy.descendantsOrSelf('category', ancestor).includes(id)).toBe(expected);
        expect(expected).toBe(id === ancestor || id.startsWith(`${ancestor}.`));
      }),
    );
  });

  it('puts self first and reaches a root', () => {
    fc.assert(
      fc.property(taxonomyWithIds, ({ ids, taxonomy }) => {
        for (const id of ids) {
          const chain = taxonomy.ancestorsOrSelf('category', id);
          expect(chain[0]).toBe(id);
          expect(taxonomy.parentOf('category', chain.at(-1) ?? '')).toBeUndefined();
          expect(chain.length).toBe(id.split('.').length);
        }
      }),
    );
  });
});

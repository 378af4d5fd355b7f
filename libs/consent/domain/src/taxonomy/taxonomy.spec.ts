// Loading: every problem code with the path it points to, all problems reported in one pass, and a clean
// normalised result on success.
import { type TaxonomyProblem } from './problems.js';
import { loadTaxonomy } from './taxonomy.js';
import { findCycles } from './validate.js';

const label = (text: string) => ({ fr: text, en: text });
const node = (id: string, extra: Record<string, unknown> = {}) => ({ id, label: label(id), ...extra });

/** A small valid document; each test breaks one thing. */
function doc(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 'test',
    categories: [node('health', { special: true }), node('health.activity'), node('contact')],
    purposes: [node('research'), node('research.academic')],
    operations: [node('use'), node('share')],
    ...overrides,
  };
}

function problemsOf(data: unknown): readonly Pick<TaxonomyProblem, 'code' | 'path'>[] {
  const result = loadTaxonomy(data);
  if (result.ok) return [];
  for (const p of result.problems) {
    expect(p.message.fr.trim()).not.toBe('');
    expect(p.message.en.trim()).not.toBe('');
  }
  return result.problems.map(({ code, path }) => ({ code, path }));
}

describe('loadTaxonomy', () => {
  it('accepts a valid document', () => {
    expect(problemsOf(doc())).toEqual([]);
  });

  it('reports a duplicate id on its second occurrence', () => {
    const categories = [node('health'), node('contact'), node('health')];
    expect(problemsOf(doc({ categories }))).toEqual([{ code: 'DUPLICATE_ID', path: 'categories.2.id' }]);
  });

  it('allows the same id in two different kinds', () => {
    expect(problemsOf(doc({ purposes: [node('use')] }))).toEqual([]);
  });

  it.each([
    'Health',
    'health..activity',
    '.health',
    'health.',
    '1health',
    'health.Activity',
    'santé',
    'a_b',
    '',
  ])('reports the bad id %p', (id) => {
    expect(problemsOf(doc({ operations: [node('use'), node(id, { label: label('x') })] }))).toEqual([
      { code: 'BAD_ID', path: 'operations.1.id' },
    ]);
  });

  it('reports a missing parent, naming every missing ancestor in one problem', () => {
    const result = loadTaxonomy(
      doc({ purposes: [node('research'), node('marketing.advertising.personalised')] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'MISSING_PARENT', path: 'purposes.1.id' },
    ]);
    expect(result.problems[0]?.message.en).toContain('"marketing.advertising", "marketing"');
  });

  it('accepts a parent declared after its child', () => {
    expect(problemsOf(doc({ categories: [node('health.activity'), node('health')] }))).toEqual([]);
  });

  it.each([
    [{ id: 'health' }, 'categories.0.label'],
    [{ id: 'health', label: 'Santé' }, 'categories.0.label'],
    [{ id: 'health', label: { en: 'Health' } }, 'categories.0.label.fr'],
    [{ id: 'health', label: { fr: 'Santé', en: '   ' } }, 'categories.0.label.en'],
  ])('reports a missing label: %p', (category, path) => {
    expect(problemsOf(doc({ categories: [category] }))).toEqual([{ code: 'MISSING_LABEL', path }]);
  });

  it.each([
    'http://w3id.org/dpv/pd#Health',
    'https://w3id.org/dpv/2.0/pd#Health',
    'https://example.org/dpv#Health',
    'https://w3id.org/dpv/pd#',
    'pd:Health',
    42,
  ])('reports the bad DPV IRI %p', (dpv) => {
    expect(problemsOf(doc({ categories: [node('health', { dpv })] }))).toEqual([
      { code: 'BAD_DPV_IRI', path: 'categories.0.dpv' },
    ]);
  });

  it('accepts canonical DPV IRIs of the core and of extensions', () => {
    const categories = [node('health', { dpv: 'https://w3id.org/dpv/pd#Health' })];
    const purposes = [node('marketing', { dpv: 'https://w3id.org/dpv#Marketing' })];
    expect(problemsOf(doc({ categories, purposes }))).toEqual([]);
  });

  it('reports a special flag on a purpose or an operation', () => {
    const purposes = [node('research', { special: true })];
    const operations = [node('use', { special: false })];
    expect(problemsOf(doc({ purposes, operations }))).toEqual([
      { code: 'SPECIAL_OUTSIDE_CATEGORIES', path: 'purposes.0.special' },
      { code: 'SPECIAL_OUTSIDE_CATEGORIES', path: 'operations.0.special' },
    ]);
  });

  it.each<[unknown, string]>([
    [null, ''],
    [[], ''],
    ['taxonomy', ''],
    [doc({ version: '' }), 'version'],
    [doc({ version: 2026 }), 'version'],
    [doc({ categories: undefined }), 'categories'],
    [doc({ purposes: {} }), 'purposes'],
    [doc({ operations: [node('use'), 'share'] }), 'operations.1'],
    [doc({ operations: [{ label: label('use') }] }), 'operations.0.id'],
    [doc({ operations: [node('use', { dvp: 'https://w3id.org/dpv#Use' })] }), 'operations.0.dvp'],
    [
      doc({ operations: [node('use', { label: { fr: 'Utiliser', en: 'Use', de: 'Nutzen' } })] }),
      'operations.0.label.de',
    ],
    [doc({ categories: [node('health', { special: 'yes' })] }), 'categories.0.special'],
    [doc({ extra: true }), 'extra'],
  ])('reports a wrong shape: %p', (data, path) => {
    expect(problemsOf(data)).toEqual([{ code: 'TAXONOMY_SHAPE', path }]);
  });

  it('reports every problem at once, across all kinds', () => {
    const data = {
      version: '',
      categories: [node('health'), node('health'), node('Bad'), node('a.b'), { id: 'x' }],
      purposes: [node('research', { special: true, dpv: 'nope' })],
      operations: 'use',
    };
    expect(problemsOf(data)).toEqual([
      { code: 'TAXONOMY_SHAPE', path: 'version' },
      { code: 'BAD_ID', path: 'categories.2.id' },
      { code: 'MISSING_LABEL', path: 'categories.4.label' },
      { code: 'DUPLICATE_ID', path: 'categories.1.id' },
      { code: 'MISSING_PARENT', path: 'categories.3.id' },
      { code: 'BAD_DPV_IRI', path: 'purposes.0.dpv' },
      { code: 'SPECIAL_OUTSIDE_CATEGORIES', path: 'purposes.0.special' },
      { code: 'TAXONOMY_SHAPE', path: 'operations' },
    ]);
  });

  it('returns a normalised, frozen copy of the document', () => {
    const result = loadTaxonomy(
      doc({ categories: [node('health', { special: true }), node('contact', { special: false })] }),
    );
    if (!result.ok) throw new Error('expected a valid taxonomy');
    expect(result.taxonomy.data.categories).toEqual([
      { id: 'health', label: label('health'), special: true },
      { id: 'contact', label: label('contact') },
    ]);
    expect(Object.isFrozen(result.taxonomy.data)).toBe(true);
    expect(Object.isFrozen(result.taxonomy.data.categories)).toBe(true);
  });

  it('does not share state with the input', () => {
    const input = doc();
    const result = loadTaxonomy(input);
    if (!result.ok) throw new Error('expected a valid taxonomy');
    (input['categories'] as { id: string }[]).push(node('location'));
    expect(result.taxonomy.has('category', 'location')).toBe(false);
  });
});

describe('findCycles', () => {
  // Parents derived from dotted ids cannot loop, so this guard is exercised on parent maps directly.
  it('finds every id whose parent links loop', () => {
    const parents = new Map<string, string | undefined>([
      ['a', 'b'],
      ['b', 'a'],
      ['c', 'a'],
      ['d', undefined],
      ['e', 'e'],
    ]);
    expect(findCycles(parents)).toEqual(['a', 'b', 'c', 'e']);
  });

  it('finds none in a tree', () => {
    expect(
      findCycles(
        new Map([
          ['a', undefined],
          ['a.b', 'a'],
          ['a.b.c', 'a.b'],
        ]),
      ),
    ).toEqual([]);
  });
});

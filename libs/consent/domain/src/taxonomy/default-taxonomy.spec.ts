// The shipped default taxonomy: it loads cleanly, stays within the agreed size, and flags GDPR art. 9
// categories as special.
import data from './default-taxonomy.json' with { type: 'json' };
import { defaultTaxonomy } from './default-taxonomy.js';
import { loadTaxonomy } from './taxonomy.js';
import { TAXONOMY_KINDS } from './types.js';

describe('default taxonomy', () => {
  const taxonomy = defaultTaxonomy();

  it('loads with no problem', () => {
    const result = loadTaxonomy(data);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(taxonomy.version).toBe('2026.1');
  });

  it('has 40 to 80 categories, 20 to 40 purposes and the six operations', () => {
    expect(taxonomy.ids('category').length).toBeGreaterThanOrEqual(40);
    expect(taxonomy.ids('category').length).toBeLessThanOrEqual(80);
    expect(taxonomy.ids('purpose').length).toBeGreaterThanOrEqual(20);
    expect(taxonomy.ids('purpose').length).toBeLessThanOrEqual(40);
    expect(taxonomy.ids('operation')).toEqual(['use', 'store', 'share', 'combine', 'profile', 'infer']);
  });

  it('labels every node in French and English', () => {
    for (const kind of TAXONOMY_KINDS) {
      for (const id of taxonomy.ids(kind)) {
        const label = taxonomy.node(kind, id)?.label;
        expect(label?.fr.trim()).toBeTruthy();
        expect(label?.en.trim()).toBeTruthy();
      }
    }
  });

  it('writes French apostrophes typographically', () => {
    for (const kind of TAXONOMY_KINDS) {
      for (const id of taxonomy.ids(kind)) expect(taxonomy.node(kind, id)?.label.fr).not.toContain("'");
    }
  });

  it('maps terms only to W3C DPV IRIs, personal data categories to the PD extension', () => {
    for (const kind of TAXONOMY_KINDS) {
      for (const id of taxonomy.ids(kind)) {
        const dpv = taxonomy.node(kind, id)?.dpv;
        if (dpv === undefined) continue;
        expect(dpv).toMatch(/^https:\/\/w3id\.org\/dpv/);
        expect(dpv).toMatch(
          kind === 'category' ? /^https:\/\/w3id\.org\/dpv\/pd#/ : /^https:\/\/w3id\.org\/dpv#/,
        );
      }
    }
  });

  it('maps the operations to DPV processing terms', () => {
    expect(taxonomy.ids('operation').map((id) => taxonomy.node('operation', id)?.dpv)).toEqual(
      ['Use', 'Store', 'Share', 'Combine', 'Profiling', 'Infer'].map(
        (term) => `https://w3id.org/dpv#${term}`,
      ),
    );
  });

  it('covers health.activity.steps by health, which makes it special', () => {
    expect(taxonomy.covers('category', 'health', 'health.activity.steps')).toBe(true);
    expect(taxonomy.covers('category', 'health.activity', 'health.activity.steps')).toBe(true);
    expect(taxonomy.isSpecial('health.activity.steps')).toBe(true);
    expect(taxonomy.ancestorsOrSelf('category', 'health.activity.steps')).toEqual([
      'health.activity.steps',
      'health.activity',
      'health',
    ]);
  });

  it('knows the purpose research.public-health under research', () => {
    expect(taxonomy.covers('purpose', 'research', 'research.public-health')).toBe(true);
  });

  it('flags exactly the GDPR art. 9 roots as special, and nothing outside them', () => {
    const art9 = [
      'health',
      'genetic',
      'biometric',
      'political',
      'beliefs',
      'sexual',
      'ethnic-origin',
      'trade-union',
    ];
    const flagged = taxonomy.data.categories.filter((node) => node.special === true).map((node) => node.id);
    expect([...flagged].sort()).toEqual([...art9].sort());
    for (const id of taxonomy.ids('category')) {
      const root = taxonomy.ancestorsOrSelf('category', id).at(-1) ?? '';
      expect(taxonomy.isSpecial(id)).toBe(art9.includes(root));
    }
    expect(taxonomy.isSpecial('contact.email')).toBe(false);
  });

  it('is immutable', () => {
    expect(Object.isFrozen(taxonomy)).toBe(true);
    expect(Object.isFrozen(taxonomy.ids('category'))).toBe(true);
    expect(Object.isFrozen(taxonomy.node('category', 'health'))).toBe(true);
    expect(Object.isFrozen(taxonomy.data.categories[0]?.label)).toBe(true);
    expect(defaultTaxonomy()).toBe(taxonomy);
  });
});

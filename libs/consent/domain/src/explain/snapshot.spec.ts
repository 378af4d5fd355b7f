// The plain-language summary of a snapshot: title, intro, and the rules with prohibitions first.
import { compile } from '../policy/compile.js';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import { permit, prohibit, RECIPIENTS, smallTaxonomy } from '../testing/fixtures.js';
import { explainSnapshot } from './snapshot.js';

const taxonomy = defaultTaxonomy();
const clauses = [
  permit({ id: 'a-steps', dataCategories: ['health.activity.steps'], purposes: ['research.public-health'] }),
  prohibit({ id: 'b-ads', dataCategories: ['health'], purposes: ['marketing'], recipients: ['adtech'] }),
  permit({
    id: 'c-email',
    dataCategories: ['contact.email'],
    purposes: ['service.provision'],
    legalBasis: 'contract',
    memberControl: 'none',
    recipients: ['host'],
  }),
  prohibit({
    id: 'd-dna',
    floor: true,
    dataCategories: ['genetic'],
    purposes: ['commercial'],
    recipients: 'all',
  }),
];
const first = compile({ taxonomy, recipients: RECIPIENTS, clauses });
const { snapshot } = compile({
  taxonomy,
  recipients: RECIPIENTS,
  clauses,
  previous: first.snapshot.content,
});

describe('explainSnapshot', () => {
  it('lists charter rules, then prohibitions, then permissions, each group by id', () => {
    const summary = explainSnapshot(snapshot, { taxonomy, recipients: [] }, 'en');
    expect(summary.rules.map((rule) => [rule.kind, rule.clauseId])).toEqual([
      ['charter', 'd-dna'],
      ['prohibition', 'b-ads'],
      ['permission', 'a-steps'],
      ['permission', 'c-email'],
    ]);
    expect(summary.rules[0]?.text).toBe(
      'Charter rule: no one may use your genetic data for commercial purposes.',
    );
    // Service names come from the snapshot itself, even when the caller passes none.
    expect(summary.rules[1]?.text).toBe('AdTech SA may not use your health for marketing.');
  });

  it('names the revision and the legal version in both languages', () => {
    const en = explainSnapshot(snapshot, { taxonomy, recipients: RECIPIENTS }, 'en');
    expect(en.title).toBe('How members’ data may be used (revision 2)');
    expect(en.intro).toContain('revision 2 (legal version 1)');
    expect(en.intro).toContain('Charter rules and prohibitions come first');
    const fr = explainSnapshot(snapshot, { taxonomy, recipients: RECIPIENTS }, 'fr');
    expect(fr.title).toBe('Comment les données des membres peuvent être utilisées (révision 2)');
    expect(fr.intro).toContain('révision 2 (version juridique 1)');
    expect(fr.rules[0]?.text).toBe(
      'Règle de la charte\u00a0: personne ne peut utiliser vos données génétiques à des fins d’exploitation commerciale.',
    );
  });

  it('refuses a taxonomy other than the one the snapshot was compiled with', () => {
    expect(() =>
      explainSnapshot(snapshot, { taxonomy: smallTaxonomy(), recipients: RECIPIENTS }, 'en'),
    ).toThrow(/taxonomy 2026\.1, not test-1/);
  });
});

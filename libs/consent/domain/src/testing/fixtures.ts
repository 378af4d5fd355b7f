// Small, readable fixtures for the consent specs: a taxonomy, recipients and clause builders.
import { parseInstant } from '@lovecando/shared-util';
import { type Clause, type Recipient } from '../clauses/clause.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.js';
import { type Taxonomy } from '../taxonomy/types.js';

const node = (id: string, special = false) => ({
  id,
  label: { fr: id, en: id },
  ...(special ? { special: true } : {}),
});

export function smallTaxonomy(): Taxonomy {
  const loaded = loadTaxonomy({
    version: 'test-1',
    categories: [
      node('health', true),
      node('health.activity'),
      node('health.activity.steps'),
      node('health.sleep'),
      node('contact'),
      node('contact.email'),
      node('location'),
    ],
    purposes: [
      node('research'),
      node('research.public-health'),
      node('research.commercial'),
      node('marketing'),
    ],
    operations: ['use', 'store', 'share', 'combine', 'profile', 'infer'].map((id) => node(id)),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.taxonomy;
}

export const RECIPIENTS: Recipient[] = [
  { id: 'uni-x', name: 'Université X', kind: 'third-party', jurisdiction: 'FR' },
  { id: 'adtech', name: 'AdTech SA', kind: 'third-party', jurisdiction: 'IE' },
  { id: 'host', name: 'Hosting Co', kind: 'processor', jurisdiction: 'FR' },
];

let counter = 0;
export function permit(overrides: Partial<Clause> = {}): Clause {
  counter += 1;
  return {
    id: `permit-${counter}`,
    effect: 'permit',
    floor: false,
    dataCategories: ['health.activity'],
    purposes: ['research'],
    operations: ['use'],
    recipients: ['uni-x'],
    legalBasis: 'consent',
    memberControl: 'explicit-opt-in',
    duties: { retentionDays: 730 },
    notice: { fr: 'Notice', en: 'Notice' },
    materialVersion: 1,
    ...overrides,
  };
}

export function prohibit(overrides: Partial<Clause> = {}): Clause {
  return permit({
    effect: 'prohibit',
    legalBasis: 'contract',
    memberControl: 'none',
    duties: {},
    ...overrides,
    id: overrides.id ?? `prohibit-${(counter += 1)}`,
  });
}

export const at = (iso: string): number => {
  const time = parseInstant(iso);
  if (time === undefined) throw new Error(`not an instant: ${iso}`);
  return time;
};

// Guards the translation files, the app's, those of every feature (apps/web/src/app/features.ts) and the
// component catalogue's: a key or placeholder missing in one language, or an empty text, fails here.
import { describe, expect, it } from 'vitest';
import { webFeatures } from '../app/features';
import { catalogueResources } from '../pages/ui-catalogue/i18n/resources';
import en from './en.json';
import fr from './fr.json';

/** Every leaf of a nested translation object as a dotted key, with its text. */
function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [leaf, text] of flatten(value as object, path)) entries.set(leaf, text);
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

const placeholders = (text: unknown): string[] =>
  typeof text === 'string'
    ? [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1] ?? '').sort()
    : [];

/** Each namespace with its French and English texts. */
const namespaces = [
  { name: 'translation (app)', fr, en },
  ...webFeatures.map(({ i18n }) => ({ name: i18n.namespace, ...i18n.resources })),
  { name: 'catalogue (/dev/ui)', fr: catalogueResources.fr, en: catalogueResources.en },
];

it('cover every feature, each in a namespace of its own', () => {
  const names = namespaces.map(({ name }) => name);
  expect(names).toEqual(expect.arrayContaining(['identity', 'terms']));
  expect(new Set(names).size).toBe(names.length);
});

describe.each(namespaces)('translations of $name', ({ fr: frTree, en: enTree }) => {
  const frEntries = flatten(frTree);
  const enEntries = flatten(enTree);

  it('have exactly the same keys in French and English', () => {
    const onlyInFr = [...frEntries.keys()].filter((key) => !enEntries.has(key));
    const onlyInEn = [...enEntries.keys()].filter((key) => !frEntries.has(key));
    expect({ onlyInFr, onlyInEn }).toEqual({ onlyInFr: [], onlyInEn: [] });
  });

  it('have a non-empty string for every key', () => {
    for (const [language, entries] of [
      ['fr', frEntries],
      ['en', enEntries],
    ] as const) {
      const invalid = [...entries].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
      expect(invalid, `invalid texts in ${language}`).toEqual([]);
    }
  });

  it('use the same {{placeholders}} in both languages', () => {
    const mismatched = [...frEntries.keys()].filter(
      (key) => placeholders(frEntries.get(key)).join() !== placeholders(enEntries.get(key)).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

// fast-check generators for the terms property tests (test-only; not exported by the library): small
// versions whose ids come from a small pool, and pairs of versions that share articles, some kept as they
// are, some edited, moved, deleted or inserted, so that diffs, rebases and redlines meet every case.
import { type LocalizedText } from '@lovecando/shared-util';
import fc from 'fast-check';
import { type ArticleDraft, type ArticleField, type TermsVersion } from '../document/types.js';
import { version } from './fixtures.js';

export const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
const WORDS = [
  'the',
  'member',
  'may',
  'vote',
  'data',
  'la',
  'donnée',
  'vote.',
  '[link](https://x.org)',
  'a,',
  '\n\n',
];
const FIELDS: readonly ArticleField[] = ['title', 'body', 'summary'];

const words = (min: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: 6 }).map((list) => list.join(' '));
/** Non-empty texts for titles and bodies always hold a letter, so they are never blank. */
const localized = (required: boolean): fc.Arbitrary<LocalizedText> =>
  fc.record({
    fr: required ? words(0).map((w) => `Art ${w}`) : words(0),
    en: required ? words(0).map((w) => `Art ${w}`) : words(0),
  });

export const contentArbitrary = fc.record({
  title: localized(true),
  body: localized(true),
  summary: localized(false),
});

/** A valid version of 1 to 7 articles with distinct ids from the pool, in any order. */
export const versionArbitrary: fc.Arbitrary<TermsVersion> = fc
  .uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: IDS.length })
  .chain((ids) =>
    fc.tuple(...ids.map((id) => contentArbitrary.map((content): ArticleDraft => ({ id, ...content })))),
  )
  .map((drafts) => version(drafts));

/** What happens to each id of the pool in the derived version; `calm` changes few articles. */
const fateArbitrary = (calm: boolean) =>
  fc.record({
    fate: calm
      ? fc.oneof(
          { arbitrary: fc.constant('keep' as const), weight: 12 },
          fc.constantFrom('edit', 'absent', 'fresh'),
        )
      : fc.constantFrom('keep', 'keep', 'edit', 'absent', 'fresh'),
    field: fc.constantFrom(...FIELDS),
    content: contentArbitrary,
    // Most articles keep their relative order (ties keep the original order); some jump.
    key: fc.oneof({ arbitrary: fc.constant(0), weight: calm ? 12 : 1 }, fc.nat(6)),
  });

/** A version derived from `from`: kept, edited, deleted, inserted and reordered articles. */
export function derivedArbitrary(from: TermsVersion, calm = false): fc.Arbitrary<TermsVersion> {
  return fc.tuple(...IDS.map(() => fateArbitrary(calm))).map((fates) => {
    const byId = new Map(from.articles.map((article) => [article.id, article]));
    const chosen: { draft: ArticleDraft; key: number; rank: number }[] = [];
    IDS.forEach((id, n) => {
      const { fate, field, content, key } = fates[n] ?? {
        fate: 'absent',
        field: 'title',
        content: null,
        key: 0,
      };
      const before = byId.get(id);
      const rank = before?.number ?? IDS.length + n;
      if (fate === 'absent' || content === null) return;
      if (before === undefined) {
        if (fate === 'edit' || fate === 'fresh') chosen.push({ draft: { id, ...content }, key, rank });
        return;
      }
      const { title, body, summary } = before;
      const kept: ArticleDraft = { id, title, body, summary };
      const draft =
        fate === 'keep' ? kept : fate === 'edit' ? { ...kept, [field]: content[field] } : { id, ...content };
      chosen.push({ draft, key, rank });
    });
    const ordered = chosen.sort((x, y) => x.key - y.key || x.rank - y.rank).map((entry) => entry.draft);
    const [first] = from.articles;
    return version(ordered.length > 0 ? ordered : first ? [first] : []);
  });
}

/** Two versions, the second derived from the first (often the same, for the hash property). */
export const versionPairArbitrary: fc.Arbitrary<[TermsVersion, TermsVersion]> = versionArbitrary.chain(
  (from) => fc.tuple(fc.constant(from), fc.oneof(derivedArbitrary(from), derivedArbitrary(from, true))),
);

/** Three versions: a base and two independent, mostly small derivations of it (two amendments). */
export const forkArbitrary: fc.Arbitrary<[TermsVersion, TermsVersion, TermsVersion]> = versionArbitrary.chain(
  (base) =>
    fc.tuple(
      fc.constant(base),
      derivedArbitrary(base, true),
      fc.oneof(derivedArbitrary(base, true), derivedArbitrary(base)),
    ),
);

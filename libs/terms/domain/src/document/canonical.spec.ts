// The fast path of the terms hash is exactly the generic one: the hand-written canonical form of an article
// is RFC 8785 (the shared canonicalJson), and hashing the articles' cached bytes gives the shared SHA-256 of
// the canonical JSON of the whole list.
import { canonicalJson, sha256Hex } from '@lovecando/shared-util';
import fc from 'fast-check';
import { canonicalArticle, hashArticles, shareCanonicalText } from './canonical.js';
import { type ArticleDraft } from './types.js';

const anyText = fc.string({ unit: 'binary', maxLength: 20 });
const localized = fc.record({ fr: anyText, en: anyText });
const article = fc.record({
  id: anyText,
  title: localized,
  body: localized,
  summary: localized,
  number: fc.nat(),
});
const withoutNumber = ({ id, title, body, summary }: ArticleDraft) => ({ id, title, body, summary });

describe('canonicalArticle', () => {
  it('equals canonicalJson of the article without its number, for any strings', () => {
    fc.assert(
      fc.property(article, (draft) => {
        expect(canonicalArticle(draft as ArticleDraft)).toBe(
          canonicalJson(withoutNumber(draft as ArticleDraft)),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('hashArticles', () => {
  it('equals sha256Hex of canonicalJson of the articles without numbers, cached or not', () => {
    fc.assert(
      fc.property(fc.array(article, { maxLength: 6 }), (drafts) => {
        const articles = drafts.map((draft) => Object.freeze(draft) as ArticleDraft);
        const expected = sha256Hex(canonicalJson(articles.map(withoutNumber)));
        expect(hashArticles(articles)).toBe(expected);
        // The second time every article's bytes come from the cache.
        expect(hashArticles(articles)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('lets a renumbered copy reuse the original bytes without changing the hash', () => {
    const original = Object.freeze({
      id: 'membership',
      number: 1,
      title: { fr: 'Adhésion', en: 'Membership' },
      body: { fr: 'Texte', en: 'Text' },
      summary: { fr: '', en: '' },
    });
    const renumbered = Object.freeze({ ...original, number: 2 });
    const before = hashArticles([original]);
    shareCanonicalText(original, renumbered);
    expect(hashArticles([renumbered])).toBe(before);
  });
});

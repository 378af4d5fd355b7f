// The hand-written canonical form of an article is exactly RFC 8785 (checked against `canonicalize`).
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalArticle } from './canonical.js';

const anyText = fc.string({ unit: 'binary', maxLength: 20 });
const localized = fc.record({ fr: anyText, en: anyText });

describe('canonicalArticle', () => {
  it('equals canonicalize of the article without its number, for any strings', () => {
    fc.assert(
      fc.property(anyText, localized, localized, localized, fc.nat(), (id, title, body, summary, number) => {
        expect(
          canonicalArticle({ id, title, body, summary, number } as Parameters<typeof canonicalArticle>[0]),
        ).toBe(canonicalize({ id, title, body, summary }));
      }),
      { numRuns: 500 },
    );
  });
});

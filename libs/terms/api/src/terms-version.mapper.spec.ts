// The mapper keeps the texts as stored and carries the domain's readability figures, bands in GraphQL form.
import { createVersion, documentReadability, FIRST_TERMS } from '@lovecando/terms-domain';
import { ReadabilityBand } from './models/terms.model.js';
import { toTermsVersion } from './terms-version.mapper.js';

describe('toTermsVersion', () => {
  const built = createVersion([
    {
      id: 'short',
      title: { fr: 'Court', en: 'Short' },
      body: { fr: 'Le chat dort.', en: 'The cat sat on the mat.' },
      summary: { fr: '', en: '' },
    },
  ]);
  if (!built.ok) throw new Error('invalid fixture');

  it('copies ordinal, hash, date and texts, and maps the readability of each text', () => {
    const published = new Date('2026-11-29T10:00:00Z');
    const model = toTermsVersion(3, published, built.version);
    expect(model).toMatchObject({ ordinal: 3, hash: built.version.hash, publishedAt: published });
    const [article] = model.articles;
    expect(article).toMatchObject({ id: 'short', number: 1, title: { fr: 'Court', en: 'Short' } });
    // "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables → 206.835 − 6.09 − 84.6 = 116.145.
    expect(article?.bodyReadability.en).toEqual({
      score: expect.closeTo(116.145, 6) as number,
      band: ReadabilityBand.VERY_EASY,
      words: 6,
      sentences: 1,
      syllables: 6,
    });
    expect(article?.summaryReadability.fr).toEqual({
      score: null,
      band: null,
      words: 0,
      sentences: 0,
      syllables: 0,
    });
  });

  it('gives the document readability from the summed counts, as the domain does', () => {
    const first = createVersion(FIRST_TERMS);
    if (!first.ok) throw new Error('invalid first terms');
    const model = toTermsVersion(1, new Date(), first.version);
    expect(model.readability.fr.score).toBe(documentReadability(first.version).overall.fr.score);
    expect(model.articles).toHaveLength(FIRST_TERMS.length);
  });
});

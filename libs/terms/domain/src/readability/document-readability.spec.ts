// Readability per article and over a whole version of the terms.
import { type Article, type TermsVersion } from '../document/types.js';
import { articleReadability, documentReadability } from './document-readability.js';
import { countText, readability, readabilityOfCounts, addCounts } from './readability.js';

const article = (id: string, number: number, body: { fr: string; en: string }): Article => ({
  id,
  number,
  title: { fr: `Titre ${id}`, en: `Title ${id}` },
  body,
  summary: { fr: 'Le chat dort.', en: 'The cat sat on the mat.' },
});

const SHORT = article('short', 1, { fr: 'Le chat dort.', en: 'The cat sat on the mat.' });
const LONG = article('long', 2, {
  fr: 'Les membres votent. Ils décident ensemble.\n\nVous pouvez partir quand vous voulez. Nous effaçons vos données.',
  en: 'Personal information is processed according to applicable regulations.\n\nYou can leave at any time. We delete your data.',
});

describe('articleReadability', () => {
  it('measures the body and the summary in each language', () => {
    const result = articleReadability(LONG);
    expect(result.id).toBe('long');
    expect(result.body.en).toEqual(readability(LONG.body.en, 'en'));
    expect(result.body.fr).toEqual(readability(LONG.body.fr, 'fr'));
    expect(result.summary.en.score).toBeCloseTo(116.145, 10);
    expect(result.summary.fr.score).toBeCloseTo(130.355, 10);
  });
});

describe('documentReadability', () => {
  const version: TermsVersion = { articles: [SHORT, LONG], hash: 'test' };

  it('scores the whole text per language from summed counts, weighting articles by length', () => {
    const result = documentReadability(version);
    // en: 6 + 18 words, 1 + 3 sentences, 6 + 35 syllables → 24 words, 4 sentences, 41 syllables
    // 206.835 − 1.015 × 6 − 84.6 × 41/24 = 206.835 − 6.09 − 144.525 = 56.22
    expect(result.overall.en).toMatchObject({
      words: 24,
      sentences: 4,
      syllables: 41,
      band: 'fairly-difficult',
    });
    expect(result.overall.en.score).toBeCloseTo(56.22, 10);
    const averageOfScores =
      ((result.articles[0]?.body.en.score ?? 0) + (result.articles[1]?.body.en.score ?? 0)) / 2;
    expect(averageOfScores).not.toBeCloseTo(56.22, 1);
    const summed = addCounts(countText(SHORT.body.fr, 'fr'), countText(LONG.body.fr, 'fr'));
    expect(result.overall.fr).toEqual(readabilityOfCounts(summed, 'fr'));
  });

  it('lists every article in order with the same figures as articleReadability', () => {
    const result = documentReadability(version);
    expect(result.articles).toEqual([articleReadability(SHORT), articleReadability(LONG)]);
  });

  it('gives no score to a version without text', () => {
    expect(documentReadability({ articles: [], hash: 'empty' }).overall.en).toEqual({
      score: null,
      band: null,
      words: 0,
      sentences: 0,
      syllables: 0,
    });
  });
});

// Domain terms version (+ when it was published) → GraphQL TermsVersion, readability included.
import {
  documentReadability,
  type PerLang,
  type Readability as DomainReadability,
  type ReadabilityBand as DomainBand,
  type TermsVersion as DomainVersion,
} from '@lovecando/terms-domain';
import {
  type LocalizedReadability,
  type Readability,
  ReadabilityBand,
  type TermsVersion,
} from './models/terms.model.js';

const BANDS: Readonly<Record<DomainBand, ReadabilityBand>> = {
  'very-easy': ReadabilityBand.VERY_EASY,
  easy: ReadabilityBand.EASY,
  'fairly-easy': ReadabilityBand.FAIRLY_EASY,
  standard: ReadabilityBand.STANDARD,
  'fairly-difficult': ReadabilityBand.FAIRLY_DIFFICULT,
  difficult: ReadabilityBand.DIFFICULT,
  'very-difficult': ReadabilityBand.VERY_DIFFICULT,
};

const toReadability = (r: DomainReadability): Readability => ({
  score: r.score,
  band: r.band === null ? null : BANDS[r.band],
  words: r.words,
  sentences: r.sentences,
  syllables: r.syllables,
});

const perLang = (r: PerLang<DomainReadability>): LocalizedReadability => ({
  fr: toReadability(r.fr),
  en: toReadability(r.en),
});

export function toTermsVersion(ordinal: number, publishedAt: Date, version: DomainVersion): TermsVersion {
  const measured = documentReadability(version);
  return {
    ordinal,
    hash: version.hash,
    publishedAt,
    readability: perLang(measured.overall),
    articles: version.articles.map((article, i) => {
      const readability = measured.articles[i]!;
      return {
        id: article.id,
        number: article.number,
        title: { ...article.title },
        body: { ...article.body },
        summary: { ...article.summary },
        bodyReadability: perLang(readability.body),
        summaryReadability: perLang(readability.summary),
      };
    }),
  };
}

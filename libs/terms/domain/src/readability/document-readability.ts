// Readability of the terms of use, shown next to the text (docs/domain/terms.md#readability): per article,
// the body and the plain-language summary in each language; for the whole version, one score per language
// over all article bodies, computed from the summed counts so a long article weighs by its length and a
// one-line article does not pull the score as much as a long one.
import { type Lang } from '@lovecando/shared-util';
import { type ArticleDraft, type TermsVersion } from '../document/types.js';
import { type TextCounts } from './reading-ease.js';
import { addCounts, countText, NO_COUNTS, readabilityOfCounts, type Readability } from './readability.js';

/** One value per language. */
export type PerLang<T> = { readonly [L in Lang]: T };

export interface ArticleReadability {
  readonly id: string;
  readonly body: PerLang<Readability>;
  readonly summary: PerLang<Readability>;
}

export interface DocumentReadability {
  /** Over all article bodies of the version, per language (summaries are not part of the text). */
  readonly overall: PerLang<Readability>;
  /** In the order of the version. */
  readonly articles: readonly ArticleReadability[];
}

const perLang = <T>(make: (lang: Lang) => T): PerLang<T> => ({ fr: make('fr'), en: make('en') });

export function articleReadability(article: ArticleDraft): ArticleReadability {
  return measure(
    article,
    perLang((lang) => countText(article.body[lang], lang)),
  );
}

export function documentReadability(version: TermsVersion): DocumentReadability {
  let total: PerLang<TextCounts> = { fr: NO_COUNTS, en: NO_COUNTS };
  const articles = version.articles.map((article) => {
    const body = perLang((lang) => countText(article.body[lang], lang));
    total = { fr: addCounts(total.fr, body.fr), en: addCounts(total.en, body.en) };
    return measure(article, body);
  });
  return { overall: perLang((lang) => readabilityOfCounts(total[lang], lang)), articles };
}

function measure(article: ArticleDraft, body: PerLang<TextCounts>): ArticleReadability {
  return {
    id: article.id,
    body: perLang((lang) => readabilityOfCounts(body[lang], lang)),
    summary: perLang((lang) => readabilityOfCounts(countText(article.summary[lang], lang), lang)),
  };
}

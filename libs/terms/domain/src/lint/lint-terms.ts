// The terms lint (docs/domain/terms.md#the-terms-lint): every changed article needs a plain-language summary
// in each language that does more than repeat the body, and its summary and body should read at least as
// easily as the minimum. Only the changed articles are checked. Problems come in the order of the articles,
// then French before English, then the summary's before the body's, so a list is stable and can be compared
// whole.
import { LANGUAGES, type Lang } from '@lovecando/shared-util';
import { type Article, type TermsVersion } from '../document/types.js';
import { countText, readability } from '../readability/readability.js';
import { lintMessages } from './lint-messages.js';
import {
  DEFAULT_MIN_SCORE,
  type MinimumScore,
  type TermsLintOptions,
  type TermsLintProblem,
} from './lint-problem.js';
import { summaryRepeatsBody } from './summary-repeats-body.js';

export function lintTerms(version: TermsVersion, options: TermsLintOptions): readonly TermsLintProblem[] {
  const minimum = options.minScore ?? DEFAULT_MIN_SCORE;
  const { changed } = options;
  return version.articles.flatMap((article, index) =>
    changed === 'all' || changed.has(article.id)
      ? LANGUAGES.flatMap((lang) => lintArticle(article, index, lang, minimum))
      : [],
  );
}

function lintArticle(article: Article, index: number, lang: Lang, minimum: MinimumScore): TermsLintProblem[] {
  const problems: TermsLintProblem[] = [];
  const at = (field: 'summary' | 'body') => ({
    articleId: article.id,
    path: `articles.${index}.${field}.${lang}`,
  });

  // A summary of spaces or punctuation has no words: it is missing.
  if (countText(article.summary[lang], lang).words === 0) {
    problems.push({
      code: 'SUMMARY_REQUIRED',
      ...at('summary'),
      severity: 'error',
      message: lintMessages.summaryRequired(lang, article.number),
    });
  } else if (summaryRepeatsBody(article.summary[lang], article.body[lang])) {
    problems.push({
      code: 'SUMMARY_SAME_AS_BODY',
      ...at('summary'),
      severity: 'warning',
      message: lintMessages.summarySameAsBody(lang, article.number),
    });
  }

  // A plain-language summary that is hard to read misses its point as much as a hard body. An empty text
  // has no score and nothing to add here: the summary is reported above, createVersion rejects the body.
  for (const field of ['summary', 'body'] as const) {
    const { score } = readability(article[field][lang], lang);
    if (score !== null && score < minimum[lang]) {
      problems.push({
        code: 'READABILITY_BELOW_MINIMUM',
        ...at(field),
        severity: 'warning',
        message: lintMessages.readabilityBelowMinimum(lang, article.number, score, minimum[lang], field),
      });
    }
  }
  return problems;
}

// Which articles an amendment touches, so that only they are linted: the text already in force was
// accepted once and is not re-judged by a later change elsewhere. Moving an article (its number changes)
// does not change its text.
import { LANGUAGES } from '@lovecando/shared-util';
import { type Article, type TermsVersion } from '../document/types.js';

/** Ids of the articles of `to` that are new or whose title, body or summary differ from `from`; all when `from` is null. */
export function changedArticles(from: TermsVersion | null, to: TermsVersion): ReadonlySet<string> {
  if (from === null) return new Set(to.articles.map((article) => article.id));
  const before = new Map(from.articles.map((article) => [article.id, article]));
  const changed = new Set<string>();
  for (const article of to.articles) {
    const previous = before.get(article.id);
    if (previous === undefined || !sameText(previous, article)) changed.add(article.id);
  }
  return changed;
}

function sameText(a: Article, b: Article): boolean {
  return LANGUAGES.every(
    (lang) =>
      a.title[lang] === b.title[lang] && a.body[lang] === b.body[lang] && a.summary[lang] === b.summary[lang],
  );
}

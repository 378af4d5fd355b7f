// Builds frozen versions from article contents that have already been checked. Only createVersion and
// applyChangeSet call it, which is why a version built here can be trusted as valid (see `isChecked`).
import { type LocalizedText } from '@lovecando/shared-util';
import { hashArticles, shareCanonicalText } from './canonical.js';
import { type Article, type ArticleDraft, type TermsVersion } from './types.js';

// Versions built here passed validation. An amendment of such a version then only re-checks the articles
// it wrote, instead of parsing the Markdown of the whole document again. Objects that merely look like a
// version (built by hand, read from JSON) are not in the set and get the full check.
const checkedVersions = new WeakSet<TermsVersion>();

export function isChecked(version: TermsVersion): boolean {
  return checkedVersions.has(version);
}

// Articles built here: frozen all the way down and holding only the known fields, so they can be shared.
const builtArticles = new WeakSet<ArticleDraft>();

function copyText(text: LocalizedText): LocalizedText {
  return Object.freeze({ fr: text.fr, en: text.en });
}

/**
 * The article at 1-based `number`. An article built here is reused as is when its number is right, or
 * copied sharing its frozen texts; anything else is copied field by field, so stray properties never
 * reach a version or its hash and later changes to the caller's objects cannot either.
 */
export function placeArticle(content: ArticleDraft | Article, number: number): Article {
  const built = builtArticles.has(content);
  if (built && 'number' in content && content.number === number) return content;
  const article: Article = Object.freeze({
    id: content.id,
    number,
    title: built ? content.title : copyText(content.title),
    body: built ? content.body : copyText(content.body),
    summary: built ? content.summary : copyText(content.summary),
  });
  builtArticles.add(article);
  if (built) shareCanonicalText(content, article);
  return article;
}

/** A frozen, hashed version of contents that passed validation, numbered by position. */
export function assembleVersion(contents: readonly (ArticleDraft | Article)[]): TermsVersion {
  const articles = Object.freeze(contents.map((content, index) => placeArticle(content, index + 1)));
  const version: TermsVersion = Object.freeze({ articles, hash: hashArticles(articles) });
  checkedVersions.add(version);
  return version;
}

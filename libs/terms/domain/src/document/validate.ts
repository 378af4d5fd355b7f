// The rules every version of the terms obeys, checked field by field so that an amendment only re-checks
// what it wrote. Problems are collected, not thrown: an editor wants to see all of them at once.
import { LANGUAGES } from '@lovecando/shared-util';
import { findMarkdownHazards } from './markdown-safety.js';
import { problemMessages, type MarkdownField, type TermsProblem } from './problems.js';
import { type ArticleDraft, type ArticleField } from './types.js';

export const ARTICLE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The problems of one article at 0-based `index`, for the given fields (all of them by default). */
export function validateArticle(
  article: ArticleDraft,
  index: number,
  fields: Iterable<ArticleField | 'id'> = ['id', 'title', 'body', 'summary'],
): TermsProblem[] {
  const problems: TermsProblem[] = [];
  const number = index + 1;
  const at = `articles.${index}`;
  const articleId = article.id;
  for (const field of fields) {
    if (field === 'id') {
      if (!ARTICLE_ID.test(article.id)) {
        problems.push({
          code: 'INVALID_ID',
          articleId,
          path: `${at}.id`,
          message: problemMessages.invalidId(article.id),
        });
      }
      continue;
    }
    for (const lang of LANGUAGES) {
      const text = article[field][lang];
      const path = `${at}.${field}.${lang}`;
      if (field !== 'summary' && text.trim() === '') {
        const code = field === 'title' ? 'EMPTY_TITLE' : 'EMPTY_BODY';
        problems.push({ code, articleId, path, message: problemMessages.empty(field, lang, number) });
      }
      if (field !== 'title') problems.push(...markdownProblems(text, field, lang, number, articleId, path));
    }
  }
  return problems;
}

function markdownProblems(
  text: string,
  field: MarkdownField,
  lang: (typeof LANGUAGES)[number],
  number: number,
  articleId: string,
  path: string,
): TermsProblem[] {
  // One problem per kind and field is enough to point the editor at it; the message quotes the first.
  const hazards = findMarkdownHazards(text);
  const firstOfEachKind = hazards.filter(
    (hazard, index) => hazards.findIndex((h) => h.kind === hazard.kind) === index,
  );
  return firstOfEachKind.map((hazard) =>
    hazard.kind === 'html'
      ? {
          code: 'RAW_HTML',
          articleId,
          path,
          message: problemMessages.rawHtml(field, lang, number, hazard.html),
        }
      : {
          code: 'UNSAFE_LINK',
          articleId,
          path,
          message: problemMessages.unsafeLink(field, lang, number, hazard.url),
        },
  );
}

/** Every problem of a whole list of articles: at least one article, valid and unique ids, valid fields. */
export function validateArticles(articles: readonly ArticleDraft[]): TermsProblem[] {
  if (articles.length === 0) {
    return [
      { code: 'NO_ARTICLES', articleId: null, path: 'articles', message: problemMessages.noArticles() },
    ];
  }
  const problems: TermsProblem[] = [];
  const firstIndex = new Map<string, number>();
  articles.forEach((article, index) => {
    problems.push(...validateArticle(article, index, ['id']));
    const first = firstIndex.get(article.id);
    if (first === undefined) {
      firstIndex.set(article.id, index);
    } else {
      problems.push({
        code: 'DUPLICATE_ID',
        articleId: article.id,
        path: `articles.${index}.id`,
        message: problemMessages.duplicateId(article.id, first + 1),
      });
    }
    problems.push(...validateArticle(article, index, ['title', 'body', 'summary']));
  });
  return problems;
}

// Creating a version of the terms from written articles, and comparing versions by content.
import { LANGUAGES } from '@lovecando/shared-util';
import { assembleVersion } from './assemble.js';
import { type TermsProblem } from './problems.js';
import { type ArticleDraft, type ArticleField, type TermsVersion } from './types.js';
import { validateArticles } from './validate.js';

export type CreateVersionResult =
  | { readonly ok: true; readonly version: TermsVersion }
  | { readonly ok: false; readonly errors: readonly TermsProblem[] };

/**
 * A frozen version numbered by position and hashed, or every problem found. The drafts are copied, so later
 * changes to the caller's objects cannot reach the version.
 */
export function createVersion(drafts: readonly ArticleDraft[]): CreateVersionResult {
  const errors = validateArticles(drafts);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, version: assembleVersion(drafts) };
}

const FIELDS: readonly ArticleField[] = ['title', 'body', 'summary'];

/** Same articles in the same order with the same texts (numbers follow from the order). */
export function sameContent(a: TermsVersion, b: TermsVersion): boolean {
  if (a === b) return true;
  if (a.articles.length !== b.articles.length) return false;
  return a.articles.every((left, index) => {
    const right = b.articles[index];
    return (
      right !== undefined &&
      left.id === right.id &&
      FIELDS.every((field) => LANGUAGES.every((lang) => left[field][lang] === right[field][lang]))
    );
  });
}

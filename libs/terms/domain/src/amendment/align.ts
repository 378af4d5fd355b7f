// Which articles two versions share, which were deleted or inserted, and which of the shared ones moved.
// Diff and redline both read this, so a redline marks as moved exactly the articles a diff moves.
import { type Article, type TermsVersion } from '../document/types.js';
import { longestIncreasingSubsequence } from './longest-increasing.js';

export interface Alignment {
  /** Articles of `from` whose id is absent from `to`, in `from` order. */
  readonly deleted: readonly Article[];
  /** Ids present in `to` only. */
  readonly inserted: ReadonlySet<string>;
  /** Kept ids outside the longest run of kept articles that stayed in the same relative order. */
  readonly moved: ReadonlySet<string>;
  /** The `from` article of every id of `from`. */
  readonly fromById: ReadonlyMap<string, Article>;
}

export function alignVersions(from: TermsVersion, to: TermsVersion): Alignment {
  const fromById = new Map(from.articles.map((article) => [article.id, article]));
  const toPosition = new Map(to.articles.map((article, index) => [article.id, index]));
  const deleted: Article[] = [];
  const kept: Article[] = [];
  for (const article of from.articles) (toPosition.has(article.id) ? kept : deleted).push(article);
  const positions = kept.map((article) => toPosition.get(article.id) ?? 0);
  const stable = new Set(longestIncreasingSubsequence(positions).map((index) => kept[index]?.id));
  const moved = new Set(kept.filter((article) => !stable.has(article.id)).map((article) => article.id));
  const inserted = new Set(
    to.articles.filter((article) => !fromById.has(article.id)).map((article) => article.id),
  );
  return { deleted, inserted, moved, fromById };
}

// The change set that turns one version into another: deletes first, then, in the order of the target,
// inserts and the moves of articles that really changed place (those outside the longest run of kept
// articles still in the same order), then replaces of the fields whose text differs.
import { LANGUAGES, type LocalizedText } from '@lovecando/shared-util';
import { type ArticleField, type ChangeSet, type Operation, type TermsVersion } from '../document/types.js';
import { alignVersions } from './align.js';

const FIELDS: readonly ArticleField[] = ['title', 'body', 'summary'];

export function sameText(a: LocalizedText, b: LocalizedText): boolean {
  return LANGUAGES.every((lang) => a[lang] === b[lang]);
}

/** A change set with base `from.hash` such that applying it to `from` gives `to`. */
export function diffVersions(from: TermsVersion, to: TermsVersion): ChangeSet {
  const { deleted, inserted, moved, fromById } = alignVersions(from, to);
  const operations: Operation[] = deleted.map((article) => ({ op: 'delete', id: article.id }));
  const replaces: Operation[] = [];
  // Placing each article right after its predecessor in `to`, in `to` order, yields `to`'s order: the
  // articles not placed are the increasing run, already in order with everything placed before them.
  to.articles.forEach((article, index) => {
    const after = index === 0 ? null : (to.articles[index - 1]?.id ?? null);
    const { id, title, body, summary } = article;
    if (inserted.has(id)) {
      operations.push({ op: 'insertAfter', after, article: { id, title, body, summary } });
      return;
    }
    if (moved.has(id)) operations.push({ op: 'move', id, after });
    const before = fromById.get(id);
    if (before === undefined) return;
    const set: Partial<Record<ArticleField, LocalizedText>> = {};
    for (const field of FIELDS) if (!sameText(before[field], article[field])) set[field] = article[field];
    if (Object.keys(set).length > 0) replaces.push({ op: 'replace', id, set });
  });
  return { base: from.hash, operations: [...operations, ...replaces] };
}

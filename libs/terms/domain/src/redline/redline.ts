// Redlines between two versions, or between a version and an amendment of it: each article's status, its
// move if it changed place, and word-level runs for every field in both languages.
import { type Lang } from '@lovecando/shared-util';
import { alignVersions } from '../amendment/align.js';
import { type ApplyError } from '../amendment/apply-errors.js';
import { applyChangeSet } from '../amendment/apply.js';
import { sameText } from '../amendment/diff.js';
import { type Article, type ArticleField, type ChangeSet, type TermsVersion } from '../document/types.js';
import { type FieldRedline, type Redline, type RedlineEntry, type Run } from './types.js';
import { wordRuns } from './word-runs.js';

const FIELDS: readonly ArticleField[] = ['title', 'body', 'summary'];

function fieldRuns(before: Article | undefined, after: Article | undefined): RedlineEntry['fields'] {
  const runs = (field: ArticleField): FieldRedline => {
    const perLang = (lang: Lang): Run[] => wordRuns(before?.[field][lang] ?? '', after?.[field][lang] ?? '');
    return { fr: perLang('fr'), en: perLang('en') };
  };
  return { title: runs('title'), body: runs('body'), summary: runs('summary') };
}

function deletedEntry(article: Article): RedlineEntry {
  return {
    id: article.id,
    status: 'deleted',
    moved: null,
    number: null,
    previousNumber: article.number,
    fields: fieldRuns(article, undefined),
  };
}

export function redline(from: TermsVersion, to: TermsVersion): Redline {
  const { deleted, inserted, moved, fromById } = alignVersions(from, to);
  // A deleted article is shown after the article that preceded it in `from` and survives, with the deleted
  // articles that directly followed it; those before any survivor open the list.
  const deletedAfter = new Map<string | null, Article[]>();
  let survivor: string | null = null;
  const isDeleted = new Set(deleted.map((article) => article.id));
  for (const article of from.articles) {
    if (!isDeleted.has(article.id)) {
      survivor = article.id;
      continue;
    }
    const group = deletedAfter.get(survivor) ?? [];
    group.push(article);
    deletedAfter.set(survivor, group);
  }
  const entries: RedlineEntry[] = (deletedAfter.get(null) ?? []).map(deletedEntry);
  for (const article of to.articles) {
    const before = fromById.get(article.id);
    const changed = before !== undefined && FIELDS.some((field) => !sameText(before[field], article[field]));
    entries.push({
      id: article.id,
      status: inserted.has(article.id) ? 'inserted' : changed ? 'changed' : 'unchanged',
      moved:
        before !== undefined && moved.has(article.id)
          ? { fromNumber: before.number, toNumber: article.number }
          : null,
      number: article.number,
      previousNumber: before?.number ?? null,
      fields: fieldRuns(before, article),
    });
    for (const gone of deletedAfter.get(article.id) ?? []) entries.push(deletedEntry(gone));
  }
  return { from: from.hash, to: to.hash, entries };
}

export type RedlineChangeSetResult =
  | { readonly ok: true; readonly redline: Redline; readonly version: TermsVersion }
  | { readonly ok: false; readonly error: ApplyError };

/** The redline of an amendment against its base, with the version it would produce. */
export function redlineChangeSet(base: TermsVersion, changeSet: ChangeSet): RedlineChangeSetResult {
  const applied = applyChangeSet(base, changeSet);
  return applied.ok
    ? { ok: true, redline: redline(base, applied.version), version: applied.version }
    : applied;
}

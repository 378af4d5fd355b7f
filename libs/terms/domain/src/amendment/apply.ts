// Applying an amendment: the operations of a change set run in order against the version it was written
// for, articles are renumbered, and the result must be a valid version (or a typed error says why not).
import { assembleVersion, isChecked } from '../document/assemble.js';
import { type TermsProblem } from '../document/problems.js';
import {
  type Article,
  type ArticleDraft,
  type ArticleField,
  type ChangeSet,
  type Operation,
  type TermsVersion,
} from '../document/types.js';
import { validateArticle, validateArticles } from '../document/validate.js';
import {
  articleNotFound,
  baseMismatch,
  duplicateArticle,
  emptyReplace,
  invalidResult,
  moveOntoItself,
  type ApplyError,
} from './apply-errors.js';
import { ArticleChain, type ChainNode } from './article-chain.js';

export type ApplyResult =
  { readonly ok: true; readonly version: TermsVersion } | { readonly ok: false; readonly error: ApplyError };

/** The articles an amendment leads to, checked but not yet numbered nor hashed. */
export type OperationsResult =
  | { readonly ok: true; readonly articles: readonly (ArticleDraft | Article)[] }
  | { readonly ok: false; readonly error: ApplyError };

const FIELDS: readonly ArticleField[] = ['title', 'body', 'summary'];
const ALL_FIELDS: readonly (ArticleField | 'id')[] = ['id', ...FIELDS];

/**
 * Applies a change set to the version it was written against (`changeSet.base` must be `version.hash`).
 * Hashing the result is most of the cost on a long document; see `applyOperations` to skip it.
 */
export function applyChangeSet(version: TermsVersion, changeSet: ChangeSet): ApplyResult {
  if (changeSet.base !== version.hash)
    return { ok: false, error: baseMismatch(version.hash, changeSet.base) };
  const applied = applyOperations(version, changeSet.operations);
  return applied.ok ? { ok: true, version: assembleVersion(applied.articles) } : applied;
}

/**
 * Runs operations against a version without looking at any base hash and without hashing the result:
 * rebase uses it to check that an amendment still applies, for a fraction of the cost.
 */
export function applyOperations(version: TermsVersion, operations: readonly Operation[]): OperationsResult {
  const chain = new ArticleChain(version.articles);
  for (const [index, operation] of operations.entries()) {
    const error = step(chain, operation, index);
    if (error !== null) return { ok: false, error };
  }
  const nodes = chain.toArray();
  const problems = isChecked(version)
    ? writtenProblems(nodes)
    : validateArticles(nodes.map((n) => n.content));
  if (problems.length > 0) return { ok: false, error: invalidResult(blame(nodes, problems), problems) };
  return { ok: true, articles: nodes.map((node) => node.content) };
}

/** One operation; null when it applied. */
function step(chain: ArticleChain, operation: Operation, index: number): ApplyError | null {
  switch (operation.op) {
    case 'insertAfter': {
      const { after } = operation;
      const anchor = after === null ? null : chain.get(after);
      if (after !== null && anchor === undefined) return articleNotFound(index, after, 'anchor');
      if (chain.get(operation.article.id) !== undefined) return duplicateArticle(index, operation.article.id);
      chain.insertAfter(anchor ?? null, {
        content: operation.article,
        written: new Set(ALL_FIELDS),
        lastOperation: index,
      });
      return null;
    }
    case 'replace': {
      const node = chain.get(operation.id);
      if (node === undefined) return articleNotFound(index, operation.id, 'target');
      const fields = FIELDS.filter((field) => operation.set[field] !== undefined);
      if (fields.length === 0) return emptyReplace(index, operation.id);
      const { id, title, body, summary } = node.content;
      node.content = {
        id,
        title: operation.set.title ?? title,
        body: operation.set.body ?? body,
        summary: operation.set.summary ?? summary,
      };
      node.written ??= new Set();
      for (const field of fields) node.written.add(field);
      node.lastOperation = index;
      return null;
    }
    case 'delete': {
      const node = chain.get(operation.id);
      if (node === undefined) return articleNotFound(index, operation.id, 'target');
      chain.delete(node);
      return null;
    }
    case 'move': {
      const node = chain.get(operation.id);
      if (node === undefined) return articleNotFound(index, operation.id, 'target');
      const { after } = operation;
      if (after === operation.id) return moveOntoItself(index, operation.id);
      const anchor = after === null ? null : chain.get(after);
      if (after !== null && anchor === undefined) return articleNotFound(index, after, 'anchor');
      chain.moveAfter(node, anchor ?? null);
      return null;
    }
  }
}

/**
 * The base was validated when it was built, so only what the operations wrote can be wrong: ids of inserted
 * articles (unique by construction, the chain refuses duplicates), written fields, and an empty result.
 */
function writtenProblems(nodes: readonly ChainNode[]): TermsProblem[] {
  if (nodes.length === 0) return validateArticles([]);
  const problems: TermsProblem[] = [];
  nodes.forEach((node, index) => {
    if (node.written !== null)
      problems.push(...validateArticle(node.content, index, orderedFields(node.written)));
  });
  return problems;
}

function orderedFields(written: ReadonlySet<ArticleField | 'id'>): (ArticleField | 'id')[] {
  return ALL_FIELDS.filter((field) => written.has(field));
}

/** The operation that last wrote the first invalid article, if an operation did. */
function blame(nodes: readonly ChainNode[], problems: readonly TermsProblem[]): number | null {
  const articleId = problems[0]?.articleId;
  return nodes.find((node) => node.content.id === articleId)?.lastOperation ?? null;
}

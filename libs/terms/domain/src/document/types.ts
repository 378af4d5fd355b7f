// The shapes of a terms-of-use document (docs/domain/terms.md#documents-and-articles): articles, immutable
// versions, and the change sets that amend them. Every text exists in French and English; bodies are
// Markdown.
import { type LocalizedText } from '@lovecando/shared-util';

/** An article as written: stable id, title, Markdown body and plain-language summary. */
export interface ArticleDraft {
  /** Stable across versions: lower-case letters, digits and hyphens, e.g. `membership`. */
  readonly id: string;
  readonly title: LocalizedText;
  /** Markdown without raw HTML. */
  readonly body: LocalizedText;
  /** What the article means for a member, in plain words. */
  readonly summary: LocalizedText;
}

/** An article inside a version: its number is its 1-based position, recomputed on every change. */
export interface Article extends ArticleDraft {
  readonly number: number;
}

/** An immutable version of the terms: ordered articles and the SHA-256 of their canonical JSON. */
export interface TermsVersion {
  readonly articles: readonly Article[];
  /** Hex SHA-256 of the canonical JSON of the articles (ids, titles, bodies, summaries, in order). */
  readonly hash: string;
}

/** The article fields an amendment may replace. */
export type ArticleField = 'title' | 'body' | 'summary';

/**
 * One article operation. `after: null` means "at the start". `replace` with only a title is a retitle.
 */
export type Operation =
  | { readonly op: 'insertAfter'; readonly after: string | null; readonly article: ArticleDraft }
  | {
      readonly op: 'replace';
      readonly id: string;
      readonly set: Readonly<Partial<Record<ArticleField, LocalizedText>>>;
    }
  | { readonly op: 'delete'; readonly id: string }
  | { readonly op: 'move'; readonly id: string; readonly after: string | null };

/** An amendment: operations applied in order against the version whose hash is `base`. */
export interface ChangeSet {
  readonly base: string;
  readonly operations: readonly Operation[];
}

// The content hash of a version: hex SHA-256 (the shared content hash, as for consent snapshots) of the
// RFC 8785 canonical JSON of its articles, in order and without numbers (a number is only a position), so
// anyone can recompute a hash with any JCS implementation. The canonical text of an article is written by
// hand for its known shape: the fast path that keeps amending a long document cheap.
import { sha256HexOfChunks, utf8Bytes, type LocalizedText } from '@lovecando/shared-util';
import { type ArticleDraft } from './types.js';

// Articles are frozen, so an article's canonical bytes never change; caching them per object lets an
// amendment of a long document serialise and encode only the articles it wrote. Weak, so it never leaks.
const canonicalBytes = new WeakMap<ArticleDraft, Uint8Array>();

const text = (value: LocalizedText) => `{"en":${JSON.stringify(value.en)},"fr":${JSON.stringify(value.fr)}}`;

/**
 * The canonical JSON of an article's content: id, title, body and summary (never its number). The shape is
 * fixed, so the keys are written in JCS order (UTF-16 order: body < id < summary < title, en < fr) and each
 * string with JSON.stringify, which is how JCS serialises strings: the same text as `canonicalize` gives
 * (checked by a property test) at a fraction of the cost on long documents.
 */
export function canonicalArticle(article: ArticleDraft): string {
  const { id, title, body, summary } = article;
  return `{"body":${text(body)},"id":${JSON.stringify(id)},"summary":${text(summary)},"title":${text(title)}}`;
}

function articleBytes(article: ArticleDraft): Uint8Array {
  let bytes = canonicalBytes.get(article);
  if (bytes === undefined) {
    bytes = utf8Bytes(canonicalArticle(article));
    canonicalBytes.set(article, bytes);
  }
  return bytes;
}

/** Lets a renumbered copy of an article reuse the canonical bytes of the original. */
export function shareCanonicalText(from: ArticleDraft, to: ArticleDraft): void {
  const bytes = canonicalBytes.get(from);
  if (bytes !== undefined) canonicalBytes.set(to, bytes);
}

const OPEN = utf8Bytes('[');
const COMMA = utf8Bytes(',');
const CLOSE = utf8Bytes(']');

/**
 * A JCS array is its elements' canonical texts joined by commas, so hashing the cached bytes of each
 * article in turn gives the SHA-256 of canonicalize(articles) without building that text.
 */
export function hashArticles(articles: readonly ArticleDraft[]): string {
  const chunks: Uint8Array[] = [OPEN];
  articles.forEach((article, index) => {
    if (index > 0) chunks.push(COMMA);
    chunks.push(articleBytes(article));
  });
  chunks.push(CLOSE);
  return sha256HexOfChunks(chunks);
}

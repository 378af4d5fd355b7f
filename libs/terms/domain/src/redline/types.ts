// The shape of a redline: plain data a UI can render (strike-through, underline) and a screen reader can
// announce, with the articles in the order of the newer version and deleted ones where they used to be.
import { type Lang } from '@lovecando/shared-util';
import { type ArticleField } from '../document/types.js';

export type RunKind = 'equal' | 'insert' | 'delete';

/** A stretch of text that is kept, inserted or deleted; consecutive runs never have the same kind. */
export interface Run {
  readonly kind: RunKind;
  readonly text: string;
}

export type FieldRedline = Readonly<Record<Lang, readonly Run[]>>;

export type ArticleStatus = 'inserted' | 'deleted' | 'changed' | 'unchanged';

export interface RedlineEntry {
  readonly id: string;
  /** About the texts only: a moved article whose texts are the same is `unchanged` with `moved` set. */
  readonly status: ArticleStatus;
  /** Set when the article changed place relative to the others (not merely renumbered). */
  readonly moved: { readonly fromNumber: number; readonly toNumber: number } | null;
  /** Number in the newer version; null when deleted. */
  readonly number: number | null;
  /** Number in the older version; null when inserted. */
  readonly previousNumber: number | null;
  readonly fields: Readonly<Record<ArticleField, FieldRedline>>;
}

export interface Redline {
  /** Hashes of the compared versions. */
  readonly from: string;
  readonly to: string;
  readonly entries: readonly RedlineEntry[];
}

// What explanations and the ODRL export need besides the clauses themselves: the taxonomy the clauses are
// written in (labels in both languages, DPV IRIs) and the registered services (their display names).
import { type Lang } from '@lovecando/shared-util';
import { type Recipient } from '../clauses/clause.js';
import { type SnapshotContent } from '../policy/compile.js';
import { type Taxonomy, type TaxonomyKind } from '../taxonomy/types.js';

/** The part of a `Taxonomy` read here, so callers may pass a lighter lookup. */
export type ExplainTaxonomy = Pick<Taxonomy, 'version' | 'node'>;

export interface ExplainContext {
  readonly taxonomy: ExplainTaxonomy;
  readonly recipients: readonly Recipient[];
}

/** The label of a term; an unknown id is shown as is rather than hidden, so nothing disappears from a text. */
export function termLabel(taxonomy: ExplainTaxonomy, kind: TaxonomyKind, id: string, lang: Lang): string {
  return taxonomy.node(kind, id)?.label[lang] ?? id;
}

export function recipientName(recipients: readonly Recipient[], id: string): string {
  return recipients.find((recipient) => recipient.id === id)?.name ?? id;
}

/**
 * A snapshot names the taxonomy version its clauses were compiled against. Reading it with another version
 * could silently attach the wrong labels or IRIs to an id, so that is refused outright.
 */
export function assertSameTaxonomy(content: SnapshotContent, taxonomy: ExplainTaxonomy): void {
  if (content.taxonomyVersion !== taxonomy.version) {
    throw new Error(
      `snapshot revision ${content.revision} uses taxonomy ${content.taxonomyVersion}, not ${taxonomy.version}`,
    );
  }
}

/**
 * For a whole snapshot, the services it was compiled with are authoritative; the caller's list only fills
 * gaps (a service registered since).
 */
export function withSnapshotRecipients(context: ExplainContext, content: SnapshotContent): ExplainContext {
  return { taxonomy: context.taxonomy, recipients: [...content.recipients, ...context.recipients] };
}

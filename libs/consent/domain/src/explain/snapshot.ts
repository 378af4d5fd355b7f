// A whole snapshot as a plain-language summary for the public register: a title, an introduction naming
// the revision and the legal version, then one sentence per clause. Charter rules and prohibitions come
// first because they always prevail over permissions (docs/domain/consent.md#decisions, rule 3).
import { type Lang } from '@lovecando/shared-util';
import { type Clause } from '../clauses/clause.js';
import { type Snapshot } from '../policy/compile.js';
import { explainClause } from './clause.js';
import { assertSameTaxonomy, type ExplainContext, withSnapshotRecipients } from './context.js';
import { NBSP } from './wording.js';

export type ExplainedRuleKind = 'charter' | 'prohibition' | 'permission';

export interface ExplainedRule {
  readonly clauseId: string;
  /** Lets a page put headings between the groups without re-reading the clauses. */
  readonly kind: ExplainedRuleKind;
  readonly text: string;
}

export interface SnapshotExplanation {
  readonly title: string;
  readonly intro: string;
  readonly rules: readonly ExplainedRule[];
}

const ORDER: readonly ExplainedRuleKind[] = ['charter', 'prohibition', 'permission'];

const kindOf = (clause: Clause): ExplainedRuleKind =>
  clause.effect === 'permit' ? 'permission' : clause.floor ? 'charter' : 'prohibition';

const TEXTS: Record<
  Lang,
  { title(revision: number): string; intro(revision: number, legal: number): string }
> = {
  en: {
    title: (revision) => `How members’ data may be used (revision ${revision})`,
    intro: (revision, legal) =>
      `These are the rules the members adopted, revision ${revision} (legal version ${legal}). ` +
      'Charter rules and prohibitions come first: they always prevail over permissions. ' +
      'Any use these rules do not permit is refused.',
  },
  fr: {
    title: (revision) => `Comment les données des membres peuvent être utilisées (révision ${revision})`,
    intro: (revision, legal) =>
      `Voici les règles adoptées par les membres, révision ${revision} (version juridique ${legal}). ` +
      `Les règles de la charte et les interdictions viennent d’abord${NBSP}: elles l’emportent toujours sur les autorisations. ` +
      'Tout usage que ces règles n’autorisent pas est refusé.',
  },
};

/** Throws when `context.taxonomy` is not the version the snapshot was compiled against. */
export function explainSnapshot(
  snapshot: Snapshot,
  context: ExplainContext,
  lang: Lang,
): SnapshotExplanation {
  const { content } = snapshot;
  assertSameTaxonomy(content, context.taxonomy);
  const full = withSnapshotRecipients(context, content);
  // Within a group, the snapshot's own canonical order (by id) is kept: the sort is stable.
  const rules = content.clauses
    .map((clause) => ({ clauseId: clause.id, kind: kindOf(clause), text: explainClause(clause, full, lang) }))
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const texts = TEXTS[lang];
  return {
    title: texts.title(content.revision),
    intro: texts.intro(content.revision, content.legalVersion),
    rules,
  };
}

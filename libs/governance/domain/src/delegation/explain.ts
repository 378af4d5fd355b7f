// One sentence per member telling where their vote went, in French and English: "Your vote went to Ada
// through Bob (health delegation)." Names and topic labels come from the caller, because the domain only
// knows ids; without them the ids themselves are shown.
import { type Lang } from '@lovecando/shared-util';
import { type Delegation, type LostReason, type MemberOutcome } from './types.js';

export interface ExplainOptions {
  /** Display name of a member; the id by default. */
  readonly name?: (member: string) => string;
  /** Label of a topic in a language (`santé` for `health`); the topic id by default. */
  readonly topicLabel?: (topic: string, lang: Lang) => string;
}

/** French puts a no-break space before a colon. */
const NBSP = '\u00a0';

function joinNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names.join('');
  const and = lang === 'fr' ? ' et ' : ' and ';
  return `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]!}`;
}

function delegationLabel(delegation: Delegation, lang: Lang, options: ExplainOptions): string {
  if (delegation.topic === null) return lang === 'fr' ? 'délégation globale' : 'global delegation';
  const label = options.topicLabel?.(delegation.topic, lang) ?? delegation.topic;
  return lang === 'fr' ? `délégation ${label}` : `${label} delegation`;
}

function topicPhrase(delegation: Delegation, lang: Lang, options: ExplainOptions): string {
  if (delegation.topic === null) return lang === 'fr' ? 'sur aucun sujet' : 'on any topic';
  const label = options.topicLabel?.(delegation.topic, lang) ?? delegation.topic;
  return lang === 'fr' ? `sur le sujet ${label}` : `on ${label}`;
}

const LOST: Record<Lang, Record<LostReason, (end: string, via: string) => string>> = {
  en: {
    CYCLE: (end, via) =>
      `Your vote was not counted: your delegation to ${end}${via} runs in a circle in which nobody voted`,
    NO_VOTER_AT_END: (end, via) =>
      `Your vote was not counted: it reached ${end}${via}, who neither voted nor delegated`,
    BLOCKED: (end, via) =>
      `Your vote was not counted: it reached ${end}${via}, who chose not to delegate on this topic and did not vote`,
  },
  fr: {
    CYCLE: (end, via) =>
      `Votre voix n’a pas été comptée${NBSP}: votre délégation à ${end}${via} tourne en rond sans que personne ne vote`,
    NO_VOTER_AT_END: (end, via) =>
      `Votre voix n’a pas été comptée${NBSP}: elle est parvenue à ${end}${via}, qui n’a ni voté ni délégué`,
    BLOCKED: (end, via) =>
      `Votre voix n’a pas été comptée${NBSP}: elle est parvenue à ${end}${via}, qui a choisi de ne pas déléguer sur ce sujet et n’a pas voté`,
  },
};

/** The member's outcome as one plain sentence. */
export function explainOutcome(outcome: MemberOutcome, lang: Lang, options: ExplainOptions = {}): string {
  const name = options.name ?? ((member: string) => member);
  const via = (names: readonly string[]): string =>
    names.length === 0 ? '' : `${lang === 'fr' ? ' via ' : ' through '}${joinNames(names.map(name), lang)}`;
  switch (outcome.kind) {
    case 'direct': {
      const carried = outcome.delegatedWeight;
      const base = lang === 'fr' ? 'Vous avez voté directement' : 'You voted directly';
      const weight =
        carried === 0
          ? ''
          : lang === 'fr'
            ? `, en portant ${carried} ${carried === 1 ? 'voix déléguée' : 'voix déléguées'}`
            : `, carrying ${carried} delegated ${carried === 1 ? 'vote' : 'votes'}`;
      const overridden = outcome.overriddenDelegation;
      const override =
        overridden === undefined || overridden.to === null
          ? ''
          : lang === 'fr'
            ? `${NBSP}; cela remplace votre délégation à ${name(overridden.to)}`
            : `; this overrides your delegation to ${name(overridden.to)}`;
      return `${base}${weight}${override}.`;
    }
    case 'delegated': {
      const intermediaries = outcome.chain.slice(1, -1);
      const label = delegationLabel(outcome.delegation, lang, options);
      return lang === 'fr'
        ? `Votre voix est allée à ${name(outcome.finalVoter)}${via(intermediaries)} (${label}).`
        : `Your vote went to ${name(outcome.finalVoter)}${via(intermediaries)} (${label}).`;
    }
    case 'lost': {
      const label = delegationLabel(outcome.delegation, lang, options);
      if (outcome.reason === 'CYCLE') {
        const first = outcome.chain[1] ?? outcome.member;
        return `${LOST[lang].CYCLE(name(first), '')} (${label}).`;
      }
      const end = outcome.chain[outcome.chain.length - 1]!;
      return `${LOST[lang][outcome.reason](name(end), via(outcome.chain.slice(1, -1)))} (${label}).`;
    }
    case 'none':
      if (outcome.delegation !== undefined) {
        return lang === 'fr'
          ? `Vous n’avez pas voté et avez choisi de ne pas déléguer ${topicPhrase(outcome.delegation, lang, options)}.`
          : `You did not vote, and chose not to delegate ${topicPhrase(outcome.delegation, lang, options)}.`;
      }
      return lang === 'fr'
        ? 'Vous n’avez pas voté et n’avez pas de délégation pour ce sujet.'
        : 'You did not vote and have no delegation for this topic.';
  }
}

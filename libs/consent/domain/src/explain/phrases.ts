// The building blocks of a sentence about data use, in both languages: whose data ("your step count"),
// what is done with it ("use and keep"), why ("for public health research") and when ("until …").
// Clauses and decisions are both told with these, so a rule and a decision under it read alike.
import { type Lang } from '@lovecando/shared-util';
import { type Selector } from '../clauses/clause.js';
import { type ExplainTaxonomy, termLabel } from './context.js';
import { formatDay, lastCoveredDay, ruleInstant } from './dates.js';
import { type Conjunction, frenchDe, frenchYour, inSentence, joinList } from './wording.js';

/** A verb and what follows its object: "combine" <your step count> "with other data". */
interface VerbPhrase {
  readonly verb: string;
  readonly complement?: string;
}

/** The operations of the default taxonomy as verbs; other operations fall back to their label. */
const VERBS: Record<Lang, Readonly<Record<string, VerbPhrase>>> = {
  en: {
    use: { verb: 'use' },
    store: { verb: 'keep' },
    share: { verb: 'share' },
    combine: { verb: 'combine', complement: 'with other data' },
    profile: { verb: 'build a profile from' },
    infer: { verb: 'infer things from' },
  },
  fr: {
    use: { verb: 'utiliser' },
    store: { verb: 'conserver' },
    share: { verb: 'partager' },
    combine: { verb: 'croiser', complement: 'avec d’autres données' },
    profile: { verb: 'établir un profil à partir de' },
    infer: { verb: 'déduire des informations de' },
  },
};

/** `operations: 'all'`. */
const ANY_USE: Record<Lang, VerbPhrase> = {
  en: { verb: 'use', complement: 'in any way' },
  fr: { verb: 'utiliser', complement: 'de quelque manière que ce soit' },
};

/** "your step count and your sleep" / « votre nombre de pas et votre sommeil ». */
export function dataPhrase(
  categories: readonly string[],
  taxonomy: ExplainTaxonomy,
  lang: Lang,
  conjunction: Conjunction = 'and',
): string {
  const owned = categories.map((id) => {
    const label = inSentence(termLabel(taxonomy, 'category', id, lang));
    return lang === 'fr' ? frenchYour(label) : `your ${label}`;
  });
  return joinList(owned, lang, conjunction);
}

/** " for public health research" / « à des fins de recherche en santé publique » (with a leading space). */
export function purposePhrase(
  purposes: readonly string[],
  taxonomy: ExplainTaxonomy,
  lang: Lang,
  conjunction: Conjunction = 'and',
): string {
  const labels = purposes.map((id) => inSentence(termLabel(taxonomy, 'purpose', id, lang)));
  if (labels.length === 0) return '';
  // No article in French: « à des fins de » fits every label, whatever its gender.
  return lang === 'fr'
    ? ` à des fins ${joinList(labels.map(frenchDe), lang, conjunction)}`
    : ` for ${joinList(labels, lang, conjunction)}`;
}

/** "use, keep and combine your step count with other data". */
export function actionPhrase(
  operations: Selector,
  object: string,
  taxonomy: ExplainTaxonomy,
  lang: Lang,
  conjunction: Conjunction = 'and',
): string {
  if (operations === 'all') return `${ANY_USE[lang].verb} ${object} ${ANY_USE[lang].complement ?? ''}`.trim();
  const phrases = operations.map(
    (id): VerbPhrase => VERBS[lang][id] ?? { verb: inSentence(termLabel(taxonomy, 'operation', id, lang)) },
  );
  // A complement can only follow the shared object once, so the verb that has one goes last; any other
  // (there is none in the default taxonomy) keeps its complement next to its verb.
  const plain = phrases.filter((phrase) => phrase.complement === undefined);
  const complemented = phrases.filter((phrase) => phrase.complement !== undefined);
  const last = complemented.pop();
  const verbs = [
    ...plain.map((phrase) => phrase.verb),
    ...complemented.map((phrase) => `${phrase.verb} ${phrase.complement ?? ''}`),
    ...(last ? [last.verb] : []),
  ];
  return [joinList(verbs, lang, conjunction), object, last?.complement].filter(Boolean).join(' ');
}

/** " from 1 March 2026 until 31 December 2026" / « du 1er mars 2026 au 31 décembre 2026 » (leading space). */
export function validityPhrase(
  validFrom: string | undefined,
  validUntil: string | undefined,
  lang: Lang,
): string {
  const from = validFrom === undefined ? undefined : formatDay(ruleInstant(validFrom), lang);
  const until = validUntil === undefined ? undefined : formatDay(lastCoveredDay(validUntil), lang);
  if (from !== undefined && until !== undefined)
    return lang === 'fr' ? ` du ${from} au ${until}` : ` from ${from} until ${until}`;
  if (from !== undefined) return lang === 'fr' ? ` à partir du ${from}` : ` from ${from}`;
  if (until !== undefined) return lang === 'fr' ? ` jusqu’au ${until}` : ` until ${until}`;
  return '';
}

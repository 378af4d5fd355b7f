// Small language helpers shared by every explanation: lists, capitals, and the two points of French
// grammar the texts cannot avoid (elision of « de », and « votre » / « vos »). Deliberately rule-based and
// locale-independent, so the same input gives the same text in Node and in every browser.
import { type Lang } from '@lovecando/shared-util';

/** French puts a (non-breaking) space before a colon. */
export const NBSP = '\u00a0';

/**
 * "and" lists what is allowed; "or" is needed after a negation ("no one may use your DNA or your IP
 * address": each alone is forbidden, not only both together).
 */
export type Conjunction = 'and' | 'or';

const CONJUNCTIONS: Record<Lang, Record<Conjunction, string>> = {
  en: { and: 'and', or: 'or' },
  fr: { and: 'et', or: 'ou' },
};

/** "a, b and c" / « a, b et c »: no serial comma, as in both languages' plain-language guides. */
export function joinList(items: readonly string[], lang: Lang, conjunction: Conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] ?? '';
  return `${items.slice(0, -1).join(', ')} ${CONJUNCTIONS[lang][conjunction]} ${last}`;
}

export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A taxonomy label inside a sentence: first letter lowercased, unless the label starts with an acronym
 * ("DNA sequence", "IP address") which must keep its capitals. `toLowerCase`, not the locale variant, so a
 * Turkish browser does not turn "I" into a dotless ı.
 */
export function inSentence(label: string): string {
  if (/^\p{Lu}{2,}/u.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

const FRENCH_VOWEL_OR_MUTE_H = /^[aeiouyàâäéèêëîïôöùûüœæh]/i;

/** « de recherche », « d’intérêt général ». */
export const frenchDe = (phrase: string): string =>
  FRENCH_VOWEL_OR_MUTE_H.test(phrase) ? `d’${phrase}` : `de ${phrase}`;

/** Nouns ending in -s or -x that are nonetheless singular. */
const FRENCH_INVARIABLE = new Set([
  'accès',
  'avis',
  'bras',
  'choix',
  'corps',
  'cours',
  'discours',
  'dos',
  'parcours',
  'pays',
  'poids',
  'pouls',
  'prix',
  'processus',
  'taux',
  'temps',
]);

/**
 * « votre nombre de pas », « vos coordonnées »: the possessive agrees in number with the head noun (the
 * first word of the label), which in French is plural when it ends in -s or -x, a few invariable nouns
 * aside. Gender is not needed, which is why purposes are phrased « à des fins de … » without an article.
 */
export function frenchYour(phrase: string): string {
  const head = (phrase.split(/[\s’'-]/)[0] ?? '').toLowerCase();
  const plural = /[sx]$/.test(head) && !FRENCH_INVARIABLE.has(head);
  return `${plural ? 'vos' : 'votre'} ${phrase}`;
}

/** "2 years" / "2 ans": the count and the right form of the unit. */
export function counted(count: number, [singular, plural]: readonly [string, string]): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

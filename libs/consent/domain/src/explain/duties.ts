// The conditions attached to a permitted use, told as a short sentence: "Kept 2 years, pseudonymised."
// The French participles agree with « les données », the implicit subject.
import { type Lang } from '@lovecando/shared-util';
import { type Duties } from '../clauses/clause.js';
import { counted, upperFirst } from './wording.js';

const UNITS = {
  en: { year: ['year', 'years'], month: ['month', 'months'], day: ['day', 'days'] },
  fr: { year: ['an', 'ans'], month: ['mois', 'mois'], day: ['jour', 'jours'] },
} as const satisfies Record<Lang, Record<string, readonly [string, string]>>;

/** Years or months only when the number of days is an exact multiple: 730 → 2 years, 90 → 3 months, 45 → 45 days. */
export function duration(days: number, lang: Lang): string {
  const units = UNITS[lang];
  if (days > 0 && days % 365 === 0) return counted(days / 365, units.year);
  if (days > 0 && days % 30 === 0) return counted(days / 30, units.month);
  return counted(days, units.day);
}

const WORDS: Record<
  Lang,
  {
    kept(period: string): string;
    notKept: string;
    pseudonymised: string;
    groups(k: number): string;
    notified: string;
  }
> = {
  en: {
    kept: (period) => `kept ${period}`,
    notKept: 'not kept after use',
    pseudonymised: 'pseudonymised',
    groups: (k) => `only in groups of at least ${counted(k, ['member', 'members'])}`,
    notified: 'You are notified.',
  },
  fr: {
    kept: (period) => `conservées ${period}`,
    notKept: 'non conservées après usage',
    pseudonymised: 'pseudonymisées',
    groups: (k) => `seulement par groupes d’au moins ${counted(k, ['membre', 'membres'])}`,
    notified: 'Vous recevez une notification.',
  },
};

/** "Kept 2 years, pseudonymised, only in groups of at least 10 members. You are notified." or '' if none. */
export function explainDuties(duties: Duties, lang: Lang): string {
  const words = WORDS[lang];
  const conditions: string[] = [];
  if (duties.retentionDays !== undefined)
    conditions.push(
      duties.retentionDays === 0 ? words.notKept : words.kept(duration(duties.retentionDays, lang)),
    );
  if (duties.pseudonymise === true) conditions.push(words.pseudonymised);
  if (duties.minAggregationK !== undefined) conditions.push(words.groups(duties.minAggregationK));
  const sentences = conditions.length > 0 ? [`${upperFirst(conditions.join(', '))}.`] : [];
  if (duties.notifyMember === true) sentences.push(words.notified);
  return sentences.join(' ');
}

// The wording of the lint problems, in French and English. French puts a no-break space before ":" so a
// line never starts with it.
import { type Lang, type LocalizedText } from '@lovecando/shared-util';
import { BAND_LABELS, bandOf, formatScore } from '../readability/reading-ease.js';

const NBSP = '\u00a0';

const LANGUAGE_NAME: Readonly<Record<Lang, LocalizedText>> = {
  fr: { fr: 'français', en: 'French' },
  en: { fr: 'anglais', en: 'English' },
};

/** A configured minimum as written: "50", "55,5" / "55.5". */
function formatMinimum(minimum: number, lang: Lang): string {
  const text = String(minimum);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

export const lintMessages = {
  summaryRequired: (lang: Lang, number: number): LocalizedText => ({
    fr: `Le résumé (${LANGUAGE_NAME[lang].fr}) de l’article ${number} manque${NBSP}: chaque article modifié a besoin d’un résumé en mots simples.`,
    en: `The ${LANGUAGE_NAME[lang].en} summary of article ${number} is missing: every changed article needs a plain-language summary.`,
  }),
  summarySameAsBody: (lang: Lang, number: number): LocalizedText => ({
    fr: `Le résumé (${LANGUAGE_NAME[lang].fr}) de l’article ${number} répète le texte${NBSP}: dites en quelques mots simples ce que l’article change pour les membres.`,
    en: `The ${LANGUAGE_NAME[lang].en} summary of article ${number} repeats the body: say in a few plain words what the article means for members.`,
  }),
  /** "Lisibilité : 42,3 (difficile), minimum 50. …" — the score, its level and the minimum first. */
  readabilityBelowMinimum: (
    lang: Lang,
    number: number,
    score: number,
    minimum: number,
    field: 'body' | 'summary' = 'body',
  ): LocalizedText => {
    const band = BAND_LABELS[bandOf(score)];
    const what = field === 'body' ? { fr: 'Texte', en: 'body' } : { fr: 'Résumé', en: 'summary' };
    return {
      fr: `Lisibilité${NBSP}: ${formatScore(score, 'fr')} (${band.fr}), minimum ${formatMinimum(minimum, 'fr')}. ${what.fr} (${LANGUAGE_NAME[lang].fr}) de l’article ${number}${NBSP}: des phrases plus courtes et des mots plus simples aident.`,
      en: `Readability: ${formatScore(score, 'en')} (${band.en}), minimum ${formatMinimum(minimum, 'en')}. ${LANGUAGE_NAME[lang].en} ${what.en} of article ${number}: shorter sentences and simpler words help.`,
    };
  },
};

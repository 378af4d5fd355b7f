// Reading-ease scores as the page words them: the score with one decimal, cut rather than rounded (the
// domain's formatScore, so 49.96 reads "49.9" and never passes for 50), and Flesch's level in words.
import { type Language } from '@lovecando/shared-util';
import { type ReadabilityBand } from '@lovecando/shared-web-data';
import { formatScore } from '@lovecando/terms-domain';
import { type TFunction } from 'i18next';

/** A score and its level as the API sends them; both are null for an empty text. */
export interface Score {
  score: number | null;
  band: ReadabilityBand | null;
}

export function bandLabel(band: ReadabilityBand, t: TFunction<'terms'>): string {
  switch (band) {
    case 'VERY_EASY':
      return t('band.VERY_EASY');
    case 'EASY':
      return t('band.EASY');
    case 'FAIRLY_EASY':
      return t('band.FAIRLY_EASY');
    case 'STANDARD':
      return t('band.STANDARD');
    case 'FAIRLY_DIFFICULT':
      return t('band.FAIRLY_DIFFICULT');
    case 'DIFFICULT':
      return t('band.DIFFICULT');
    case 'VERY_DIFFICULT':
      return t('band.VERY_DIFFICULT');
  }
}

/** "Lisibilité (Kandel–Moles) : 89,3 — facile", or that an empty text cannot be measured. */
export function overallReadability(
  { score, band }: Score,
  language: Language,
  t: TFunction<'terms'>,
): string {
  return score === null || band === null
    ? t('readability.overallUnmeasured')
    : t('readability.overall', { score: formatScore(score, language), band: bandLabel(band, t) });
}

/** "Lisibilité de l’article : 72,4 — plutôt facile", or that an empty text cannot be measured. */
export function articleReadability(
  { score, band }: Score,
  language: Language,
  t: TFunction<'terms'>,
): string {
  return score === null || band === null
    ? t('readability.articleUnmeasured')
    : t('readability.article', { score: formatScore(score, language), band: bandLabel(band, t) });
}

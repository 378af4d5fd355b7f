// The two reading-ease formulas and Flesch's table of levels. Flesch (1948) for English; Kandel and Moles
// (1958) adapted the constants to French, whose words carry more syllables. Higher is easier. The score is
// kept exact (not rounded, not clamped to 0–100: a text of one-syllable words can exceed 100); it is only
// shortened for display, by formatScore.
import { type Lang, type LocalizedText } from '@lovecando/shared-util';

/** What the formulas need: totals over a text (or several texts, summed). */
export interface TextCounts {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

const FORMULA: Readonly<
  Record<Lang, { base: number; perWordPerSentence: number; perSyllablePerWord: number }>
> = {
  en: { base: 206.835, perWordPerSentence: 1.015, perSyllablePerWord: 84.6 },
  fr: { base: 207, perWordPerSentence: 1.015, perSyllablePerWord: 73.6 },
};

/**
 * Flesch reading ease (en) = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words;
 * Kandel–Moles (fr) = 207 − 1.015 × words/sentences − 73.6 × syllables/words. Null without words: an empty
 * text is neither easy nor hard.
 */
export function readingEase(counts: TextCounts, lang: Lang): number | null {
  if (counts.words === 0 || counts.sentences === 0) return null;
  const f = FORMULA[lang];
  return (
    f.base -
    f.perWordPerSentence * (counts.words / counts.sentences) -
    f.perSyllablePerWord * (counts.syllables / counts.words)
  );
}

export const READABILITY_BANDS = [
  'very-easy',
  'easy',
  'fairly-easy',
  'standard',
  'fairly-difficult',
  'difficult',
  'very-difficult',
] as const;
export type ReadabilityBand = (typeof READABILITY_BANDS)[number];

/** Lower bounds of Flesch's table, from the easiest level down; below 30 is very difficult. */
const LOWER_BOUNDS: readonly (readonly [number, ReadabilityBand])[] = [
  [90, 'very-easy'],
  [80, 'easy'],
  [70, 'fairly-easy'],
  [60, 'standard'],
  [50, 'fairly-difficult'],
  [30, 'difficult'],
];

/** Flesch's level for a score: ≥ 90 very easy, ≥ 80 easy, … ≥ 30 difficult, below very difficult. */
export function bandOf(score: number): ReadabilityBand {
  for (const [bound, band] of LOWER_BOUNDS) if (score >= bound) return band;
  return 'very-difficult';
}

export const BAND_LABELS: Readonly<Record<ReadabilityBand, LocalizedText>> = {
  'very-easy': { fr: 'très facile', en: 'very easy' },
  easy: { fr: 'facile', en: 'easy' },
  'fairly-easy': { fr: 'plutôt facile', en: 'fairly easy' },
  standard: { fr: 'standard', en: 'standard' },
  'fairly-difficult': { fr: 'plutôt difficile', en: 'fairly difficult' },
  difficult: { fr: 'difficile', en: 'difficult' },
  'very-difficult': { fr: 'très difficile', en: 'very difficult' },
};

/**
 * A score for display with one decimal and the language's decimal mark: "42,3" / "42.3". The decimal is
 * cut, not rounded up, for the same reason the governance tallies truncate shares: a score of 49.96 under
 * a minimum of 50 must not be shown as "50.0".
 */
export function formatScore(score: number, lang: Lang): string {
  // The small epsilon absorbs binary noise (42.3 computed as 42.29999…) without lifting a real 49.96.
  const tenths = Math.floor(score * 10 + 1e-9);
  const text = (tenths / 10).toFixed(1);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

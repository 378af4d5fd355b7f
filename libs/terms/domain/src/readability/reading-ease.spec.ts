// The formulas, Flesch's table of levels and the display of a score.
import { BAND_LABELS, bandOf, formatScore, READABILITY_BANDS, readingEase } from './reading-ease.js';

describe('readingEase', () => {
  it('applies Flesch in English: 206.835 − 1.015 × words/sentences − 84.6 × syllables/words', () => {
    // 100 words, 5 sentences, 150 syllables: 206.835 − 1.015 × 20 − 84.6 × 1.5 = 206.835 − 20.3 − 126.9 = 59.635
    expect(readingEase({ words: 100, sentences: 5, syllables: 150 }, 'en')).toBeCloseTo(59.635, 10);
  });

  it('applies Kandel–Moles in French: 207 − 1.015 × words/sentences − 73.6 × syllables/words', () => {
    // Same counts: 207 − 20.3 − 73.6 × 1.5 = 207 − 20.3 − 110.4 = 76.3
    expect(readingEase({ words: 100, sentences: 5, syllables: 150 }, 'fr')).toBeCloseTo(76.3, 10);
  });

  it('is null without words, and neither clamped above 100 nor below 0', () => {
    expect(readingEase({ words: 0, sentences: 0, syllables: 0 }, 'en')).toBeNull();
    // "Go." 1 word, 1 sentence, 1 syllable: 206.835 − 1.015 − 84.6 = 121.22
    expect(readingEase({ words: 1, sentences: 1, syllables: 1 }, 'en')).toBeCloseTo(121.22, 10);
    // 40 words of 4 syllables in one sentence: 206.835 − 40.6 − 338.4 = −172.165
    expect(readingEase({ words: 40, sentences: 1, syllables: 160 }, 'en')).toBeCloseTo(-172.165, 10);
  });
});

describe('bandOf', () => {
  it("follows Flesch's table, each lower bound included", () => {
    const scores = [120, 90, 89.99, 80, 70, 60, 50, 30, 29.99, -10];
    expect(scores.map(bandOf)).toEqual([
      'very-easy',
      'very-easy',
      'easy',
      'easy',
      'fairly-easy',
      'standard',
      'fairly-difficult',
      'difficult',
      'very-difficult',
      'very-difficult',
    ]);
  });

  it('has a French and an English label for every level', () => {
    expect(READABILITY_BANDS.map((band) => BAND_LABELS[band].fr)).toEqual([
      'très facile',
      'facile',
      'plutôt facile',
      'standard',
      'plutôt difficile',
      'difficile',
      'très difficile',
    ]);
    expect(BAND_LABELS['fairly-difficult'].en).toBe('fairly difficult');
  });
});

describe('formatScore', () => {
  it('shows one decimal with the decimal mark of the language', () => {
    expect(formatScore(42.3, 'fr')).toBe('42,3');
    expect(formatScore(42.3, 'en')).toBe('42.3');
    expect(formatScore(116.145, 'en')).toBe('116.1');
    expect(formatScore(60, 'fr')).toBe('60,0');
    expect(formatScore(-33.935, 'en')).toBe('-34.0');
  });

  it('cuts rather than rounds up, so a score just under a minimum never shows as reaching it', () => {
    expect(formatScore(49.96, 'en')).toBe('49.9');
    expect(formatScore(0.1 + 0.2, 'en')).toBe('0.3'); // 0.30000000000000004
    expect(formatScore(42.29999999999999, 'en')).toBe('42.3'); // binary noise, not a lower score
  });
});

// Reference values computed by hand, with the arithmetic in the comments. Syllables per word are given in
// brackets; each word's count is also checked by the syllable specs.
import { addCounts, countText, readability, readabilityOfCounts } from './readability.js';

describe('readability', () => {
  describe('English (Flesch reading ease)', () => {
    it('"The cat sat on the mat."', () => {
      // 6 words, 1 sentence, 6 syllables → 206.835 − 1.015 × 6 − 84.6 × 1 = 116.145
      const result = readability('The cat sat on the mat.', 'en');
      expect(result).toMatchObject({ words: 6, sentences: 1, syllables: 6, band: 'very-easy' });
      expect(result.score).toBeCloseTo(116.145, 10);
    });

    it('two short sentences', () => {
      // You[1] can[1] leave[1] at[1] any[2] time[1] · We[1] delete[2] your[1] data[2]
      // 10 words, 2 sentences, 13 syllables → 206.835 − 1.015 × 5 − 84.6 × 1.3 = 206.835 − 5.075 − 109.98 = 91.78
      const result = readability('You can leave at any time. We delete your data.', 'en');
      expect(result).toMatchObject({ words: 10, sentences: 2, syllables: 13, band: 'very-easy' });
      expect(result.score).toBeCloseTo(91.78, 10);
    });

    it('one long sentence of long words scores below zero', () => {
      // Personal[3] information[4] is[1] processed[2] according[3] to[1] applicable[4] regulations[4]
      // 8 words, 1 sentence, 22 syllables → 206.835 − 1.015 × 8 − 84.6 × 22/8 = 206.835 − 8.12 − 232.65 = −33.935
      const result = readability(
        'Personal information is processed according to applicable regulations.',
        'en',
      );
      expect(result).toMatchObject({ words: 8, sentences: 1, syllables: 22, band: 'very-difficult' });
      expect(result.score).toBeCloseTo(-33.935, 10);
    });

    it('a Markdown paragraph with a list and a link', () => {
      // Read as three sentences: "You can:" / "read the public register;" / "export your data".
      // You[1] can[1] read[1] the[1] public[2] register[3] export[2] your[1] data[2]
      // 9 words, 3 sentences, 14 syllables → 206.835 − 1.015 × 3 − 84.6 × 14/9 = 206.835 − 3.045 − 131.6 = 72.19
      const markdown =
        'You can:\n\n- **read** the [public register](https://lovecando.org/register);\n- export your data\n';
      const result = readability(markdown, 'en');
      expect(result).toMatchObject({ words: 9, sentences: 3, syllables: 14, band: 'fairly-easy' });
      expect(result.score).toBeCloseTo(72.19, 10);
    });

    it('numbers: one word, one syllable per digit', () => {
      // Vote[1] by[1] 30[2] June[1] 2025[4] → 5 words, 1 sentence, 9 syllables
      // 206.835 − 1.015 × 5 − 84.6 × 9/5 = 206.835 − 5.075 − 152.28 = 49.48
      const result = readability('Vote by 30 June 2025.', 'en');
      expect(result).toMatchObject({ words: 5, sentences: 1, syllables: 9, band: 'difficult' });
      expect(result.score).toBeCloseTo(49.48, 10);
    });
  });

  describe('French (Kandel–Moles)', () => {
    it('"Le chat dort."', () => {
      // 3 words, 1 sentence, 3 syllables → 207 − 1.015 × 3 − 73.6 × 1 = 207 − 3.045 − 73.6 = 130.355
      const result = readability('Le chat dort.', 'fr');
      expect(result).toMatchObject({ words: 3, sentences: 1, syllables: 3, band: 'very-easy' });
      expect(result.score).toBeCloseTo(130.355, 10);
    });

    it('two sentences', () => {
      // Vous[1] pouvez[2] partir[2] quand[1] vous[1] voulez[2] · Nous[1] effaçons[3] vos[1] données[2]
      // 10 words, 2 sentences, 16 syllables → 207 − 1.015 × 5 − 73.6 × 1.6 = 207 − 5.075 − 117.76 = 84.165
      const result = readability('Vous pouvez partir quand vous voulez. Nous effaçons vos données.', 'fr');
      expect(result).toMatchObject({ words: 10, sentences: 2, syllables: 16, band: 'easy' });
      expect(result.score).toBeCloseTo(84.165, 10);
    });

    it('verb plurals in "-ent" are mute', () => {
      // Les[1] membres[1] votent[1] · Ils[1] décident[2] ensemble[2]
      // 6 words, 2 sentences, 8 syllables → 207 − 1.015 × 3 − 73.6 × 8/6 = 207 − 3.045 − 98.1333… = 105.821666…
      const result = readability('Les membres votent. Ils décident ensemble.', 'fr');
      expect(result).toMatchObject({ words: 6, sentences: 2, syllables: 8, band: 'very-easy' });
      expect(result.score).toBeCloseTo(105.8216667, 6);
    });

    it('elisions and compounds are one word each', () => {
      // L’article[2] s’applique[2] aux[1] membres[1] c’est-à-dire[3] à[1] vous[1]
      // 7 words, 1 sentence, 11 syllables → 207 − 1.015 × 7 − 73.6 × 11/7 = 207 − 7.105 − 115.657142… = 84.237857…
      const result = readability('L’article s’applique aux membres, c’est-à-dire à vous.', 'fr');
      expect(result).toMatchObject({ words: 7, sentences: 1, syllables: 11, band: 'easy' });
      expect(result.score).toBeCloseTo(84.2378571, 6);
    });
  });

  it('gives a defined result for empty text: no score, no level, zero counts', () => {
    const empty = { score: null, band: null, words: 0, sentences: 0, syllables: 0 };
    expect(readability('', 'en')).toEqual(empty);
    expect(readability('  \n\n', 'fr')).toEqual(empty);
    expect(readability('- \n---\n', 'fr')).toEqual(empty);
  });

  it('reads composed and decomposed accents alike', () => {
    expect(readability('Données créées.'.normalize('NFD'), 'fr')).toEqual(
      readability('Données créées.', 'fr'),
    );
  });

  it('scores summed counts, not averaged scores', () => {
    const a = countText('The cat sat on the mat.', 'en');
    const b = countText('Personal information is processed according to applicable regulations.', 'en');
    // 14 words, 2 sentences, 28 syllables → 206.835 − 1.015 × 7 − 84.6 × 2 = 206.835 − 7.105 − 169.2 = 30.53
    expect(readabilityOfCounts(addCounts(a, b), 'en').score).toBeCloseTo(30.53, 10);
  });
});

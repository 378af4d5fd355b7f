// Words and sentences of plain text: what counts as a word, and where a sentence ends.
import { scanText } from './scan-text.js';

function scan(plain: string): { words: string[]; numbers: Record<string, number>; sentences: number } {
  const words: string[] = [];
  const numbers: Record<string, number> = {};
  const sentences = scanText(plain, (word, digits) => {
    words.push(word);
    if (digits > 0) numbers[word] = digits;
  });
  return { words, numbers, sentences };
}

describe('scanText', () => {
  it('splits sentences on . ! ? … and ;', () => {
    expect(scan('One. Two! Three? Four… Five; six').sentences).toBe(6);
  });

  it('ends a sentence at a line end (a block end) and not twice for "?!" or "..."', () => {
    expect(scan('A list item\nAnother one\nWhat?! Yes...').sentences).toBe(4);
  });

  it('does not count a sentence without words', () => {
    expect(scan('... ; !\n\n?').sentences).toBe(0);
    expect(scan('').sentences).toBe(0);
  });

  it('keeps apostrophes and hyphens between letters inside one word', () => {
    expect(scan("L’article s'applique peut-être — don't opt-in 'quoted'").words).toEqual([
      'L’article',
      "s'applique",
      'peut-être',
      "don't",
      'opt-in',
      'quoted',
    ]);
  });

  it('reads letters of any script and treats emphasis and brackets as spaces', () => {
    expect(scan('**Données** [publiques] _naïves_ Ελλάδα').words).toEqual([
      'Données',
      'publiques',
      'naïves',
      'Ελλάδα',
    ]);
  });

  it('counts a number as one word and reports its digits', () => {
    const { words, numbers } = scan('20 % of 1,204 members, 2,5 jours, le 1er mai 2025, 10\u00a0000 euros.');
    expect(words.filter((word) => /\d/.test(word))).toEqual([
      '20',
      '1,204',
      '2,5',
      '1er',
      '2025',
      '10\u00a0000',
    ]);
    expect(numbers).toEqual({ '20': 2, '1,204': 4, '2,5': 2, '1er': 1, '2025': 4, '10\u00a0000': 5 });
  });

  it('does not end a sentence inside an address, a decimal or before a lower-case word or a digit', () => {
    expect(scan('Visit lovecando.org today. Pi is 3.14 here.').sentences).toBe(2);
    expect(scan('Some rights, e.g. the right to object, stay. See art. 9 of the GDPR.').sentences).toBe(2);
    expect(scan('Données, etc. et le reste.').sentences).toBe(1);
  });

  it('still ends a sentence at an abbreviation before a capital (a known limit)', () => {
    expect(scan('Ask M. Dupont.').sentences).toBe(2);
  });
});

// The language helpers behind every explanation.
import { formatDay } from './dates.js';
import { frenchDe, frenchYour, inSentence, joinList } from './wording.js';

describe('wording', () => {
  it('joins lists without a serial comma, with "and" or "or"', () => {
    expect(joinList([], 'en')).toBe('');
    expect(joinList(['a'], 'en')).toBe('a');
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(joinList(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
    expect(joinList(['a', 'b'], 'fr', 'or')).toBe('a ou b');
  });

  it('lowercases a label in running text, except an acronym', () => {
    expect(inSentence('Step count')).toBe('step count');
    expect(inSentence('Âge')).toBe('âge');
    expect(inSentence('DNA sequence')).toBe('DNA sequence');
    expect(inSentence('IP address')).toBe('IP address');
  });

  it('agrees the French possessive with the head noun, and elides « de »', () => {
    expect(frenchYour('nombre de pas')).toBe('votre nombre de pas');
    expect(frenchYour('coordonnées')).toBe('vos coordonnées');
    expect(frenchYour('centres d’intérêt')).toBe('vos centres d’intérêt');
    expect(frenchYour('pays')).toBe('votre pays');
    expect(frenchYour('parcours professionnel')).toBe('votre parcours professionnel');
    expect(frenchDe('marketing')).toBe('de marketing');
    expect(frenchDe('intérêt général')).toBe('d’intérêt général');
  });

  it('formats days in UTC, with the French ordinal for the first', () => {
    expect(formatDay(Date.parse('2027-01-01T00:30:00Z'), 'fr')).toBe('1er janvier 2027');
    expect(formatDay(Date.parse('2026-12-31T23:59:59Z'), 'en')).toBe('31 December 2026');
    expect(formatDay(Date.parse('2026-06-11T12:00:00Z'), 'fr')).toBe('11 juin 2026');
  });
});

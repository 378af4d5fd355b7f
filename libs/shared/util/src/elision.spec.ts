import { elidesBefore, elisionContext } from './elision.js';

describe('French elision', () => {
  it.each(['Alan', 'Ada', 'Émile', 'île', 'Yasmine', 'œuvre', '  Ursula'])('elides before %s', (word) => {
    expect(elidesBefore(word)).toBe(true);
  });

  it.each(['Grace', 'Hedy', 'Hugo', 'Tim', '', '42'])('keeps the full word before %s', (word) => {
    expect(elidesBefore(word)).toBe(false);
  });

  it('asks for the elided text in French only', () => {
    expect(elisionContext('Alan', 'fr')).toBe('elided');
    expect(elisionContext('Alan', 'en')).toBeUndefined();
    expect(elisionContext('Grace', 'fr')).toBeUndefined();
  });
});

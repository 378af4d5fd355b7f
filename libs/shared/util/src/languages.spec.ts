import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, pickLanguage } from './languages.js';

describe('languages', () => {
  it('are French first, then English, with French the default', () => {
    expect(LANGUAGES).toEqual(['fr', 'en']);
    expect(DEFAULT_LANGUAGE).toBe('fr');
  });

  it('recognise only supported codes', () => {
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage('EN')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it.each([
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['fr_CA', 'fr'],
    [' en ', 'en'],
    ['de-DE', 'fr'],
    ['', 'fr'],
    [null, 'fr'],
    [undefined, 'fr'],
  ])('pick %p as %p', (tag, expected) => {
    expect(pickLanguage(tag)).toBe(expected);
  });
});

// Language detection, persistence (localStorage, and the cookie the server draws pages in) and <html lang>
// of the i18next setup.
import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { LANGUAGE_STORAGE_KEY } from './languages';

describe('createI18n', () => {
  it('starts in French whatever the browser language is', () => {
    const i18n = createI18n();
    expect(i18n.resolvedLanguage).toBe('fr');
    expect(i18n.t('nav.home')).toBe('Accueil');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('restores the language stored in localStorage', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const i18n = createI18n();
    expect(i18n.resolvedLanguage).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('falls back to French for a stored language it does not have', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(createI18n().resolvedLanguage).toBe('fr');
  });

  it('stores a change of language and updates <html lang>', async () => {
    const i18n = createI18n();
    await i18n.changeLanguage('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('nav.home')).toBe('Home');
  });

  it('tells the server the language in a cookie, so it draws the next page in it', async () => {
    const i18n = createI18n();
    expect(document.cookie).toContain(`${LANGUAGE_STORAGE_KEY}=fr`);
    await i18n.changeLanguage('en');
    expect(document.cookie).toContain(`${LANGUAGE_STORAGE_KEY}=en`);
  });

  it('takes the language from the cookie when this browser has none stored', () => {
    document.cookie = `${LANGUAGE_STORAGE_KEY}=en; path=/`;
    expect(createI18n().resolvedLanguage).toBe('en');
  });

  it('prefers the choice stored in this browser to the cookie', () => {
    document.cookie = `${LANGUAGE_STORAGE_KEY}=en; path=/`;
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(createI18n().resolvedLanguage).toBe('fr');
  });

  it('draws in the language it is given on the server, reading nothing of the browser', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    const i18n = createI18n('en');
    expect(i18n.resolvedLanguage).toBe('en');
    expect(document.documentElement.lang).toBe('');
  });
});

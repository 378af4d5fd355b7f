// Language detection, persistence and <html lang> of the i18next setup.
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
});

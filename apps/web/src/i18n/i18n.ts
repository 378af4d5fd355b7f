// Creates the i18next instance of the app: French unless the visitor chose otherwise, the choice kept
// in localStorage and in a cookie the server reads, and <html lang> kept in step so assistive technology
// reads the page correctly. A server render gets an instance fixed to the language it draws in.
import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { webFeatures } from '../app/features';
import en from './en.json';
import fr from './fr.json';
import {
  DEFAULT_LANGUAGE,
  type Language,
  LANGUAGE_COOKIE,
  LANGUAGE_COOKIE_MINUTES,
  LANGUAGE_STORAGE_KEY,
  LANGUAGES,
} from './languages';

/** Every feature's texts in one language, each under its namespace. */
const featureTexts = (language: 'fr' | 'en'): Record<string, object> =>
  Object.fromEntries(webFeatures.map(({ i18n }) => [i18n.namespace, i18n.resources[language]]));

export function createI18n(serverLanguage?: Language): i18n {
  const instance = i18next.createInstance();
  if (serverLanguage) {
    instance.use(initReactI18next);
  } else {
    instance.on('languageChanged', (language: string) => {
      document.documentElement.lang = instance.resolvedLanguage ?? language;
    });
    instance.use(LanguageDetector).use(initReactI18next);
  }
  // Resources are bundled and initAsync is off, so init completes before this returns and the first
  // render is already translated: no flash of untranslated keys, no Suspense needed.
  void instance.init({
    lng: serverLanguage,
    // Each feature library brings its texts in its own namespace, and so does the shared web kit.
    resources: {
      fr: { translation: fr, ...featureTexts('fr') },
      en: { translation: en, ...featureTexts('en') },
    },
    ns: ['translation', ...webFeatures.map((feature) => feature.i18n.namespace)],
    defaultNS: 'translation',
    supportedLngs: LANGUAGES,
    fallbackLng: DEFAULT_LANGUAGE,
    load: 'languageOnly',
    initAsync: false,
    // Only an explicit earlier choice counts: the browser's language is ignored so French stays the default.
    // The cookie is read only when localStorage has nothing (a first visit after it was set elsewhere).
    detection: {
      order: ['localStorage', 'cookie'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      lookupCookie: LANGUAGE_COOKIE,
      caches: ['localStorage', 'cookie'],
      cookieMinutes: LANGUAGE_COOKIE_MINUTES,
      cookieOptions: { path: '/', sameSite: 'lax' },
    },
    // React escapes text already.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

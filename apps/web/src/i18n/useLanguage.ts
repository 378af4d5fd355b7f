// Current interface language and a setter, for the language switcher.
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  const setLanguage = (language: Language) => {
    // Resources are bundled, so the change is synchronous and cannot fail.
    void i18n.changeLanguage(language);
  };
  return [isLanguage(current) ? current : DEFAULT_LANGUAGE, setLanguage];
}

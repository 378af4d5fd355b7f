// The interface language as the identity pages need it: the current one (to default the language of a
// new account) and a setter (the profile's language also becomes the interface language).
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@lovecando/shared-util';
import { useTranslation } from 'react-i18next';

export function useUiLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation('identity');
  const current = i18n.resolvedLanguage;
  const setLanguage = (language: Language) => {
    // Resources are bundled, so the change is synchronous and cannot fail.
    void i18n.changeLanguage(language);
  };
  return [isLanguage(current) ? current : DEFAULT_LANGUAGE, setLanguage];
}

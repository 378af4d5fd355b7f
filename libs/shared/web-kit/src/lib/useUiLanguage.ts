// The interface language and a setter: pages format dates and pick texts in it, and a member's chosen
// account language also becomes the interface language.
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@lovecando/shared-util';
import { useTranslation } from 'react-i18next';

export function useUiLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation('kit');
  const current = i18n.resolvedLanguage;
  const setLanguage = (language: Language) => {
    // Resources are bundled, so the change is synchronous and cannot fail.
    void i18n.changeLanguage(language);
  };
  return [isLanguage(current) ? current : DEFAULT_LANGUAGE, setLanguage];
}

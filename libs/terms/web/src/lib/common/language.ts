// The interface language: the terms page shows the text, and the readability, of the language being read.
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@lovecando/shared-util';
import { useTranslation } from 'react-i18next';

export function useUiLanguage(): Language {
  const { i18n } = useTranslation('terms');
  const current = i18n.resolvedLanguage;
  return isLanguage(current) ? current : DEFAULT_LANGUAGE;
}

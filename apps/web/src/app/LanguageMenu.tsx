// Connects the design system's LanguageSwitcher to i18next.
import { LanguageSwitcher, type LanguageOption } from '@lovecando/shared-ui';
import { useUiLanguage } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { type Language } from '../i18n/languages';

export function LanguageMenu() {
  const { t } = useTranslation();
  const [language, setLanguage] = useUiLanguage();
  const options: LanguageOption<Language>[] = [
    { value: 'fr', label: t('language.fr'), lang: 'fr' },
    { value: 'en', label: t('language.en'), lang: 'en' },
  ];
  return (
    <LanguageSwitcher label={t('language.label')} options={options} value={language} onChange={setLanguage} />
  );
}

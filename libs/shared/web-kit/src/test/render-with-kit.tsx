// Renders a tree under an i18next instance holding the kit's real translations (French unless told).
import { render } from '@testing-library/react';
import i18next from 'i18next';
import { type ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { KIT_NAMESPACE, kitResources } from '../i18n/resources';

export function renderWithKit(ui: ReactNode, language: 'fr' | 'en' = 'fr') {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources: { fr: { [KIT_NAMESPACE]: kitResources.fr }, en: { [KIT_NAMESPACE]: kitResources.en } },
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    ns: [KIT_NAMESPACE],
    defaultNS: KIT_NAMESPACE,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const view = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { ...view, i18n };
}

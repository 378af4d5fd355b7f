// The catalogue's texts, in their own namespace ("catalogue"). They ship in the page's lazy chunk, not in
// the app's first bundle, so the page adds them to the app's i18next instance when it first renders.
import { useTranslation } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const CATALOGUE_NAMESPACE = 'catalogue';

/** The catalogue texts of one language; French is the reference the typecheck reads keys from. */
export type CatalogueTranslations = typeof fr;

export const catalogueResources: Readonly<Record<'fr' | 'en', CatalogueTranslations>> = { fr, en };

/** The catalogue's `t`, its texts added to the instance first (once: adding is idempotent anyway). */
export function useCatalogueTranslation() {
  const { i18n } = useTranslation();
  for (const language of ['fr', 'en'] as const) {
    if (!i18n.hasResourceBundle(language, CATALOGUE_NAMESPACE)) {
      i18n.addResourceBundle(language, CATALOGUE_NAMESPACE, catalogueResources[language]);
    }
  }
  return useTranslation(CATALOGUE_NAMESPACE);
}

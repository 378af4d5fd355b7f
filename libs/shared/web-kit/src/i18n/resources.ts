// The web kit's own texts (page title format, generic loading message), in their own i18next namespace
// ("kit"): the app and each feature library's test setup add it next to their own.
import en from './en.json';
import fr from './fr.json';

export const KIT_NAMESPACE = 'kit';

/** The kit texts of one language; French is the reference the typecheck reads keys from. */
export type KitTranslations = typeof fr;

export const kitResources: Readonly<Record<'fr' | 'en', KitTranslations>> = { fr, en };

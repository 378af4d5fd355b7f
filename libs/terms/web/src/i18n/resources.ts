// The terms page's translations, in their own i18next namespace ("terms") so the app merges them into its
// instance without any key clashing with its own.
import en from './en.json';
import fr from './fr.json';

export const TERMS_NAMESPACE = 'terms';

/** The terms texts of one language; French is the reference the typecheck reads keys from. */
export type TermsTranslations = typeof fr;

export const termsResources: Readonly<Record<'fr' | 'en', TermsTranslations>> = { fr, en };

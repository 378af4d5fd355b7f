// The identity pages' translations, in their own i18next namespace ("identity") so the app merges them
// into its instance without any key clashing with its own.
import en from './en.json';
import fr from './fr.json';

export const IDENTITY_NAMESPACE = 'identity';

/** The identity texts of one language; French is the reference the typecheck reads keys from. */
export type IdentityTranslations = typeof fr;

export const identityResources: Readonly<Record<'fr' | 'en', IdentityTranslations>> = { fr, en };

// The interface languages come from the platform-wide list (French first, the default for every new
// visitor); what is specific to the browser is where the visitor's choice is remembered.
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@lovecando/shared-util';

/** localStorage key that remembers the visitor's choice between visits. */
export const LANGUAGE_STORAGE_KEY = 'lovecando.lang';

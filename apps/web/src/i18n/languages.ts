// The interface languages come from the platform-wide list (French first, the default for every new
// visitor); what is specific to the browser is where the visitor's choice is remembered.
export {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGE_COOKIE,
  LANGUAGES,
  type Language,
} from '@lovecando/shared-util';

/**
 * localStorage key that remembers the visitor's choice between visits; LANGUAGE_COOKIE tells it to the
 * server, which draws the first page in that language (apps/api/src/http/prerender.ts).
 */
export const LANGUAGE_STORAGE_KEY = 'lovecando.lang';

/** A year, in minutes: how long the language cookie lasts after the last visit. */
export const LANGUAGE_COOKIE_MINUTES = 60 * 24 * 365;

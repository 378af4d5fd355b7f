export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, pickLanguage, type Language } from './languages.js';
export { CodedError } from './coded-error.js';
export { isInstant, parseInstant } from './instant.js';
export { repeatEvery } from './repeat-every.js';
export { elidesBefore, elisionContext } from './elision.js';

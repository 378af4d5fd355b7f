export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, pickLanguage, type Language } from './languages.js';
export { type Lang, type LocalizedText } from './localized-text.js';
export { type Problem } from './problem.js';
export { CodedError, fieldPath, refusalError } from './coded-error.js';
export { codesOf, defineErrors, type ErrorCatalogue } from './error-catalogue.js';
export { commonErrors, type CommonErrorCode } from './common.errors.js';
export { isInstant, parseInstant } from './instant.js';
export { repeatEvery } from './repeat-every.js';
export { elidesBefore, elisionContext } from './elision.js';

export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, pickLanguage, type Language } from './languages.js';
export { type Lang, type LocalizedText } from './localized-text.js';
export { type Problem } from './problem.js';
export { canonicalJson, sha256Hex, sha256HexOfChunks, utf8Bytes } from './content-hash.js';
export { CodedError } from './coded-error.js';
export { isInstant, parseInstant } from './instant.js';
export { repeatEvery } from './repeat-every.js';
export { elidesBefore, elisionContext } from './elision.js';

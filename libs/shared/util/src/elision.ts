// French drops the vowel of a short word before a word that starts with a vowel sound: the role "de
// Alan" is written "d’Alan". Translations offer an `_elided` variant of such texts (i18next's context);
// this picks it. A name starting with h keeps the full word: whether its h is silent depends on the name.
import { type Language } from './languages.js';

const STARTS_WITH_VOWEL = /^[aeiouyàâäéèêëîïôöùûüÿœæ]/i;

export function elidesBefore(word: string): boolean {
  return STARTS_WITH_VOWEL.test(word.trim());
}

/** The i18next context for a text that runs into `word`: 'elided' in French before a vowel. */
export function elisionContext(word: string, language: Language): 'elided' | undefined {
  return language === 'fr' && elidesBefore(word) ? 'elided' : undefined;
}

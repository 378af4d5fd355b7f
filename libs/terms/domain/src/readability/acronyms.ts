// Acronyms without a vowel ("GDPR", "RGPD", "PDF") are spelled out letter by letter, so each letter is a
// syllable ("gee-dee-pee-ar"); the vowel-group rules would count one. Acronyms with a vowel are left to
// those rules: some are read as words ("CNIL", "NASA"), others spelled ("API"), and spelling cannot tell.

/** One syllable per letter for an all-capital, vowel-less word of 2 to 6 ASCII letters; otherwise 0. */
export function spelledAcronymSyllables(word: string): number {
  const n = word.length;
  if (n < 2 || n > 6) return 0;
  for (let i = 0; i < n; i += 1) {
    const code = word.charCodeAt(i);
    if (code < 65 || code > 90) return 0;
    // A E I O U Y
    if (code === 65 || code === 69 || code === 73 || code === 79 || code === 85 || code === 89) return 0;
  }
  return n;
}

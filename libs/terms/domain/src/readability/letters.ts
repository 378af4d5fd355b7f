// Character classes for the readability scanner and the syllable counters, decided on UTF-16 code units.
// The scanner visits every character of a 20,000-word document, so a letter test must not build a string
// or run a regular expression per character: ASCII is decided by ranges, anything else once per code unit
// by a Unicode property test whose answer is cached in a table.

const UNKNOWN = 0;
const LETTER = 1;
const OTHER = 2;
/** One entry per BMP code unit, filled lazily. Astral letters (surrogate pairs) are not letters here. */
const letterCache = new Uint8Array(0x10000);
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** A Unicode letter or combining mark (so a decomposed "é" stays inside its word). */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  const known = letterCache[code];
  if (known !== UNKNOWN && known !== undefined) return known === LETTER;
  const letter = code < 0x10000 && LETTER_OR_MARK.test(String.fromCharCode(code));
  if (code < 0x10000) letterCache[code] = letter ? LETTER : OTHER;
  return letter;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A lower-case letter: "etc. le" continues a sentence, "etc. Le" starts one. */
export function isLowerCaseLetterCode(code: number): boolean {
  if (code < 0x80) return code >= 97 && code <= 122;
  if (!isLetterCode(code)) return false;
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

/** ' (U+0027), ’ (U+2019) and ʼ (U+02BC): inside a word they join its parts ("don't", "l’article"). */
export function isApostropheCode(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc;
}

/** - (U+002D), ‐ (U+2010) and the non-breaking hyphen (U+2011): inside a word they make a compound. */
export function isHyphenCode(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/**
 * Vowel letters of French and English, lower case: a e i o u y and their accented forms, œ and æ (all
 * below U+0200, so a small table answers). The counters lower-case a word before asking.
 */
const VOWEL_TABLE = new Uint8Array(0x200);
for (const char of 'aeiouyàâäéèêëîïôöùûüÿœæ') VOWEL_TABLE[char.charCodeAt(0)] = 1;

export function isVowelCode(code: number): boolean {
  return code < 0x200 && VOWEL_TABLE[code] === 1;
}

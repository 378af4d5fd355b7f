// English syllable counting for the Flesch reading ease. There is no dictionary here, only spelling rules:
// count groups of vowel letters, then correct the spellings that are known to mislead (silent final "e",
// "-es" and "-ed" that add no syllable, vowel pairs spoken as two syllables such as "ia" in "media").
// Honest limits: proper names, abbreviations, rare words and words whose pronunciation depends on meaning
// are often off by one; the accuracy on a list of common words is measured in syllables-en.spec.ts. For a
// readability score this is enough: errors are small, rare and spread over thousands of words.
import { spelledAcronymSyllables } from './acronyms.js';
import { isApostropheCode, isHyphenCode, isVowelCode } from './letters.js';

/** Common words the rules get wrong, with their dictionary syllable count. */
const EXCEPTIONS: ReadonlyMap<string, number> = new Map([
  ['acne', 2],
  ['apostrophe', 4],
  ['business', 2],
  ['businesses', 3],
  ['catastrophe', 4],
  ['element', 3],
  ['elements', 3],
  ['every', 2],
  ['hundred', 2],
  ['hundreds', 2],
  ['maybe', 2],
  ['recipe', 3],
  ['recipes', 3],
  ['reign', 1],
  ['simile', 3],
  ['wherever', 3],
]);

/**
 * Heads of compounds whose silent "e" sits inside the word ("sometimes", "lifetime", "everyone"): the word
 * is counted as head + rest when the rest has a vowel of its own.
 */
const COMPOUND_HEADS: readonly string[] = [
  'any',
  'base',
  'care',
  'every',
  'fire',
  'home',
  'life',
  'like',
  'more',
  'name',
  'safe',
  'side',
  'some',
  'there',
  'time',
  'where',
  'white',
  'wide',
];

const HEADS_BY_INITIAL: ReadonlyMap<string, readonly string[]> = new Map(
  [...new Set(COMPOUND_HEADS.map((head) => head.charAt(0)))].map((initial) => [
    initial,
    COMPOUND_HEADS.filter((head) => head.startsWith(initial)),
  ]),
);

/** "-que" ("unique") and vowel + "-gue" ("league") end in a silent "ue"; "argue" keeps it. */
const SILENT_UE = /(?:que|[aeiou]gue)s?$/;
/** "criticism", "enthusiasm", "algorithm": the final "m" is a syllable. */
const SYLLABIC_M = /(?:[ai]s|th)ms?$/;
/** "-ier", "-iest" after a consonant: "happi-er", "earli-est". */
const COMPARATIVE = /[^aeiou]ie(?:st|rs?)$/;
/** Prefixes spoken apart from the next vowel: "co-operate", "co-exist", "re-use", "re-instate", "po-em". */
const SPLIT_PREFIX = /^co(?:op|or|ex)|^re[iu]|^poe[mt]/;
/** "io" is one syllable after these letters: "nation", "vision", "precious", "anxious", "religion", "senior". */
const SILENT_IO_AFTER: ReadonlySet<string> = new Set(['c', 't', 's', 'x', 'g', 'n']);

/** Suffixes after which a silent "e" stays silent ("lovely", "statement", "useful", "awareness"). */
const SILENT_E_SUFFIXES: readonly string[] = ['fully', 'ments', 'ment', 'ness', 'less', 'ful', 'ly'];
const SUFFIX_ENDINGS: ReadonlySet<string> = new Set(SILENT_E_SUFFIXES.map((suffix) => suffix.slice(-1)));

/**
 * Number of syllables of one English word (letters, possibly with apostrophes or hyphens); at least 1 for a
 * word with a letter, 0 for a string without any.
 */
export function countSyllablesEn(word: string): number {
  const spelled = spelledAcronymSyllables(word);
  if (spelled > 0) return spelled;
  const lower = word.toLowerCase();
  if (hasHyphen(lower)) return countParts(lower);
  // "didn't", "isn't": the "n't" is a syllable of its own after a consonant, not after a vowel ("don't").
  const n = lower.length;
  if (n > 3 && lower[n - 1] === 't' && isApostropheCode(lower.charCodeAt(n - 2)) && lower[n - 3] === 'n') {
    const stem = letters(lower.slice(0, -3));
    if (stem.length === 0) return 1;
    const last = stem.charCodeAt(stem.length - 1);
    return countWord(stem) + (isVowelCode(last) ? 0 : 1);
  }
  const clean = letters(lower);
  return clean.length === 0 ? 0 : countWord(clean);
}

function hasHyphen(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (isHyphenCode(text.charCodeAt(i))) return true;
  return false;
}

/** A compound counts as the sum of its parts ("well-known" = 2); parts without a letter count nothing. */
function countParts(text: string): number {
  let total = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || isHyphenCode(text.charCodeAt(i))) {
      if (i > start) total += countSyllablesEn(text.slice(start, i));
      start = i + 1;
    }
  }
  return total;
}

function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** Drops apostrophes ("member's" → "members"); the common case has none and returns the word as is. */
function letters(text: string): string {
  for (let i = 0; i < text.length; i += 1) {
    if (isApostropheCode(text.charCodeAt(i))) return text.replace(/['’ʼ]/g, '');
  }
  return text;
}

/** `w` is lower case and letters only. */
function countWord(w: string): number {
  const exception = EXCEPTIONS.get(w);
  if (exception !== undefined) return exception;
  for (const head of HEADS_BY_INITIAL.get(w[0] ?? '') ?? []) {
    if (w.length > head.length && w.startsWith(head) && hasVowelAfter(w, head.length)) {
      return countWord(head) + countWord(w.slice(head.length));
    }
  }
  const n = w.length;
  const vowel = (i: number): boolean => isVowelEn(w, i);

  let count = 0;
  for (let i = 0; i < n; i += 1) if (vowel(i) && (i === 0 || !vowel(i - 1))) count += 1;
  if (count === 0) return hasLetter(w) ? 1 : 0; // "nth", "hmm": a word is at least one syllable

  // An "e" that forms a vowel group on its own (after a consonant) at position i.
  const loneE = (i: number): boolean => w[i] === 'e' && i > 0 && !vowel(i - 1);
  // A consonant + "l" or "r" before the final e keeps its syllable: "ta-ble", "cen-tre".
  const syllabicEnding = (i: number): boolean =>
    (w[i - 1] === 'l' || w[i - 1] === 'r') && i >= 2 && !vowel(i - 2) && w[i - 2] !== w[i - 1];

  if (count > 1 && w.endsWith('e') && loneE(n - 1) && !syllabicEnding(n - 1)) count -= 1;
  else if (
    count > 1 &&
    w.endsWith('es') &&
    loneE(n - 2) &&
    !sibilantBefore(w, n - 2) &&
    !syllabicEnding(n - 2)
  )
    count -= 1;
  else if (count > 1 && w.endsWith('ed') && loneE(n - 2) && w[n - 3] !== 't' && w[n - 3] !== 'd') count -= 1;
  else if (count > 1 && SILENT_UE.test(w)) count -= 1; // "unique", "league": the "ue" is silent

  // "lovely", "statement", "useful": a silent "e" stays silent before these suffixes.
  const e = eBeforeSilentSuffix(w);
  if (e > 1 && loneE(e) && !syllabicEnding(e) && hasVowelBefore(w, e - 1)) count -= 1;

  count += hiatusCount(w, vowel);

  // "being", "going", "saying": the "i" of "-ing" after a vowel starts a new syllable.
  const ing = w.endsWith('ings') ? n - 4 : w.endsWith('ing') ? n - 3 : -1;
  if (ing > 0 && vowel(ing - 1)) count += 1;
  // The cheap first-letter or last-letter test spares most words a regular expression.
  const last = w[n - 1];
  if ((last === 'm' || last === 's') && SYLLABIC_M.test(w)) count += 1;
  // "earliest", "happier": comparatives and superlatives (but also, wrongly, "soldier" and "frontier").
  if (count > 1 && (last === 't' || last === 'r' || last === 's') && COMPARATIVE.test(w)) count += 1;
  const first = w[0];
  if ((first === 'c' || first === 'r' || first === 'p') && SPLIT_PREFIX.test(w)) count += 1;
  return Math.max(1, count);
}

/** Position of the letter just before a suffix of SILENT_E_SUFFIXES, or -1. */
function eBeforeSilentSuffix(w: string): number {
  if (!SUFFIX_ENDINGS.has(w[w.length - 1] ?? '')) return -1;
  for (const suffix of SILENT_E_SUFFIXES) if (w.endsWith(suffix)) return w.length - suffix.length - 1;
  return -1;
}

/** "y" is a consonant before a vowel at the start ("you") and between two vowels ("player", "beyond"). */
function isVowelEn(w: string, i: number): boolean {
  const code = w.charCodeAt(i);
  if (code !== 121) return isVowelCode(code);
  const next = w.charCodeAt(i + 1);
  if (i + 1 < w.length && isVowelCode(next) && next !== 121) {
    return !(i === 0 || isVowelCode(w.charCodeAt(i - 1)));
  }
  return true;
}

/** "-es" is a syllable of its own after s, x, z, c, g, ch and sh: "boxes", "places", "wishes". */
function sibilantBefore(w: string, e: number): boolean {
  const c = w[e - 1];
  if (c === 's' || c === 'x' || c === 'z' || c === 'c' || c === 'g') return true;
  return c === 'h' && (w[e - 2] === 'c' || w[e - 2] === 's');
}

function hasVowelBefore(w: string, end: number): boolean {
  for (let i = 0; i < end; i += 1) if (isVowelEn(w, i)) return true;
  return false;
}

function hasVowelAfter(w: string, start: number): boolean {
  for (let i = start; i < w.length; i += 1) if (isVowelEn(w, i)) return true;
  return false;
}

/**
 * Vowel pairs read as two syllables although they form one group: "me-di-a", "pe-ri-od", "vi-de-o",
 * "ac-tu-al", "flu-ent", "qui-et", "cli-ent", "cre-ate", "i-de-a". Each rule carries the exceptions that
 * keep the common one-syllable spellings ("social", "nation", "people", "equal", "patient") intact.
 */
function hiatusCount(w: string, vowel: (i: number) => boolean): number {
  let extra = 0;
  const n = w.length;
  for (let i = 0; i + 1 < n; i += 1) {
    const a = w[i];
    const b = w[i + 1];
    const prev = w[i - 1] ?? '';
    const afterPair = w[i + 2] ?? '';
    const prevIsVowel = i > 0 && vowel(i - 1);
    if (a === 'i' && b === 'a') {
      if (!prevIsVowel && (!(prev === 'c' || prev === 't' || prev === 's') || afterPair === 't')) extra += 1;
    } else if (a === 'i' && b === 'o') {
      if (!prevIsVowel && !SILENT_IO_AFTER.has(prev) && afterPair !== 'n') extra += 1;
    } else if (a === 'i' && b === 'e') {
      if (afterPair === 't') extra += 1;
      else if (
        afterPair === 'n' &&
        (w[i + 3] === 't' || w[i + 3] === 'c') &&
        ((prev !== 'c' && prev !== 't') || (i === 2 && w.startsWith('sc')))
      )
        extra += 1;
    } else if (a === 'e' && b === 'o') {
      const silent =
        afterPair === 'p' ||
        ((prev === 'g' || prev === 'c') && (afterPair === 'n' || afterPair === 'u')) ||
        w.slice(i + 2) === 'ne';
      if (!prevIsVowel && !silent) extra += 1;
    } else if (a === 'e' && b === 'a') {
      if (
        (i + 2 === n && hasVowelBefore(w, i)) || // "idea", "area" (not "sea", "tea")
        (prev === 'r' && w[i - 2] === 'c' && afterPair === 't' && w[i + 3] !== 'u') || // "create"
        (i === 1 && prev === 'r' && ((afterPair === 'c' && w[i + 3] === 't') || w.startsWith('reali'))) ||
        (i === 2 && w.startsWith('theat'))
      )
        extra += 1;
    } else if (a === 'u' && b === 'a') {
      if (!prevIsVowel && prev !== 'q' && prev !== 'g') extra += 1;
    } else if (a === 'u' && b === 'e') {
      if (
        !prevIsVowel &&
        prev !== 'q' &&
        prev !== 'g' &&
        (afterPair === 'n' || afterPair === 'l' || afterPair === 't')
      )
        extra += 1;
    } else if (a === 'u' && b === 'o') {
      if (!prevIsVowel && prev !== 'q') extra += 1;
    }
  }
  return extra;
}

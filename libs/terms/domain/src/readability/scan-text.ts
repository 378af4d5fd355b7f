// Words and sentences of plain text (the output of markdownToPlain), in one pass over character codes so a
// long document is scanned without a regular expression or a string per character. The choices:
// - a word is a run of letters; an apostrophe or hyphen between two letters keeps it one word ("don't",
//   "l’article", "peut-être", "opt-in"): it is one word on the page, and splitting the elided "l’" off
//   would add a vowel-less word that inflates the syllable average;
// - a number is one word ("30", "2,5", "1er"); its digit count is reported so the caller can count one
//   syllable per digit, a rough proxy for its spoken length;
// - a sentence ends at . ! ? … ; and at a line end (the end of a block), and only when it has a word;
// - a full stop or an ellipsis followed directly by a letter ("lovecando.org", "e.g") or, after spaces and
//   punctuation, by a lower-case letter or a digit ("e.g. the", "art. 9", "etc. et") does not end the
//   sentence: it is an abbreviation or an address, not a sentence end. An abbreviation before a capital
//   ("M. Dupont") is still counted as a sentence end; that is a known limit.
import {
  isApostropheCode,
  isDigitCode,
  isHyphenCode,
  isLetterCode,
  isLowerCaseLetterCode,
} from './letters.js';

const NEWLINE = 10;
const FULL_STOP = 46;
const ELLIPSIS = 0x2026;
const COMMA = 44;
const NO_BREAK_SPACE = 0xa0;
const NARROW_NO_BREAK_SPACE = 0x202f;

function isTerminator(code: number): boolean {
  return code === FULL_STOP || code === 33 || code === 63 || code === ELLIPSIS || code === 59;
}

/** Called once per word with the word as written and, for a number, its count of digits (else 0). */
export type WordVisitor = (word: string, digits: number) => void;

/** Visits every word of `plain` in order and returns the number of sentences. */
export function scanText(plain: string, visit: WordVisitor): number {
  const n = plain.length;
  let sentences = 0;
  let wordsInSentence = 0;
  let i = 0;
  while (i < n) {
    const code = plain.charCodeAt(i);
    if (isLetterCode(code)) {
      const start = i;
      i += 1;
      while (i < n) {
        const next = plain.charCodeAt(i);
        if (isLetterCode(next)) i += 1;
        else if (
          (isApostropheCode(next) || isHyphenCode(next)) &&
          i + 1 < n &&
          isLetterCode(plain.charCodeAt(i + 1))
        )
          i += 2;
        else break;
      }
      visit(plain.slice(start, i), 0);
      wordsInSentence += 1;
    } else if (isDigitCode(code)) {
      const start = i;
      let digits = 1;
      i += 1;
      while (i < n) {
        const next = plain.charCodeAt(i);
        if (isDigitCode(next)) {
          digits += 1;
          i += 1;
        } else if (isNumberSeparator(next) && i + 1 < n && isDigitCode(plain.charCodeAt(i + 1))) {
          i += 1;
        } else if (isLetterCode(next)) {
          i += 1; // an ordinal or unit glued to the number ("1er", "2nd", "10h") is part of it
        } else break;
      }
      visit(plain.slice(start, i), digits);
      wordsInSentence += 1;
    } else if (code === NEWLINE) {
      if (wordsInSentence > 0) sentences += 1;
      wordsInSentence = 0;
      i += 1;
    } else if (isTerminator(code)) {
      let end = i + 1;
      while (end < n && isTerminator(plain.charCodeAt(end))) end += 1;
      if (wordsInSentence > 0 && endsSentence(plain, i, end)) {
        sentences += 1;
        wordsInSentence = 0;
      }
      i = end;
    } else {
      i += 1;
    }
  }
  return wordsInSentence > 0 ? sentences + 1 : sentences;
}

/** "2,5", "3.14", "20 000" with a no-break space: the parts of one number. */
function isNumberSeparator(code: number): boolean {
  return code === COMMA || code === FULL_STOP || code === NO_BREAK_SPACE || code === NARROW_NO_BREAK_SPACE;
}

/** Whether the terminators in plain[start, end) end a sentence (see the header for the rules). */
function endsSentence(plain: string, start: number, end: number): boolean {
  if (end < plain.length && isLetterOrDigit(plain.charCodeAt(end))) return false;
  for (let k = start; k < end; k += 1) {
    const code = plain.charCodeAt(k);
    if (code !== FULL_STOP && code !== ELLIPSIS) return true;
  }
  for (let k = end; k < plain.length; k += 1) {
    const code = plain.charCodeAt(k);
    if (code === NEWLINE) return true;
    if (isDigitCode(code)) return false;
    if (isLetterCode(code)) return !isLowerCaseLetterCode(code);
  }
  return true;
}

function isLetterOrDigit(code: number): boolean {
  return isLetterCode(code) || isDigitCode(code);
}

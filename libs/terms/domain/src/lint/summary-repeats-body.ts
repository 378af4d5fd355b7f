// Whether a plain-language summary merely repeats its article. Compared word by word, ignoring case,
// punctuation and Markdown, so reformatting does not hide a copy. A summary repeats the body when one of
// the two contains the other word for word and the shorter is at least 80 % as long as the longer: a
// pasted body, or a body with one sentence dropped, tells the reader nothing new; quoting one key sentence
// of a long body is a fair summary and passes.
import { markdownToPlain } from '../readability/markdown-to-plain.js';
import { scanText } from '../readability/scan-text.js';

const NEAR_COPY = 0.8;

/** The words of a Markdown text, lower case, in order. */
export function wordsOf(markdown: string): string[] {
  const words: string[] = [];
  scanText(markdownToPlain(markdown.normalize('NFC')), (word) => {
    // Typographic and straight apostrophes are the same letter to a reader.
    words.push(word.toLowerCase().replace(/[’ʼ]/g, "'"));
  });
  return words;
}

export function summaryRepeatsBody(summary: string, body: string): boolean {
  const summaryWords = wordsOf(summary);
  const bodyWords = wordsOf(body);
  if (summaryWords.length === 0 || bodyWords.length === 0) return false;
  const [shorter, longer] =
    summaryWords.length <= bodyWords.length ? [summaryWords, bodyWords] : [bodyWords, summaryWords];
  return shorter.length >= NEAR_COPY * longer.length && containsRun(longer, shorter);
}

/** `run` appears in `words` as consecutive words. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start += 1) {
    let k = 0;
    while (k < run.length && words[start + k] === run[k]) k += 1;
    if (k === run.length) return true;
  }
  return false;
}

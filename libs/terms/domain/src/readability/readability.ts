// The readability of one Markdown text in one language: counts of words, sentences and syllables, and the
// reading-ease score with its level. Counts are returned with the score so that several texts can be
// summed into one score (a document is measured over all its words, not as an average of scores).
import { type Lang } from '@lovecando/shared-util';
import { markdownToPlain } from './markdown-to-plain.js';
import { bandOf, readingEase, type ReadabilityBand, type TextCounts } from './reading-ease.js';
import { scanText } from './scan-text.js';
import { countSyllablesEn } from './syllables-en.js';
import { countSyllablesFr } from './syllables-fr.js';

export interface Readability extends TextCounts {
  /** Flesch (en) or Kandel–Moles (fr) reading ease, exact; null for a text without words. */
  readonly score: number | null;
  /** Flesch's level for the score; null with the score. */
  readonly band: ReadabilityBand | null;
}

const SYLLABLE_COUNTERS: Readonly<Record<Lang, (word: string) => number>> = {
  en: countSyllablesEn,
  fr: countSyllablesFr,
};

/**
 * Remembered syllable counts, per language. Texts repeat their words (a few thousand distinct words make a
 * 20,000-word document), so this cuts the time of a document by about two thirds. The counters are pure,
 * so the cache cannot change a result; it is emptied when full so memory stays bounded in a long-running
 * server.
 */
const MAX_CACHED_WORDS = 50_000;
const syllableCache: Readonly<Record<Lang, Map<string, number>>> = { en: new Map(), fr: new Map() };

function cachedSyllables(word: string, lang: Lang): number {
  const cache = syllableCache[lang];
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  const counted = SYLLABLE_COUNTERS[lang](word);
  cache.set(word, counted);
  return counted;
}

export const NO_COUNTS: TextCounts = Object.freeze({ words: 0, sentences: 0, syllables: 0 });

/** Words, sentences and syllables of a Markdown text (see markdown-to-plain.ts and scan-text.ts). */
export function countText(markdown: string, lang: Lang): TextCounts {
  let words = 0;
  let syllables = 0;
  const sentences = scanText(markdownToPlain(markdown.normalize('NFC')), (word, digits) => {
    words += 1;
    // A number counts one syllable per digit ("30" → 2: "thir-ty"; "trente" is 1, "2024" says 4 or 5).
    syllables += digits > 0 ? digits : cachedSyllables(word, lang);
  });
  return { words, sentences, syllables };
}

export function addCounts(a: TextCounts, b: TextCounts): TextCounts {
  return {
    words: a.words + b.words,
    sentences: a.sentences + b.sentences,
    syllables: a.syllables + b.syllables,
  };
}

/** The score and level of counts already made (one text, or several summed). */
export function readabilityOfCounts(counts: TextCounts, lang: Lang): Readability {
  const score = readingEase(counts, lang);
  return {
    score,
    words: counts.words,
    sentences: counts.sentences,
    syllables: counts.syllables,
    band: score === null ? null : bandOf(score),
  };
}

/** Reading ease of a Markdown text: Flesch for English, Kandel–Moles for French. */
export function readability(text: string, lang: Lang): Readability {
  return readabilityOfCounts(countText(text, lang), lang);
}

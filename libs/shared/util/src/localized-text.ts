// Text written in every language LoveCanDo speaks: notices, summaries, refusals.
import { type Language } from './languages.js';

/** A language LoveCanDo speaks; the same as `Language`, under the short name the engines use. */
export type Lang = Language;

/** One text per language. */
export type LocalizedText = { readonly [L in Lang]: string };

// What the terms lint reports: problems as values, each naming the article and the field path
// (`articles.2.summary.en`, 0-based like the array it names) with a message in both languages.
// Errors block publishing an amendment; warnings are shown to its authors and the voters.
import { type Problem } from '@lovecando/shared-util';

export const TERMS_LINT_CODES = [
  'SUMMARY_REQUIRED',
  'SUMMARY_SAME_AS_BODY',
  'READABILITY_BELOW_MINIMUM',
] as const;
export type TermsLintCode = (typeof TERMS_LINT_CODES)[number];

export type LintSeverity = 'error' | 'warning';

export interface TermsLintProblem extends Problem<TermsLintCode> {
  readonly articleId: string;
  readonly severity: LintSeverity;
}

export interface MinimumScore {
  readonly fr: number;
  readonly en: number;
}

export interface TermsLintOptions {
  /** The articles to check: those an amendment changes (see changedArticles), or all of them. */
  readonly changed: ReadonlySet<string> | 'all';
  /** The lowest reading ease accepted for a changed body; DEFAULT_MIN_SCORE when absent. */
  readonly minScore?: MinimumScore;
}

/**
 * 50 is the bottom of Flesch's "fairly difficult" level: below it a text reads like an academic paper. The
 * first terms aim at 60 ("standard") and more; 50 is the floor for any change.
 */
export const DEFAULT_MIN_SCORE: MinimumScore = Object.freeze({ fr: 50, en: 50 });
